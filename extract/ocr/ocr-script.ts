import { median, tsvRows } from './ocr-layout.js';

const JAPANESE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const JAPANESE_ALL = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
const LATIN_ALL = /[A-Za-z]/g;
/** A word of Latin letters only (a mark or two beside them), no digit, no kana or kanji: 「Rex」「Bs}」「AIF」. */
const LATIN_WORD = /^[^\p{L}\p{N}]*[A-Za-z]{2,}[^\p{L}\p{N}]*$/u;
/** A line whose words are this much taller than the page's usual word is in large print: a title. */
const LARGE_PRINT = 1.3;
/** Tesseract's confidence (0–100) below which a word of letters is doubted (「Teams」 on a screen is read at 80 or more). */
const SURE_LATIN = 75;

/**
 * Whether the Japanese-and-English reading took Japanese for Latin letters: a doubtful word of letters on a
 * line of kanji and kana (a name written by hand read as 「8年1組 PH AIF」), or a title in large
 * print read as letters alone (反省文 as 「Rex」), on a page that is mostly Japanese. The English
 * model wins such shapes where the Japanese one alone reads them right.
 */
export function misreadAsLatin(tsv: string): boolean {
  const lines = new Map<string, { text: string; height: number; conf: number }[]>();
  let japanese = 0;
  let latin = 0;
  for (const row of tsvRows(tsv)) {
    if (row.level !== '5' || !row.text || !(row.height > 0)) continue;
    japanese += (row.text.match(JAPANESE_ALL) ?? []).length;
    latin += (row.text.match(LATIN_ALL) ?? []).length;
    const key = row.path.slice(1, 4).join('/');
    const line = lines.get(key);
    if (line) line.push(row);
    else lines.set(key, [row]);
  }
  if (japanese <= latin) return false;
  const h = median([...lines.values()].flat().map((w) => w.height));
  for (const words of lines.values()) {
    const latinWords = words.filter((w) => LATIN_WORD.test(w.text) && w.conf < SURE_LATIN);
    if (latinWords.length === 0) continue;
    if (words.some((w) => JAPANESE.test(w.text))) return true;
    if (latinWords.length === words.length && median(words.map((w) => w.height)) > h * LARGE_PRINT) return true;
  }
  return false;
}
