import type { Morpheme } from './analyzer.js';

/**
 * The phrase ending at `end` (「教頭先生に」) is the agent of the passive verb right after it
 * (「教頭先生に頼まれて」, 「校長に言われた」, 「業者に依頼された」): who asked, not to whom the thing
 * goes. Only れる, which after a verb's 未然形 is the passive; られる may be the potential
 * (「教頭先生に見せられる？」: can I show it to them), which keeps the goal.
 */
export function agentOfPassive(morphemes: readonly Morpheme[], end: number): boolean {
  const i = morphemes.findIndex((m) => m.start >= end);
  if (i < 0 || morphemes[i]!.start !== end) return false;
  let k = i;
  // 依頼|さ|れる: a verbal noun with する.
  if (morphemes[k]?.pos === '名詞' && morphemes[k]?.pos1 === 'サ変接続') k++;
  const verb = morphemes[k];
  const next = morphemes[k + 1];
  return verb?.pos === '動詞' && next?.pos === '動詞' && next.pos1 === '接尾' && next.base === 'れる';
}
