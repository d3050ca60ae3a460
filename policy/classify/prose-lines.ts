import type { CompiledProse, Ref } from './read-prose.js';

/** Line-level facts read-prose.ts asks of a text: a table's heading, a sentence around a word, a word that recurs. */

/** A sentence without a person goes on about the one this many sentences before it, in its paragraph. */
const CONTINUED = 2;

/** Whether one matter word stands on `min` different lines (a log that tells the same of its pupil day after day). */
export function recurring(hits: { word: string; line: number }[], min: number | undefined): boolean {
  if (!min) return false;
  const lines = new Map<string, Set<number>>();
  for (const h of hits) lines.set(h.word, (lines.get(h.word) ?? new Set()).add(h.line));
  return [...lines.values()].some((set) => set.size >= min);
}

/** A line of short labels (被害生徒 加害生徒 概要 経過, tab- or space-separated): a table's heading, no sentence. */
export function isHeading(line: string): boolean {
  const cells = line.trim().split(/\t|\s+/);
  return cells.length >= 3 && cells.every((cell) => cell.length <= 8 && !/\p{sc=Hiragana}/u.test(cell));
}

/** Whether the cell or line around a word (between tabs or line ends) is a sentence, not a label. */
export function inSentence(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\t', start), text.lastIndexOf('\n', start)) + 1;
  let to = text.length;
  for (const stop of ['\t', '\n']) {
    const at = text.indexOf(stop, end);
    if (at >= 0 && at < to) to = at;
  }
  return /\p{sc=Hiragana}/u.test(text.slice(from, start) + text.slice(end, to));
}

/** The pupil a table's row is about, when its first cell is a number of a pupil column. */
export function rowKey(line: string, keys: Set<string> | undefined): Ref | null {
  if (!keys?.size) return null;
  const tab = line.indexOf('\t');
  if (tab <= 0) return null;
  const cell = line.slice(0, tab).trim();
  return keys.has(cell) ? { key: `row:${cell}`, kind: 'pupils', form: 'number' } : null;
}

/**
 * The persons a sentence without one of its own is about: those of the sentence just before it in
 * the same paragraph (「緒方さんは載せないこと。母子で避難中で…」). Japanese leaves the subject out
 * while it stays the same; a paragraph's next sentence goes on telling about the person it named.
 */
export function continued(refs: Ref[][], i: number): Ref[] {
  for (let j = i - 1; j >= Math.max(0, i - CONTINUED); j--) if (refs[j]!.length > 0) return refs[j]!;
  return [];
}

/** Whether the line before a word puts it on a calendar (「12月の予定：12/1〜5 個人面談」). */
export function onCalendar(p: CompiledProse, text: string, start: number): boolean {
  return p.scheduled?.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) ?? false;
}
