import type { Morpheme } from './analyzer.js';
import { doneAfter } from './said-done.js';

/** Verbs of seeing another's act, in dictionary form (見る, 見かける, 目撃する's noun). */
const SEEING = new Set(['見る', '見かける', '目撃']);

/**
 * The writer says they saw an act done (「同僚が要録を家に持って帰ってるのを見た」): a clause made a
 * noun by の, を, then a verb of seeing said done (見た, 見ました, 目撃しました). What is seen is
 * another's act, reported, not one the writer asks leave for.
 */
export function witnessed(morphemes: readonly Morpheme[]): boolean {
  for (let j = 2; j < morphemes.length; j++) {
    const m = morphemes[j]!;
    if (!SEEING.has(m.base)) continue;
    const wo = morphemes[j - 1]!;
    const no = morphemes[j - 2]!;
    if (wo.surface !== 'を' || wo.pos !== '助詞' || no.surface !== 'の' || no.pos !== '名詞') continue;
    const verb = m.pos === '名詞' && morphemes[j + 1]?.base === 'する' ? j + 1 : m.pos === '動詞' ? j : -1;
    if (verb >= 0 && doneAfter(morphemes, verb)) return true;
  }
  return false;
}
