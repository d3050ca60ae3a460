import { analyze } from '../understand/analyzer.js';
import { normalize as fold } from '../understand/normalize.js';
import { classRefs } from './read-class-refs.js';
import { saysInvented } from './read-invented.js';
import { findNames, isForeignName, isPersonName } from './read-names.js';
import type { CompiledProse } from './read-prose.js';

/**
 * Who a text points at (issue 14): pupils and staff by name (the analyzer), by initial (Aさん, Y.K.),
 * by a word (本児), by a number (出席番号12, 3-2-15) or by class (徳永（3-1）), and the persons a memo
 * names in its first lines. What read-prose.ts tells matters about.
 */
export type PersonKind = 'pupils' | 'staff' | 'names';

/** One person pointed at: a name, an initial, 本児 … (the key is kept only while one file is read). */
export interface Ref {
  key: string;
  kind: PersonKind;
  /** How it was pointed at, for the reasons: a name, an initial (Aさん), a word (本児), a number. */
  form: 'name' | 'initial' | 'pointer' | 'number';
}

/** A word (a name) followed by its class in brackets: 徳永（3-1）, 海斗 (2-2). */
const IN_CLASS = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{1,6})\s?[(（][1-9][-‐−ー－][1-9][)）]/gu;
/**
 * A pupil's 年-組-番 heading a line, in brackets, in a list or ending a file name (3-2-15, 作文_3-1-08,
 * 8-1-21（女）), which a section number (2-2(7)) is not. Years run to 9: a 義務教育学校 has 7年 to 9年.
 * A 特別支援学校's division before it (小2-2-2, 中2-1-2, 高2-1_4: 小学部・中学部・高等部) says a pupil too,
 * so much that its number may follow an underscore.
 */
const PUPIL_CODE =
  /(?:^|[(（\s_。、]|(?<=[小中高]))([1-9]-[1-9](?:-|(?<=[小中高][1-9]-[1-9])_)(?:0?[1-9]|[1-3]\d|4[0-5]))(?=[\s)）:：_。、]|[(（][男女][)）]|$)/gu;
/**
 * A pupil as 年-組 then 番 heading a line of a memo (「2-1 12 喘息…」): the number stands apart and
 * text follows it. A timetable's period (「3-2 1 国語」) is read the same, but tells no matter.
 */
const CLASS_THEN_NUMBER = /^\s*([1-9])[-‐−ー－]([1-9])\s+(0?[1-9]|[1-3]\d|4[0-5])(?:番)?\s+(?=\D)/gmu;
/**
 * A pupil as 年-組 then a number with 番 (「2-1 15番：…」「2-5 8番の保護者」), anywhere in a line: 番 says
 * it is a pupil, as a timetable's period or a section number (2-2(7)) never is.
 */
const CLASS_DASH_NUMBER = /(?:^|[\s、。(（:：])([1-9])[-‐−ー－]([1-9])\s?(0?[1-9]|[1-3]\d|4[0-5])\s?番(?!地|号|目|線|手|組)/gu;
/** A pupil by year, class and number written out (2年1組12番, 3年 2組 5番の生徒). */
const CLASS_NUMBER = /([1-9])\s?年\s?([1-9])\s?組\s?(\d{1,2})\s?番(?!地|号|目|線|手|組)/gu;
/**
 * A pupil by class, then a name (「2-3の本田、今日も…」「1-4芽依 腕の傷」): a class at a word's start
 * (not a date or a section number), の or a space, and a run of kanji whose first two to four letters
 * the dictionary reads as a person's name (「2-3の授業」「3年2組 国語」 name no one).
 */
const CLASS_THEN_NAME = /(?:^|[\s、。(（:：・])(?:[1-9][-‐−ー－][1-9]|[1-9]\s?年\s?[1-9]\s?組)\s?の?\s?([\p{sc=Han}々]{2,6})/gu;
/** A given name before くん or ちゃん (琴音くん, ゆいちゃん), which the dictionary may not know as a name. */
const CALLED = /(?:^|[\s、。「『(（・:：])([\p{sc=Han}々]{1,3}|[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,4})(?:くん|ちゃん)/gu;
/**
 * A name heading a sentence, then the pupil's year in brackets (「PHAM VAN DUC（夜間2年）…」「최 수빈（1年）…」
 * 「陈 晓明（3年）…」), or after a space as a contact book's first line gives it (「Tran Thi Lan 4nen」):
 * the person the note is about, whatever the script of the name.
 */
const NAME_THEN_YEAR =
  /^\s*([\p{L}ー・.][\p{L}ー・. ]{0,30}?)(?:\s?[(（][^()（）\d]{0,4}[1-9]\s?年(?:生|\s?[1-9]\s?組)?[)）]|\s[1-9]\s?(?:年生?|nen)(?:\s?[1-9]\s?組)?(?=\s|$))/u;
const DOTTED_INITIALS = /(?<![A-Za-z.])([A-Z])[.・．]\s?([A-Z])[.．]?(?![A-Za-z])/g;
/** Sentences are read up to this many characters (a line up to four times as many). */
export const MAX_SENTENCE = 300;

const MAX_NAMED_LINES = 40;
/** What stands between a name and its reading: an open bracket, perhaps a class (「さん（2年 」). */
const READING = /^[^()（）。]{0,8}[(（][^)）]{0,8}$/u;

/**
 * How many persons other than staff the analyzer finds named in the first lines of a text
 * (「児童　渡辺 悠人（4年）」, 「2年3組 近藤 航の母です」): what tells a filled-in form from its template
 * when its values are not in fields mamoru knows. Names after a staff title (校長 山田 太郎) are not counted.
 */
export function namedPersons(p: CompiledProse, text: string): number {
  return namedRefs(p, text).size;
}

/**
 * Members of staff named with a suffix (井上先生, 山田教諭) in the first lines: the persons a memo talks
 * about, not its writer (校長 山田 太郎, 記録：中村, whose title stands before the name).
 */
export function staffTalkedAbout(p: CompiledProse, text: string): Map<string, Ref> {
  const refs = new Map<string, Ref>();
  for (const line of text.split('\n', MAX_NAMED_LINES)) {
    if (!/\p{sc=Han}/u.test(line)) continue;
    for (const n of findNames(line.slice(0, MAX_SENTENCE * 4), p.suffixes))
      if (p.staffSuffixes.has(n.after)) refs.set(n.key, { key: n.key, kind: 'staff', form: 'name' });
  }
  return refs;
}

/** The persons other than staff named in the first lines of a text, by key. */
export function namedRefs(p: CompiledProse, text: string, enough = Number.POSITIVE_INFINITY): Map<string, Ref> {
  const refs = new Map<string, Ref>();
  let read = 0;
  for (const line of text.split('\n')) {
    if (read >= MAX_NAMED_LINES || refs.size >= enough) break;
    // A name marked as invented where it stands (「山田太郎（架空）」) is nobody's.
    if (!/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(line) || saysInvented(p, line)) continue;
    read++;
    let last: { key: string; at: number } | null = null;
    for (const { ref, at } of analyzerRefs(p, line.slice(0, MAX_SENTENCE * 4))) {
      // A name's reading or other script in brackets after it (Nguyen Thi Mai さん（2年 グエン・ティ・マイ）) is the same person.
      const reading = last !== null && READING.test(line.slice(last.at + last.key.length, at));
      last = { key: ref.key, at };
      if (ref.kind !== 'staff' && !reading) refs.set(ref.key, ref);
    }
  }
  return refs;
}

/** Pointers found without the analyzer: 本児, Aさん, 出席番号12, a name from a form field or a column. */
export function cheapRefs(p: CompiledProse, sentence: string, known: Set<string>): Ref[] {
  const refs: Ref[] = [];
  for (const m of p.pointers ? sentence.matchAll(p.pointers) : []) {
    const kind = p.pointerKind.get(m[0]);
    if (kind) refs.push({ key: m[0], kind, form: 'pointer' });
  }
  for (const m of p.initials ? sentence.matchAll(p.initials) : [])
    refs.push({ key: m[1]!, kind: p.staffSuffixes.has(m[2]!) ? 'staff' : 'pupils', form: 'initial' });
  // Initials with their dots, as records that must not name a pupil write them (Y.K., M・T).
  for (const m of sentence.matchAll(DOTTED_INITIALS)) refs.push({ key: `${m[1]}${m[2]}`, kind: 'pupils', form: 'initial' });
  for (const m of p.numbered ? sentence.matchAll(p.numbered) : []) refs.push({ key: `#${m[1]}`, kind: 'pupils', form: 'number' });
  // A pupil by class (「徳永（3-1）」「海斗（2-2）」) or by 年-組-番 at the head of a line (「3-2-15　進路相談」).
  for (const m of sentence.matchAll(CALLED)) refs.push({ key: m[1]!, kind: 'pupils', form: 'name' });
  const headed = NAME_THEN_YEAR.exec(sentence)?.[1]?.trim();
  if (headed && (isForeignName(headed) || isPersonName(headed, classNames) || spacedPair(headed)))
    refs.push({ key: headed, kind: 'pupils', form: 'name' });
  for (const m of sentence.matchAll(IN_CLASS)) refs.push({ key: m[1]!, kind: 'pupils', form: 'name' });
  for (const m of sentence.matchAll(PUPIL_CODE))
    refs.push({ key: `#${m[1]!.replace('_', '-')}`, kind: 'pupils', form: 'number' });
  for (const m of sentence.matchAll(CLASS_THEN_NUMBER))
    refs.push({ key: `#${m[1]}-${m[2]}-${Number(m[3])}`, kind: 'pupils', form: 'number' });
  for (const m of sentence.matchAll(CLASS_NUMBER))
    refs.push({ key: `#${m[1]}-${m[2]}-${Number(m[3])}`, kind: 'pupils', form: 'number' });
  for (const m of sentence.matchAll(CLASS_DASH_NUMBER))
    refs.push({ key: `#${m[1]}-${m[2]}-${Number(m[3])}`, kind: 'pupils', form: 'number' });
  for (const m of sentence.matchAll(CLASS_THEN_NAME)) {
    const name = classNamed(m[1]!);
    if (name) refs.push({ key: name, kind: 'pupils', form: 'name' });
  }
  // A pupil by class: a member of their family after it (「5-2 母」), or by year and sex (「3年の男子」).
  refs.push(...classRefs(p.classKin, sentence));
  if (known.size > 0) {
    const folded = fold(sentence);
    for (const name of known) if (folded.includes(name)) refs.push({ key: name, kind: 'names', form: 'name' });
  }
  return refs;
}

/** Where a line points at someone without a name: a pointer word (本児), an initial (Aさん, K.M.). */
export function pointedAt(p: CompiledProse, line: string): { key: string; at: number }[] {
  const out: { key: string; at: number }[] = [];
  for (const m of p.pointers ? line.matchAll(p.pointers) : []) if (p.pointerKind.has(m[0])) out.push({ key: m[0], at: m.index });
  for (const m of p.initials ? line.matchAll(p.initials) : []) out.push({ key: m[0], at: m.index });
  for (const m of line.matchAll(DOTTED_INITIALS)) out.push({ key: m[0], at: m.index });
  return out;
}

export function analyzerRefs(p: CompiledProse, text: string): { ref: Ref; at: number }[] {
  return findNames(text, p.suffixes).map((n) => {
    let kind: PersonKind = 'names';
    if (p.staffSuffixes.has(n.after)) kind = 'staff';
    else if (n.after) kind = 'pupils';
    // A pupil's year after the name (清水美咲 (3年)) says who it is, whatever stands before it: in a
    // chat 「担任 : 清水美咲 (3年) 昨夜…」 the title is the sender's, not the name's.
    else if (
      p.staffTitle?.test(text.slice(Math.max(0, n.start - 24), n.start)) &&
      !PUPIL_YEAR_AFTER.test(text.slice(n.end, n.end + 10))
    )
      kind = 'staff';
    return { ref: { key: n.key, kind, form: 'name' as const }, at: n.start };
  });
}

/** A pupil's year in brackets straight after a name: (3年), （前期3年）, （中2）; not （3年担任）. */
const PUPIL_YEAR_AFTER = /^\s?[(（][^()（）\d]{0,3}[1-9]\s?年?生?[)）]/u;

/** Two short words of one script apart (陈 晓明, 최 수빈): a family name and a given name as a foreign pupil's are written. */
const spacedPair = (v: string) =>
  /^(?:\p{sc=Han}{1,2} \p{sc=Han}{1,3}|\p{sc=Hangul}{1,3} \p{sc=Hangul}{1,3})$/u.test(v.normalize('NFKC'));

/** The name at the head of a run of kanji after a class (芽依腕 → 芽依), the longest the dictionary reads as one. */
function classNamed(run: string): string | null {
  if (classNames.size > 5_000) classNames.clear();
  for (let length = Math.min(4, run.length); length >= 2; length--) {
    const head = run.slice(0, length);
    if (isPersonName(head, classNames) || properNoun(head)) return head;
  }
  return null;
}
const classNames = new Map<string, boolean>();

/**
 * One proper noun of the dictionary (本田, which it files as a company): after a class, a pupil's
 * surname; a place (2-3の熊本) is where the class goes.
 */
function properNoun(word: string): boolean {
  const words = analyze(word);
  return words.length === 1 && words[0]!.pos === '名詞' && words[0]!.pos1 === '固有名詞' && words[0]!.pos2 !== '地域';
}
