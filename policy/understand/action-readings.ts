import type { Morpheme } from './analyzer.js';
import { describesNoun } from './contain.js';
import type { Found } from './find-words.js';
import { GOAL, GOAL_ALONE, GOAL_FOR, overriddenBy } from './goals.js';
import type { Lexicon } from './lexicon.js';

/**
 * The verb ending at `end` goes on with て straight into the verb of a strong action (載せ|て|配る):
 * one act of two verbs. Not when a phrase of its own comes between (載せて、メールで送る).
 */
export function chainedToStrong(morphemes: readonly Morpheme[], end: number, found: Found[]): boolean {
  const i = morphemes.findIndex((x) => x.start >= end);
  const te = morphemes[i];
  if (te?.surface !== 'て' || te.pos1 !== '接続助詞') return false;
  const next = morphemes[i + 1];
  return next?.pos === '動詞' && found.some((f) => f.value.type === 'action' && !f.value.weak && f.start === next.start);
}

/** A verb whose other reading is an act said by its goal (業者に「預ける」, 「持って」いく): it starts at the goal's verb. */
export function saidToGoal(m: Found, found: readonly Found[]): boolean {
  return found.some((f) => f.term.startsWith(GOAL) && !f.scope.negated && f.start === m.start);
}

/**
 * An act said by a goal at the same verb overrides this reading of it (公民館の窓口に「置く」: given,
 * not left on a desk); any reading, when the goal does the verb for the teacher (業者に「刷って」
 * もらう: handed to the printer, not copied by the teacher).
 */
export function overriddenByGoal(m: Found, found: readonly Found[], lexicon: Lexicon): boolean {
  if (m.value.type !== 'action') return false;
  const id = m.value.id;
  return found.some(
    (f) =>
      f.value.type === 'action' &&
      f.value.id !== id &&
      (f.term.startsWith(GOAL) || f.term.startsWith(GOAL_ALONE)) &&
      !f.scope.negated &&
      f.start === m.start &&
      (f.term.startsWith(`${GOAL}${GOAL_FOR}`) || overriddenBy(lexicon, f.value.id).includes(id)),
  );
}

/**
 * The negation in a word's clause says it is not there: the word itself negated (承諾なし, 未記入),
 * or a verb of presence (載っていない, 書いてない: contains.verbs, negation.ja_absent) or of the act
 * asked (送らないで) negated.
 */
export function deniesPresence(m: Found, found: readonly Found[], lexicon: Lexicon, morphemes?: readonly Morpheme[]): boolean {
  const verb = m.scope.deniedVerb;
  if (!verb) return true;
  // A negated verb that goes on to a noun describes that noun (鍵の「かからない」キャビネット), in a
  // clause of its own with its own subject: the word marked for the main verb before it is not
  // denied (健康診断票を鍵のかからないキャビネットに入れる; but 住所を載せていない名簿 is).
  if (morphemes && outsideRelative(morphemes, m, verb)) return false;
  if (lexicon.contains.verbs.includes(verb.base) || lexicon.negation.ja_absent.includes(verb.base)) return true;
  return found.some((f) => f.value.type === 'action' && f.start < verb.end && f.end > verb.start);
}

/** The morpheme right before `start` is the source particle から (保管庫「から」出す). */
export function afterSource(morphemes: readonly Morpheme[], start: number): boolean {
  const before = morphemes.filter((x) => x.end <= start).at(-1);
  return before?.surface === 'から' && before.pos1 === '格助詞' && before.end === start;
}

/** Case particles that mark a word as an argument of the main verb, not of a clause after it. */
const MAIN_CASES = new Set(['を', 'に', 'で', 'へ']);

/**
 * The word is marked for the main verb (健康診断票「を」), and the negated verb after it heads a
 * clause that describes a noun and has its own subject (「鍵の」かからない「キャビネット」).
 */
function outsideRelative(morphemes: readonly Morpheme[], m: Found, verb: { start: number }): boolean {
  const after = morphemes.find((x) => x.start === m.end);
  if (!(after?.pos === '助詞' && MAIN_CASES.has(after.surface))) return false;
  const v = morphemes.findIndex((x) => x.start === verb.start);
  const marker = morphemes[v - 1];
  const subject = morphemes[v - 2];
  const own = (marker?.surface === 'の' || marker?.surface === 'が') && subject?.pos === '名詞' && subject.start >= after.end;
  return own && describesNoun(morphemes, v);
}
