/**
 * Whether a question asks the way to do something that is no act on information: 「保健調査票の
 * 提出が遅い家庭にどう声をかければいいでしょう」 asks how to speak to a family, not leave, though
 * いい follows. Read from the morphemes: a word of way (lexicon `other_asks.ja_way`), then a verb in
 * the conditional (〜ば, 〜たら) and a word of leave; the verb must not itself be an act found in the
 * question (どう送ればいい asks of sending) nor a verb with no act of its own (どうすればいい). A leave
 * someone asked the teacher for (「アップしていいか聞いてきています。どう答えれば」) is the question.
 */

import { dictionaryForm, type Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

/** Where in the question a word of an act was found. */
export interface Span {
  start: number;
  end: number;
}

/**
 * @example wayAsked(analyze('家庭にどう声をかければいい？').morphemes, lexicon, []) // true
 * @example wayAsked(analyze('どうすればいい？').morphemes, lexicon, []) // false
 */
export function wayAsked(morphemes: readonly Morpheme[], lexicon: Lexicon, acts: readonly Span[]): boolean {
  const { ja_way, ja_light_verbs, ja_handling } = lexicon.other_asks;
  const leave = lexicon.asks.ja;
  // 「処分したく存じます。どのような手順を踏めば」: the way of handling it, which the policy rules.
  if (morphemes.some((m) => ja_handling.includes(dictionaryForm(m)))) return false;
  if (leaveRelayed(morphemes, leave)) return false;
  return morphemes.some((_, k) => {
    if (!startsWay(morphemes, k, ja_way)) return false;
    for (let j = k + 1; j < morphemes.length; j++) {
      const v = morphemes[j];
      if (!v || v.pos !== '動詞' || v.pos1 !== '自立') continue;
      const after = conditionalEnd(morphemes, j);
      if (after < 0) continue;
      const form = dictionaryForm(v);
      if (ja_light_verbs.includes(form)) return false;
      if (morphemes[j - 1]?.pos1 === 'サ変接続') return false;
      if (acts.some((a) => a.start < v.end && v.start < a.end)) return false;
      const next = morphemes[after];
      return next !== undefined && leave.includes(dictionaryForm(next));
    }
    return false;
  });
}

/** Whether a word of way starts at k, said as one or more morphemes (どう, どの|よう|に). */
export function startsWay(morphemes: readonly Morpheme[], k: number, words: readonly string[]): boolean {
  let joined = '';
  for (let j = k; j < morphemes.length && j < k + 4; j++) {
    joined += morphemes[j]?.surface ?? '';
    if (words.includes(joined)) return true;
  }
  return false;
}

/** After a verb: the index past 〜ば or 〜たら (かけれ|ば, 伝え|たら), or -1. */
export function conditionalEnd(morphemes: readonly Morpheme[], j: number): number {
  const next = morphemes[j + 1];
  if (next?.surface === 'ば' && next.pos === '助詞') return j + 2;
  if (next?.surface === 'たら' || next?.surface === 'だら') return j + 2;
  if ((next?.surface === 'た' || next?.surface === 'だ') && morphemes[j + 2]?.surface === 'ら') return j + 3;
  return -1;
}

/** Verbs of asking a question of someone: 「いいか」「聞いて」きた, 「大丈夫か」「相談され」た. */
const ASKING = new Set(['聞く', '訊く', '尋ねる', '質問', '相談', '問い合わせる', '問い合わせ']);

/** A word of leave, か, then a verb of asking (アップしていいか聞いてきています): a leave asked of the teacher. */
function leaveRelayed(morphemes: readonly Morpheme[], leave: readonly string[]): boolean {
  return morphemes.some(
    (m, k) =>
      leave.includes(dictionaryForm(m)) &&
      morphemes[k + 1]?.surface === 'か' &&
      morphemes.slice(k + 2, k + 5).some((v) => ASKING.has(dictionaryForm(v))),
  );
}
