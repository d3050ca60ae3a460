import type { Morpheme } from './analyzer.js';

/** What ends a sentence: its main clause is told by then. */
export const SENTENCE_END = /^[。！？!?\n]+$/;

/**
 * A たら clause that tells what happened, not what might (「開いたら、警告が出ました」): after the
 * word, た in its conditional form (たら, だら), and the sentence's main clause ends in the past
 * (出ました, 出た, 出てしまった), asking nothing (not 「開いたら、まずかったですか」, which has か).
 */
export function supposedThenHappened(morphemes: readonly Morpheme[], end: number): boolean {
  const i = morphemes.findIndex((m) => m.start >= end);
  if (i < 0) return false;
  let j = i;
  while (j < morphemes.length && !SENTENCE_END.test(morphemes[j]!.surface)) {
    const m = morphemes[j]!;
    if (m.pos === '助動詞' && m.base === 'た' && m.form.startsWith('仮定')) break;
    if (m.pos === '助詞' && m.pos1 === '接続助詞' && m.base !== 'て') return false;
    j++;
  }
  if (j >= morphemes.length || SENTENCE_END.test(morphemes[j]!.surface)) return false;
  let k = j + 1;
  while (k < morphemes.length && !SENTENCE_END.test(morphemes[k]!.surface)) k++;
  // The main clause's last word, past closing marks (ね, よ, …).
  let last = k - 1;
  while (last > j && (morphemes[last]!.pos === '記号' || /^(ね|よ|わ|…)$/.test(morphemes[last]!.surface))) last--;
  const m = morphemes[last];
  return last > j && m?.pos === '助動詞' && m.base === 'た' && m.form === '基本形';
}
