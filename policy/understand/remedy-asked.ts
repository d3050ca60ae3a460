/**
 * Whether a question asks the way to do something within the rule: 「一斉メールするとき宛先は
 * どうする？」, 「宛先はどこに入れればいい？」, 「パスワードは何文字以上に？」. A situation with a
 * `remedy` (the mail in BCC, the room locked) is then answered by that one: the act is allowed with
 * the measure, which is what the teacher asked for.
 *
 * Only the way asked, not a duty asked (「鍵かけなきゃダメ？」) nor leave to leave it as it is
 * (「そのままでいい？」): those were tried as remedies too; they read as leave to break the rule as
 * often, and the rule's own answer (禁止) is the safe one (docs/questions.md).
 */

import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { conditionalEnd, startsWay } from './way-asked.js';

const SENTENCE_END = new Set(['。', '？', '?', '！', '!', '\n']);
/** Where a thing is put (どこに入れれば, どこへ). */
const PLACE_PARTICLES = new Set(['に', 'へ', 'で']);

/**
 * @example remedyAsked(analyze('宛先はどうする？').morphemes, lexicon) // true
 * @example remedyAsked(analyze('職員室、鍵かけなきゃダメ？').morphemes, lexicon) // false
 * @example remedyAsked(analyze('この写真、どうですか').morphemes, lexicon) // false
 */
export function remedyAsked(morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  return morphemes.some((_, i) => wayAt(morphemes, i, lexicon));
}

/**
 * A word of way (どう, どのように, どうして) or a place asked (どこに) before a verb in the same
 * sentence, the verb in the conditional (どうすれば, どこに入れれば) or ending the question (どうする？);
 * or 何 before a noun (何文字, 何桁): a quantity asked. Not どうですか, which asks leave.
 */
function wayAt(morphemes: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  const m = morphemes[i]!;
  const next = morphemes[i + 1];
  if ((m.base === '何' || m.base === 'なん') && m.pos === '名詞' && next?.pos === '名詞' && next.pos1 !== '非自立') return true;
  const way = startsWay(morphemes, i, lexicon.other_asks.ja_way) || m.surface === 'どうして';
  const place = m.surface === 'どこ' && next !== undefined && PLACE_PARTICLES.has(next.surface);
  if (!way && !place) return false;
  for (let j = i + 1; j < morphemes.length && j < i + 6; j++) {
    const v = morphemes[j]!;
    if (SENTENCE_END.has(v.surface)) return false;
    if (v.pos === '助動詞' && (v.base === 'です' || v.base === 'だ') && j === i + 1) return false;
    if (v.pos !== '動詞') continue;
    const after = morphemes[j + 1];
    if (!after) return true;
    if (conditionalEnd(morphemes, j) > 0) return true;
    if (SENTENCE_END.has(after.surface) && v.form === '基本形') return true;
  }
  return false;
}
