import type { Morpheme } from './analyzer.js';
import type { Found } from './find-words.js';
import type { Lexicon } from './lexicon.js';

const SENTENCE_END = new Set(['。', '？', '?', '！', '!', '\n']);
/** What joins a negated measure to the act it goes with: 〜ないと, 〜ずに, 〜ないで. */
const JOINS = new Set(['と', 'に', 'で']);

/**
 * A measure said skipped in a clause the sentence then calls not allowed (「校長の許可をとらずに持ち
 * 出すのはダメですか」) or says cannot be done (「許可がないと持ち出せない、で合ってますか？」): the
 * question asks whether the measure is required, as a duty does, not that it is left undone. The
 * answer keeps the question's polarity: the act's own ruling, with the measure to take.
 */
export function askedAsDuty(f: Found, morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  const auxiliaries = lexicon.negation.ja_auxiliaries;
  // The negation of the measure's clause, then what joins it to the rest (と, ずに, ないで).
  const k = negatorAfter(f, morphemes, lexicon);
  if (k < 0) return false;
  const join = morphemes[k + 1];
  if (!join || join.pos !== '助詞' || !JOINS.has(join.surface)) return false;
  for (let i = k + 2; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    if (SENTENCE_END.has(m.surface)) return false;
    const next = morphemes[i + 1];
    const negatedNext = next !== undefined && next.pos === '助動詞' && (auxiliaries.includes(next.base) || next.base === 'ます');
    // ダメ, まずい; いけない, ならない only negated.
    if (lexicon.negation.ja_obligation.includes(m.base) && (m.base !== 'いける' && m.base !== 'なる' ? true : negatedNext))
      return true;
    // A verb denied as a statement, closed by a comma or a full stop (持ち出せない、で合ってますか).
    if (m.pos === '動詞' && next?.pos === '助動詞' && auxiliaries.includes(next.base)) {
      const after = morphemes[i + 2];
      if (after && (after.surface === '、' || after.surface === '。')) return true;
    }
  }
  return false;
}

/** What says a measure may be left out (…なくても「いい」, 「大丈夫」, 「済む」, 「構わない」). */
const PERMISSIVE = new Set(['いい', 'よい', '良い', '大丈夫', '構う', 'かまう', '平気', '済む', 'OK', 'オッケー', 'ok']);

/**
 * A measure asked whether it may be left out (「パスワードつけなくてもいい？」, 「許可とらなくて大丈夫
 * ですよね？」, 「封をしなくても構わない？」): the question asks whether it is required, not says it is
 * left undone. The answer is the act's own ruling, the measure among what must be done.
 */
export function askedIfNeeded(f: Found, morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  const k = negatorAfter(f, morphemes, lexicon, 6);
  if (k < 0) return false;
  // なく|て|(も)|いい: the negation's て form, も, then a word that lets it be.
  let i = k + 1;
  if (morphemes[i]?.surface !== 'て' && morphemes[i]?.surface !== 'で') return false;
  i++;
  if (morphemes[i]?.surface === 'も') i++;
  const word = morphemes[i];
  return word !== undefined && (PERMISSIVE.has(word.base) || PERMISSIVE.has(word.surface));
}

/**
 * Where the negation of a measure said skipped stands (かけ|ない, つけ|なく), within `span`
 * morphemes after it and before the sentence ends; -1 when the measure is no negated condition.
 */
function negatorAfter(f: Found, morphemes: readonly Morpheme[], lexicon: Lexicon, span = Number.POSITIVE_INFINITY): number {
  if (f.value.type !== 'condition' || f.value.opposite || !f.scope.negated) return -1;
  const auxiliaries = lexicon.negation.ja_auxiliaries;
  const from = morphemes.findIndex((m) => m.start >= f.end);
  if (from < 0) return -1;
  for (let k = from; k < morphemes.length && k - from < span; k++) {
    const m = morphemes[k]!;
    if (SENTENCE_END.has(m.surface)) return -1;
    if ((m.pos === '助動詞' && auxiliaries.includes(m.base)) || (m.pos === '形容詞' && m.base === 'ない')) return k;
  }
  return -1;
}
