import { describe, expect, it } from 'vitest';
import { largePrintLines } from '../../extract/ocr/ocr-headings.js';
import { parseTsv, readingConfidence } from '../../extract/ocr/ocr-layout.js';
import { ocrHeadings } from '../../extract/ocr/ocr-text.js';

/** A TSV word: block, line, left, top, width, height, confidence, text. */
const word = (block: number, line: number, box: [number, number, number, number], text: string, conf = 90) =>
  ['5', '1', `${block}`, '1', `${line}`, '1', ...box.map(String), `${conf}`, text].join('\t');

describe('largePrintLines', () => {
  it('finds a title in large print that tesseract read after the ruled table below it', () => {
    const tsv = [
      // The table's rows come first in tesseract's order; a ruled line read as 「|」 is row-tall.
      word(1, 1, [60, 200, 60, 24], '月日'),
      word(1, 1, [130, 196, 6, 40], '|'),
      word(1, 1, [150, 200, 60, 24], '氏名'),
      word(1, 2, [60, 240, 60, 24], '7/3'),
      word(1, 2, [130, 236, 6, 40], '|'),
      word(1, 2, [150, 240, 90, 24], '坂口'),
      word(1, 3, [60, 280, 60, 25], '7/4'),
      word(1, 3, [150, 280, 90, 24], '森'),
      // The title stands apart to the right, above the table, in print twice as tall.
      word(2, 1, [500, 100, 200, 50], '保健室来室記録'),
      word(2, 1, [740, 100, 100, 50], '2年1組'),
    ].join('\n');
    expect(largePrintLines(parseTsv(tsv))).toEqual(['保健室来室記録 2年1組']);
  });

  it('takes no line of small print for a title, though some of its words touch a ruled line', () => {
    const tsv = [
      word(1, 1, [60, 200, 60, 24], '住所'),
      word(1, 1, [130, 196, 60, 48], '熊本市'),
      word(1, 1, [200, 200, 60, 24], '東区'),
      word(1, 1, [270, 200, 60, 24], '新町'),
      word(1, 2, [60, 240, 60, 24], '電話'),
      word(1, 2, [130, 240, 90, 24], '096-000-1111'),
      word(1, 3, [60, 280, 60, 24], '氏名'),
    ].join('\n');
    expect(largePrintLines(parseTsv(tsv))).toEqual([]);
  });
});

describe('ocrHeadings', () => {
  it("gives a scan of several forms each page's title after its first line, each once", () => {
    expect(ocrHeadings(['指導要録 抄本'], [['指導要録 抄本'], ['家庭訪問記録'], []])).toEqual(['指導要録 抄本', '家庭訪問記録']);
  });
});

describe('readingConfidence', () => {
  it('weighs words by their length and counts the characters tesseract vouches for', () => {
    const tsv = [word(1, 1, [0, 0, 60, 20], '欠席届', 90), word(1, 1, [70, 0, 20, 20], 'x', 30)].join('\n');
    const c = readingConfidence(tsv);
    expect(c.mean).toBeCloseTo(75);
    expect(c.sure).toBeCloseTo(3);
  });
});
