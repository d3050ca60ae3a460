/** Line-level facts read-prose.ts asks of a text: a table's heading, a sentence around a word, a word that recurs. */

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
