import type { Pack, Ruling } from './compile-pack.js';
import type { Language } from './contract.js';
import { escapeRegex } from './escape-regex.js';
import type { Analyzed } from './understand/analyze-question.js';

/** The pack's note on its own default handling, when this ruling comes from it (Kurume's 既定の取扱い). */
export function defaultHandlingOf(pack: Pack, ruling: Ruling): Pack['meta']['default_handling'] {
  const dh = pack.meta.default_handling;
  return dh && ruling.citations.includes(dh.clause) ? dh : undefined;
}

/**
 * The question asks what the board's text itself says (「規則で何か決まりはありますか」,
 * 「久留米の規則だとクラウドに置いていいの？」): one of the pack's `asked` words as a whole word
 * (a morpheme's dictionary form, so 規則正しい is not 規則), or in English as whole words.
 */
export function asksTheRule(pack: Pack, analyzed: Analyzed, language: Language): boolean {
  const dh = pack.meta.default_handling;
  if (!dh) return false;
  if (language === 'en') {
    return dh.asked.en.some((w) => new RegExp(`\\b${escapeRegex(w.toLowerCase())}\\b`).test(analyzed.normalized));
  }
  const asked = new Set(dh.asked.ja);
  return analyzed.morphemes.some((m) => m.pos === '名詞' && (asked.has(m.base) || asked.has(m.surface)));
}
