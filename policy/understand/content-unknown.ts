import { CLASS_RANK } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

/** Verbs of knowing, by dictionary form: negated, the speaker says they do not know (よくわからない). */
const KNOWING = new Set(['分かる', 'わかる', '判る', '知る']);
/** A noun that says the same (中身は不明). */
const UNKNOWN_NOUN = '不明';

/**
 * The question says the speaker does not know what the document is (何の表なのかよくわからない,
 * 中身は不明): a verb of knowing negated by the lexicon's auxiliaries, or 不明.
 */
export function saysNotKnown(morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  const negators = new Set(lexicon.negation.ja_auxiliaries);
  return morphemes.some((m, i) => {
    if (m.pos === '名詞' && m.base === UNKNOWN_NOUN) return true;
    if (m.pos !== '動詞' || !KNOWING.has(m.base)) return false;
    // The negation right after the verb, or after a polite ます (わかりません).
    const next = morphemes.slice(i + 1, i + 3);
    return next.some((n, k) => n.pos === '助動詞' && negators.has(n.base) && (k === 0 || next[0]?.base === 'ます'));
  });
}

/**
 * Kinds of information seen inside a document (名前がいっぱい入ってるExcel) bound its class from below
 * only (2-2(5)③: whatever else it holds may be higher). When they are all the question knows of the
 * document, their class is below the top one, and the speaker says they do not know what the document
 * is, its class cannot be told: the answer asks the administrator (2-2(4)③), it does not take the floor.
 */
export function classUntold(items: readonly CatalogItem[], morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  if (items.length === 0 || !items.every((i) => i.kind === 'content')) return false;
  const top = Math.max(...Object.values(CLASS_RANK));
  if (items.some((i) => CLASS_RANK[i.class] === top)) return false;
  return saysNotKnown(morphemes, lexicon);
}
