import { median, type OcrWord } from './ocr-layout.js';

/** A line whose words are this much taller than the page's usual word is in large print: a title. */
const LARGE_PRINT = 1.3;
/** A title is short: a longer line in large print is a notice or a slogan, not what the page is. */
const MAX_TITLE_CHARS = 40;
/** Fewest kanji or kana a title holds (a large page number or a stamp's mark has none). */
const MIN_TITLE_CHARS = 2;
const JAPANESE = /[\p{sc=Han}\p{sc=Hiragana}ァ-ヺ]/gu;
/** A word of letters or digits, not a mark alone. */
const LETTER = /^[\p{L}\p{N}][\p{L}\p{N}ー・]*$/u;
/** A gap this many word heights wide is a space between words (健康観察表 1年4組). */
const SPACE_GAP = 0.6;

/**
 * The page's titles: its lines in large print, in reading order from the top. Tesseract often
 * reads a title standing apart above a ruled table last, after the table's rows (健康観察表 at
 * the foot of the text), and a scan of several forms has a title on each page (調査書 on page 2):
 * the first line of the text would miss both.
 *
 * @example largePrintLines(parseTsv(tsv)) // ['健康観察表 1年4組']
 */
export function largePrintLines(words: OcrWord[]): string[] {
  // A ruled line read as 「|」 or 「[」 is as tall as its row: only letters measure the print.
  const letters = words.filter((w) => LETTER.test(w.text));
  if (letters.length === 0) return [];
  const h = median(letters.map((w) => w.height));
  const lines = new Map<string, OcrWord[]>();
  for (const w of letters) {
    const line = lines.get(w.line);
    if (line) line.push(w);
    else lines.set(w.line, [w]);
  }
  const titles: { top: number; text: string }[] = [];
  for (const line of lines.values()) {
    if (lowerQuartile(line.map((w) => w.height)) <= h * LARGE_PRINT) continue;
    const text = joinWords(line);
    if (text.length > MAX_TITLE_CHARS || (text.match(JAPANESE) ?? []).length < MIN_TITLE_CHARS) continue;
    titles.push({ top: Math.min(...line.map((w) => w.top)), text });
  }
  return titles.sort((a, b) => a.top - b.top).map((t) => t.text);
}

/**
 * The height most of a line's words reach: a word's box touching a ruled line is as tall as the
 * row, so a form's row of small print has some tall words, a title has all of them tall.
 */
function lowerQuartile(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)]!;
}

/** A line's words left to right, a space where they stand apart. */
function joinWords(line: OcrWord[]): string {
  const words = [...line].sort((a, b) => a.left - b.left);
  const h = median(words.map((w) => w.height));
  let text = '';
  let right = Number.NEGATIVE_INFINITY;
  for (const w of words) {
    text += text && w.left - right > h * SPACE_GAP ? ` ${w.text}` : w.text;
    right = w.left + w.width;
  }
  return text.trim();
}
