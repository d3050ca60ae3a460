import type { Language } from '../contract.js';

const KANA = /[\u3040-\u309f]/;
const CJK = /[\u3400-\u9fff]/;
const ENGLISH_WORDS = /[a-z]{2,}[^a-z]+[a-z]{2,}/;

/** Japanese unless the question is written in English (kana always marks Japanese). */
export function detectLanguage(normalized: string): Language {
  if (KANA.test(normalized)) return 'ja';
  if (ENGLISH_WORDS.test(normalized)) return 'en';
  return CJK.test(normalized) ? 'ja' : 'en';
}
