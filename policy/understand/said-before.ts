/**
 * A form said to be before it is filled in: 「書く前の用紙」「回答が入る前のフォーム」「記入する前の
 * アンケート」. The act of filling in (a blank-form `when_not` word) closes a clause that ends in 前.
 */
import { dictionaryForm, type Morpheme } from './analyzer.js';

/** What may stand between the act and 前: the verb that says it (入る, する), particles, auxiliaries. */
const BETWEEN = new Set(['動詞', '助詞', '助動詞']);
const BEFORE = new Set(['前', 'まえ']);
/** The kanji a word starts with, its kana ending dropped (書い, 書く → 書; 記入 → 記入). */
const stemOf = (word: string) => word.replace(/[\u3041-\u309f]+$/, '');

/**
 * True when one of `acts` (by its kanji stem: 書い covers 書く, 書き) is followed, within its
 * clause, by 前: the form is not filled in yet.
 *
 * @example saidBefore(analyze('まだ誰も書く前の用紙'), ['書い', '記入']) // true
 */
export function saidBefore(morphemes: readonly Morpheme[], acts: readonly string[]): boolean {
  const stems = acts.map(stemOf).filter((s) => s.length > 0);
  return morphemes.some((m, k) => {
    const form = m.pos === '動詞' ? stemOf(dictionaryForm(m)) : m.surface;
    if ((m.pos !== '動詞' && m.pos !== '名詞') || !stems.includes(form)) return false;
    for (let j = k + 1; j < morphemes.length && j <= k + 4; j++) {
      const next = morphemes[j]!;
      if (next.pos === '名詞') return BEFORE.has(next.surface);
      if (!BETWEEN.has(next.pos)) return false;
    }
    return false;
  });
}
