import { describe, expect, it } from 'vitest';
import { leftRowsUnread, mergeReadings } from '../../extract/ocr/ocr-unread.js';

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

describe('mergeReadings', () => {
  it('keeps the default reading whole and adds only the rows it did not read', () => {
    const merged = mergeReadings(['家庭環境調査票', '保護者氏名', '電話番号 096-555-0101'], {
      lines: ['家庭環境調査票', '保護者氏名：森下 彩', '電話番号：096-555-0101'],
      tables: [],
    });
    expect(merged.lines).toEqual(['家庭環境調査票', '保護者氏名', '電話番号 096-555-0101', '保護者氏名：森下 彩']);
  });
});
