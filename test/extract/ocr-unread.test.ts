import { describe, expect, it } from 'vitest';
import { leftAreaUnread, leftRowsUnread, mergeReadings } from '../../extract/ocr/ocr-unread.js';

/** A TSV row: level, block, left, top, width, height, text (page 1, paragraph 1, line 1). */
const row = (level: number, block: number, box: [number, number, number, number], text = '') =>
  [`${level}`, '1', `${block}`, '1', '1', '1', ...box.map(String), '-1', text].join('\t');

const page = row(1, 0, [0, 0, 1200, 1600]);
const title = [row(2, 1, [400, 60, 400, 30]), row(5, 1, [400, 60, 200, 30], '家庭環境'), row(5, 1, [600, 60, 200, 30], '調査票')];

describe('leftRowsUnread', () => {
  it('finds a row-sized empty box spanning the page (a filled row taken for a picture)', () => {
    const tsv = [page, ...title, row(2, 2, [100, 200, 900, 70])].join('\n');
    expect(leftRowsUnread(tsv)).toBe(true);
  });

  it('leaves alone ruled lines, the page frame and a small stamp', () => {
    const tsv = [
      page,
      ...title,
      row(2, 2, [100, 200, 900, 6]),
      row(2, 3, [0, 0, 1200, 1600]),
      row(2, 4, [900, 1300, 150, 150]),
    ].join('\n');
    expect(leftRowsUnread(tsv)).toBe(false);
  });
});

describe('leftAreaUnread', () => {
  // A chat screenshot (720 × 340): the sender's name and the reply were read, the white message
  // bubble on the coloured screen was taken for a picture, its lines lost however sure the rest is.
  const screen = row(1, 0, [0, 0, 720, 340]);
  const name = [row(2, 1, [91, 93, 51, 16]), row(5, 1, [91, 93, 51, 16], '荒川健')];
  const reply = [row(2, 3, [166, 257, 464, 22]), row(5, 3, [166, 257, 464, 22], 'ありがとうございます。')];

  it('finds a large empty block where text was lost (a message bubble)', () => {
    const tsv = [screen, ...name, row(2, 2, [86, 88, 546, 136]), ...reply].join('\n');
    expect(leftAreaUnread(tsv)).toBe(true);
    // The row-sized test does not see it: the bubble is taller than a form's row.
    expect(leftRowsUnread(tsv)).toBe(false);
  });

  it('leaves alone a page read whole, a ruled line, a small stamp and the page frame', () => {
    const tsv = [
      screen,
      ...name,
      ...reply,
      row(2, 4, [480, 257, 2, 21]),
      row(2, 5, [600, 20, 60, 60]),
      row(2, 6, [0, 0, 720, 340]),
    ].join('\n');
    expect(leftAreaUnread(tsv)).toBe(false);
  });
});

describe('mergeReadings', () => {
  it('keeps the default reading whole and adds only the rows it did not read', () => {
    const merged = mergeReadings(['家庭環境調査票', '保護者氏名', '電話番号 096-555-0101'], {
      lines: ['家庭環境調査票', '保護者氏名：森下 彩', '電話番号：096-555-0101'],
      tables: [],
    });
    expect(merged.lines).toEqual(['家庭環境調査票', '保護者氏名', '電話番号 096-555-0101', '保護者氏名：森下 彩']);
  });
});
