import type { Language } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';

/** Where one sentence ends: the extent is looked for in the sentence of the act. */
const STOPS = /[。！？!?\n]/;

/**
 * The question asks how far a rule reaches, not about one document: a word of extent or kind
 * (lexicon `extent`: どこまで, 何なら, どんな, 毎回, 自由に, ルール) in a sentence that names an act
 * (「クラウドに保存できる情報ってどこまで？」, 「外にメール送るとき毎回パスワード要る？」). A word of
 * kind in another sentence asks something else (「初めての家庭訪問です。どんなことを聞いておけば？」).
 * Japanese words count from where a morpheme starts (not どこまで inside another word). The caller
 * asks only when an act is understood.
 */
export function extentAsked(
  q: Analyzed,
  lexicon: Lexicon,
  language: Language,
  actsAt: ReadonlyMap<string, readonly { start: number; end: number }[]>,
): boolean {
  const text = q.normalized;
  const acts = [...actsAt.values()].flat();
  // An act read from the whole (a phrase rule) has no place: then the question must be one sentence.
  const inSentence = (at: number) =>
    acts.length > 0 ? acts.some((a) => sameSentence(text, at, a.start)) : !STOPS.test(text.replace(/[。！？!?\s]+$/u, ''));
  const words = lexicon.extent[language].map((w) => normalize(language === 'en' ? w.toLowerCase() : w));
  const starts = new Set(q.morphemes.map((m) => m.start));
  const lower = language === 'en' ? text.toLowerCase() : text;
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (language === 'ja' ? !starts.has(at) : !wordEdges(lower, at, word.length)) continue;
      if (inSentence(at)) return true;
    }
  }
  return false;
}

/** No letter runs on either side (how far, not somehow farther). */
function wordEdges(text: string, at: number, length: number): boolean {
  return !/[a-z]/.test(text[at - 1] ?? '') && !/[a-z]/.test(text[at + length] ?? '');
}

/** No sentence ends between the two places. */
function sameSentence(text: string, a: number, b: number): boolean {
  return !STOPS.test(text.slice(Math.min(a, b), Math.max(a, b)));
}
