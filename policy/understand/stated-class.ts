import type { ClassId, Language } from '../contract.js';

const STATED_CLASS_JA = /(?:重要性)?分類(?:は|が|の)?(iv|iii|ii|i|[1-4])(?![a-z0-9])/;
const STATED_CLASS_EN = /(?<![a-z])class(?:ification)?\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])/;
const CLASS_OF: Record<string, ClassId> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV', '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/** A class written in the question itself: 「分類Ⅱの資料」, "class II"; the English form counts in Japanese too. */
export function statedClass(normalized: string, language: Language): ClassId | null {
  const stated = (language === 'en' ? STATED_CLASS_EN : STATED_CLASS_JA).exec(normalized) ?? STATED_CLASS_EN.exec(normalized);
  return stated ? (CLASS_OF[stated[1]!] ?? null) : null;
}
