import { escapeRegex } from '../escape-regex.js';
import type { Ref } from './read-refs.js';

/**
 * Pupils a note points at by their class rather than by name (2-2(7)⑤: a note that tells a pupil's
 * family, health or guidance is the pupil's record though it names nobody): a member of the family
 * after a class (「5-2 母」「2年1組の陽菜の母」「3年2組の母親」), who stands for the pupil whose
 * home the note tells of, and a pupil by year and sex (「8年の男子生徒」「3年2組の女子」).
 * The family words are the pack's (pack.yaml `classify.prose.accounts.kin`).
 */

/** A pupil by year (and class) and sex: what a note to an outside body writes for a pupil it must not name. */
const UNNAMED_PUPIL = /[1-9]年(?:生|\s?[1-9]組)?の?(?:男子|女子|男児|女児|男の子|女の子)(?:生徒|児童)?/gu;

/** A class (3年2組, 5-2) at a word's start: not inside a date, a section number (2-2(7)) or a version. */
const CLASS = String.raw`(?<![\d.\-‐−ー－/／:：(（])([1-9])(?:\s?年\s?|[-‐−ー－])([1-9])\s?組?`;
/** What may stand between the class and the family word: の, a pupil's given name and の (「の陽菜の」). */
const BETWEEN = String.raw`\s?(?:の\s?)?(?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{1,6}?(?:さん|くん|ちゃん)?の\s?)?`;
/** Family words that say a place (家で, 家に) point at no one. */
const PLACE = /^家/;

/** The pattern of a member of the family after a class, from the pack's family words; null without them. */
export function compileClassKin(kin: string[] | undefined): RegExp | null {
  const words = (kin ?? []).map((w) => w.normalize('NFKC')).filter((w) => !PLACE.test(w));
  if (words.length === 0) return null;
  const alt = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  // A word of its own: 母子 or 父兄 after a class is a body or a heading, not a pupil's mother.
  return new RegExp(`${CLASS}${BETWEEN}(?:${alt})(?!\\p{sc=Han})`, 'gu');
}

/** The pupils a sentence points at by class: a member of their family after their class, or year and sex. */
export function classRefs(kin: RegExp | null, sentence: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of kin ? sentence.matchAll(kin) : []) refs.push({ key: `#${m[1]}-${m[2]}:kin`, kind: 'pupils', form: 'pointer' });
  for (const m of sentence.matchAll(UNNAMED_PUPIL)) refs.push({ key: `#${m[0]}`, kind: 'pupils', form: 'pointer' });
  return refs;
}
