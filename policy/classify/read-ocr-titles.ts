/**
 * Titles a photo's or a scan's text gives once OCR has read it: a title read well only below the
 * first lines (addStandingTitles), and one misread by a kanji put right (addMisreadTitles). Both add
 * to the places and normalised texts the classifier matches titles in.
 */
import { normalize } from '../understand/normalize.js';
import type { Classifier } from './compile-classifier.js';
import type { Place } from './match-titles.js';
import { repairMisread } from './read-misread-titles.js';

/** How far down a photo's or a scan's text a line that is a title alone is looked for. */
const STANDING_LINES = 40;

/** How much of a title a first line must hold, in order, to be the same title misread (こころのアンケー ip). */
const REREAD_SHARE = 0.7;

/**
 * A line of a photo's or a scan's text that is a catalog title and nothing else (こころのアンケート),
 * when one of the first lines is that title misread (こころのアンケー ip): OCR reads a page more than once
 * and may read its title well only in a later reading, below the first lines the title is looked for
 * in. A menu of a system's screen (児童管理, 出欠管理, 指導記録) has its items alone on their lines too,
 * and none of them at the top.
 */
export function addStandingTitles(c: Classifier, text: string, places: Place[], norms: string[]): void {
  const first = places.filter((p) => p.where === '表題').map((p) => normalize(p.text));
  if (first.length === 0) return;
  for (const line of text.split('\n', STANDING_LINES)) {
    const norm = normalize(line);
    if (norm.length < 2 || norms.includes(norm)) continue;
    const found = c.titles.find(norm);
    if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== norm.length || found[0]!.value.kind !== 'item') continue;
    if (!first.some((head) => inOrder(norm, head) >= REREAD_SHARE * norm.length)) continue;
    places.push({ where: '表題', text: line });
    norms.push(norm);
  }
}

/** How many letters of `a` stand in `b` in the same order (the longest common subsequence). */
function inOrder(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(ch === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]!;
}

/** The most letters of a title line read for a term OCR misread in it. */
const MISREAD_LINE = 60;

/**
 * A photo's or a scan's headings and first lines that name no catalog item may name one OCR
 * misread by a kanji (事故報吾 メモ): the line put right is read as a title too (read-misread-titles).
 */
export function addMisreadTitles(c: Classifier, places: Place[], norms: string[]): void {
  const count = places.length;
  for (let i = 0; i < count; i++) {
    const place = places[i]!;
    const norm = norms[i]!;
    if (place.where === 'ファイル名' || c.titles.find(norm).length > 0) continue;
    const repaired = repairMisread(c.misreads, norm.slice(0, MISREAD_LINE));
    if (!repaired) continue;
    places.push({ ...place, where: `${place.where}（文字認識の1字の読み違いを補って）`, text: repaired });
    norms.push(repaired);
  }
}
