import type { Morpheme } from './analyzer.js';

/**
 * How the last predicate of a message stands in time, read from the analyzer's auxiliaries:
 * `past` (送った, 消えた, 届いたっぽい), `perfect` (送っちゃった, 入れてしまった), `ongoing` (次々出てくる,
 * 重くなっていく, 消えてる), or `plain` (送る, 送りたい, 重い). Sentence-final particles, のです/んです
 * and hedges (かも, みたい, っぽい) after it do not change it.
 */
export type EndAspect = 'past' | 'perfect' | 'ongoing' | 'plain';

/** Verbs that after て say a change under way or a state reached, not an act one means (出てくる). */
const ONGOING = new Set(['くる', '来る', 'いく', '行く', 'いる', 'てる', 'おる', 'とる', 'ちょる']);
/** Kyushu's contracted ている straight after a verb's stem (書き換えられ「とる」, 出「ちょる」). */
const DIALECT_TE = new Set(['とる', 'ちょる']);
/** Verbs that after て say it is over and done (入れてしまう, 送っちゃう). */
const PERFECT = new Set(['しまう', 'ちゃう', 'じゃう', 'ちまう']);

/** Morphemes after the predicate that leave its aspect as it is (ね, よ, んです, かも, みたい). */
function trailing(m: Morpheme, prev: Morpheme | undefined): boolean {
  if (m.pos === '記号' || (m.pos === 'UNK' && /^[?？!！…。.、\s]+$/.test(m.surface))) return true;
  if (m.pos === '助詞' && (m.pos1 === '終助詞' || m.pos1 === '副助詞／並立助詞／終助詞')) return true;
  if (m.pos === '名詞' && m.pos1 === '非自立' && (m.base === 'ん' || m.base === 'の')) return true;
  if (m.pos === '助動詞' && ['です', 'だ', 'ます', 'みたい', 'らしい', 'っぽい'].includes(m.base) && m.form !== '連用タ接続')
    return true;
  if (m.surface === 'かも' || m.surface === 'かもしれ' || m.base === 'しれる' || m.surface === 'か' || m.surface === 'も')
    return true;
  // 気|が|する: a hedge (書き換えられてる気がする), like みたい.
  if (m.base === '気' && m.pos1 === '非自立') return true;
  if (m.base === 'が' && prev?.base === '気' && prev.pos1 === '非自立') return true;
  if (m.base === 'する' && prev?.base === 'が') return true;
  // ない, ん of かもしれない, かもしれません.
  if (m.pos === '助動詞' && (m.base === 'ない' || m.base === 'ん') && (prev?.base === 'しれる' || prev?.base === 'ます'))
    return true;
  if (m.pos === '名詞' && m.pos1 === '接尾' && m.base === 'みたい') return true;
  if (m.pos === '形容詞' && m.base === 'っぽい') return true;
  return false;
}

/**
 * The aspect of the message's last predicate. A past in a たら (開いたら) or a plan (送りたい) is no
 * past of the last predicate; only the auxiliaries at the end count.
 *
 * @example endAspect(analyze('見たことのないウィンドウが次々出てくる')) // 'ongoing'
 */
export function endAspect(morphemes: readonly Morpheme[]): EndAspect {
  let k = morphemes.length - 1;
  // Skip what follows the predicate; stop at its last auxiliary or verb.
  while (k >= 0 && trailing(morphemes[k]!, morphemes[k - 1]) && !pastAux(morphemes[k]!)) k--;
  let past = false;
  for (; k >= 0; k--) {
    const m = morphemes[k]!;
    if (pastAux(m)) {
      past = true;
      continue;
    }
    // ませ|ん, まし|た: politeness between the verb and its ending.
    if (m.pos === '助動詞' && m.base === 'ます') continue;
    if (m.pos === '動詞' && (m.pos1 === '非自立' || m.base === 'てる' || m.base === 'ちゃう') && afterTe(morphemes, k)) {
      // 帰っ|ちゃ|い|まし|た: the analyzer's reading of ちゃいました.
      if (PERFECT.has(m.base) || /^(ちゃ|じゃ)$/.test(morphemes[k - 1]!.surface)) return 'perfect';
      if (ONGOING.has(m.base)) return past ? 'past' : 'ongoing';
    }
    // よかった, まずかった: a judgement in the past (よかったですよね), not something that happened.
    return past && m.pos !== '形容詞' ? 'past' : 'plain';
  }
  return past ? 'past' : 'plain';
}

/** The past た itself, not the supposing たら (開いたら) nor the た of a noun phrase. */
function pastAux(m: Morpheme): boolean {
  return m.pos === '助動詞' && m.base === 'た' && m.form === '基本形';
}

/** The verb at `k` follows a て form (出|て|くる), or is one of the contracted てる/ちゃう. */
function afterTe(morphemes: readonly Morpheme[], k: number): boolean {
  const m = morphemes[k]!;
  if (m.base === 'てる' || m.base === 'ちゃう' || m.base === 'じゃう' || m.base === 'ちまう') return true;
  const prev = morphemes[k - 1];
  if (DIALECT_TE.has(m.base) && prev?.form.startsWith('連用')) return true;
  return prev?.pos === '助詞' && /^(て|で|ちゃ|じゃ)$/.test(prev.surface);
}
