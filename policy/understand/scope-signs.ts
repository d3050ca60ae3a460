import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

// The signs scopeOf reads in the clause after a word (scope.ts): where the clause ends, the question's
// own frame, a not-yet, a duty, a word listed or held as a thing, kept apart so scope.ts reads as its walk.

export const PUNCTUATION = new Set([
  '、',
  '。',
  '，',
  '．',
  ',',
  '.',
  '!',
  '?',
  '！',
  '？',
  '\n',
  '（',
  '）',
  '(',
  ')',
  '「',
  '」',
  '『',
  '』',
]);
export const PREDICATE = new Set(['動詞', '形容詞', '助動詞']);

/** The question's own frame: 「よくない？」「大丈夫じゃない？」 ask, they do not deny what came before. */
export const EVALUATIVE = new Set([
  ...['よい', 'いい', '良い', 'よろしい', '大丈夫', 'だめ', 'ダメ', '駄目', 'まずい', '問題', 'ok', 'OK', 'アウト', 'セーフ'],
  ...['差し支え', '差し支える', '差支え', '差支える', '構う', 'かまう', '支障'],
]);

export const EVALUATIVE_KANA = ['もんだい', 'だいじょうぶ', 'よろしい', 'さしつかえ', 'かまわ', 'かまいません', 'だめ'];

/** Copulas that may close a clause after まだ: まだ「です」, まだ「だ」けど, まだ「でした」. */
const CLAUSE_COPULAS = new Set(['だ', 'です', 'た']);

/**
 * 「掲載許可はまだ」: a not-yet adverb (`negation.ja_not_yet`) that closes its clause, with only a
 * copula after it, says what it follows has not happened. Before a verb it means "still" (まだ持ってる).
 */
export function notYet(morphemes: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  const m = morphemes[i]!;
  if (m.pos !== '副詞' || !lexicon.negation.ja_not_yet.includes(m.base)) return false;
  const boundaries = new Set(lexicon.negation.ja_boundaries);
  for (let k = i + 1; k < morphemes.length; k++) {
    const next = morphemes[k]!;
    if (PUNCTUATION.has(next.surface) || (next.pos1 === '接続助詞' && boundaries.has(next.base))) return true;
    if (!(next.pos === '助動詞' && CLAUSE_COPULAS.has(next.base))) return false;
  }
  return true;
}

/**
 * The negation at morpheme `i` makes a duty, not a denial: 〜なければ・〜なきゃ (a conditional form of
 * ない), 〜なくちゃ・〜なくては, or 〜ないと followed by a word of obligation (`negation.ja_obligation`:
 * いけない, ならない, だめ) or by the end of the sentence (出さないと。).
 */
export function obliges(morphemes: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  const neg = morphemes[i]!;
  const next = morphemes[i + 1];
  if (neg.form.startsWith('仮定')) return true;
  if (next?.pos1 === '接続助詞' && (next.surface === 'ちゃ' || (next.surface === 'て' && morphemes[i + 2]?.surface === 'は')))
    return true;
  // 「申請なしではダメ？」「許可なしじゃだめ」: without it, not allowed, as 〜なくてはいけない says.
  if (next && ((next.base === 'だ' && next.surface === 'で') || next.surface === 'じゃ')) {
    const k = morphemes[i + 2]?.surface === 'は' ? i + 3 : i + 2;
    const word = morphemes[k];
    return Boolean(word && lexicon.negation.ja_obligation.includes(word.base));
  }
  if (next?.surface !== 'と' || next.pos1 !== '接続助詞') return false;
  const after = morphemes[i + 2];
  return !after || PUNCTUATION.has(after.surface) || lexicon.negation.ja_obligation.includes(after.base);
}

/** The verbs a prohibition is said with: 〜ちゃ「いけ」ない, 〜ては「なら」ない. */
const PROHIBITING = new Set(['いける', 'なる']);

/**
 * Morpheme `i` begins a prohibition (コピーし「ちゃ」いけないの？, 持ち帰って「は」ならない): ちゃ, じゃ or
 * て・で＋は, then いける or なる negated. It asks whether the act is forbidden, as the question's frame
 * does (〜してもいい？); it denies nothing.
 */
export function prohibits(morphemes: readonly Morpheme[], i: number): boolean {
  const m = morphemes[i]!;
  const prev = morphemes[i - 1];
  const after = morphemes[i + 1];
  if (!PROHIBITING.has(m.base) || m.pos !== '動詞' || m.pos1 !== '非自立' || after?.base !== 'ない') return false;
  if (prev?.surface === 'ちゃ' || prev?.surface === 'じゃ') return true;
  const te = morphemes[i - 2];
  return prev?.surface === 'は' && (te?.surface === 'て' || te?.surface === 'で');
}

/**
 * The predicate a negation follows is one of need (`negation.ja_need`: 立会いは「いら」ない？,
 * 「要り」ません): the question asks whether the word is needed, as a duty does, not that it is
 * left undone. いる is 要る only in its own forms (いら, いり), not 居る's (い).
 */
export function needed(head: Morpheme | undefined, lexicon: Lexicon): boolean {
  if (!head || head.pos !== '動詞' || !lexicon.negation.ja_need.includes(head.base)) return false;
  return head.base !== 'いる' || head.surface.startsWith('いら') || head.surface.startsWith('いり');
}

/** A verb by its dictionary form, a noun made a verb by する by the noun (記入|して → 記入). */
export function verbOf(morphemes: readonly Morpheme[], head: Morpheme): { base: string; start: number; end: number } {
  const noun = morphemes[morphemes.indexOf(head) - 1];
  if (head.base === 'する' && noun?.pos1 === 'サ変接続' && noun.end === head.start)
    return { base: noun.base, start: noun.start, end: head.end };
  return { base: head.base, start: head.start, end: head.end };
}

/** Particles that make the word before them the topic or object of a verb: 公開のOK「は」もらってない. */
const ARGUMENT_PARTICLES = new Set(['は', 'を', 'が', 'も']);

/**
 * A word of the question's frame (OK, 許可) used as a thing given or got (「公開のOKはもらってない」):
 * a particle, then a verb. 「問題はない」「大丈夫じゃない」 stay the frame.
 */
export function heldAsNoun(morphemes: readonly Morpheme[], i: number): boolean {
  const particle = morphemes[i + 1];
  const verb = morphemes[i + 2];
  return particle?.pos === '助詞' && ARGUMENT_PARTICLES.has(particle.surface) && verb?.pos === '動詞' && verb.pos1 === '自立';
}

/** Particles that list nouns sharing one predicate: 許可「も」、確認「も」取ってない. */
const LISTING = new Set(['も']);

/**
 * Morpheme `i` is a comma right after the word and a listing particle (許可も「、」): the list goes on
 * past it to the predicate the words share.
 */
export function listedBefore(morphemes: readonly Morpheme[], i: number, end: number): boolean {
  const m = morphemes[i]!;
  const prev = morphemes[i - 1];
  return (
    (m.surface === '、' || m.surface === ',') &&
    prev !== undefined &&
    prev.start === end &&
    prev.pos === '助詞' &&
    LISTING.has(prev.surface)
  );
}

/**
 * A perfective asked leave for (入れ「ちゃって」いい？, 送っ「ちゃって」も大丈夫？): how it would be
 * done, not that it was: て, perhaps も, then the question's frame.
 */
export function askedLeave(morphemes: readonly Morpheme[], i: number): boolean {
  let k = i + 1;
  if (morphemes[k]?.surface !== 'て' && morphemes[k]?.surface !== 'で') return false;
  k++;
  if (morphemes[k]?.surface === 'も') k++;
  const m = morphemes[k];
  return m !== undefined && (EVALUATIVE.has(m.base) || EVALUATIVE.has(m.surface));
}

/** The text from morpheme `i` to the end of its sentence, as written. */
export function surfaceFrom(morphemes: readonly Morpheme[], i: number): string {
  let out = '';
  for (let k = i; k < morphemes.length && out.length < 12; k++) out += morphemes[k]!.surface;
  return out;
}
