import { describe, expect, it } from 'vitest';
import { parseTsv, rebuildPage } from '../../extract/ocr/ocr-layout.js';

/** A TSV row of one word: block, line, left, top, width, height, text (20 px high words). */
const word = (block: number, line: number, left: number, top: number, width: number, text: string) =>
  ['5', '1', `${block}`, '1', `${line}`, '1', `${left}`, `${top}`, `${width}`, '20', '90', text].join('\t');

describe('rebuildPage', () => {
  it('joins a form label and the value tesseract put in another block, on a tilted photo', () => {
    // The photo leans: text further right sits higher (10 px per 200 px).
    const tsv = [
      word(4, 1, 100, 150, 160, '熊本市立清水'),
      word(4, 1, 270, 143, 100, '小学校長'),
      word(1, 1, 100, 200, 80, '児童氏名'),
      word(1, 2, 100, 260, 40, '住所'),
      word(2, 1, 400, 186, 40, '森下'),
      word(2, 1, 454, 183, 40, '陽菜'),
      word(3, 1, 400, 246, 180, '熊本市北区清水本町3-8'),
      word(3, 1, 100, 400, 60, '令和7年'),
    ].join('\n');
    expect(rebuildPage(parseTsv(tsv)).lines).toEqual([
      '熊本市立清水小学校長',
      '児童氏名：森下 陽菜',
      '住所：熊本市北区清水本町3-8',
      '令和7年',
    ]);
  });

  it('reads rows whose cells line up under a header as a table, empty cells kept', () => {
    const rows = [
      ['番号', '氏名', '区分', '理由'],
      ['1', '川口 颯太', '出席', ''],
      ['2', '今井 結衣', '欠席', '発熱'],
      ['3', '野村 蒼', '遅刻', '通院'],
    ];
    const tsv = rows
      .flatMap((cells, r) =>
        cells.map((text, c) => (text ? word(r + 1, 1, 50 + c * 200, 100 + r * 40, 20 * text.length, text) : '')),
      )
      .filter(Boolean)
      .join('\n');
    const page = rebuildPage(parseTsv(tsv));
    expect(page.tables).toEqual([{ rows, headerRow: 0 }]);
    expect(page.lines[1]).toBe('1\t川口 颯太\t出席');
  });
});

describe('fields of a blank form', () => {
  it('takes no underline noise, printed label or large title for a written value', () => {
    const tsv = [
      // A title in large print, split by a wide gap: a heading, not 「緊急連絡：カード」.
      ['5', '1', '1', '1', '1', '1', '100', '40', '160', '40', '90', '緊急連絡'].join('\t'),
      ['5', '1', '1', '1', '1', '2', '400', '40', '120', '40', '90', 'カード'].join('\t'),
      word(2, 1, 100, 150, 100, '保護者氏名'),
      word(2, 1, 400, 150, 60, '_ fl'),
      word(3, 1, 100, 200, 40, '氏名'),
      word(3, 1, 400, 200, 80, '生年月日'),
      word(4, 1, 100, 250, 80, '生年月日'),
      word(4, 1, 400, 250, 20, 'ー'),
      word(5, 1, 100, 300, 60, '電話番号'),
      word(5, 1, 400, 300, 200, '096-123-4567'),
    ].join('\n');
    expect(rebuildPage(parseTsv(tsv)).lines).toEqual([
      '緊急連絡\tカード',
      '保護者氏名\t_ fl',
      '氏名\t生年月日',
      '生年月日\tー',
      '電話番号：096-123-4567',
    ]);
  });
});

describe('ruled tables read by OCR', () => {
  it('parts cells at ruled lines read as marks, and keeps the marks out of the values', () => {
    // A scanned sleep-check sheet with narrow ruled columns: tesseract reads each vertical line as
    // 「|」「{」「]」 or 「l」, alone or glued to the number beside it, and the columns sit close together.
    const lines = [
      [
        [60, 40, '月日'],
        [102, 8, '|'],
        [114, 40, '番号'],
        [156, 8, '|'],
        [168, 40, '睡眠'],
        [210, 8, '|'],
        [222, 40, '起床'],
      ],
      [
        [60, 40, '5/8'],
        [104, 30, '|1'],
        [162, 40, '{7.5'],
        [240, 44, '6:30'],
      ],
      [
        [60, 40, '5/8'],
        [104, 30, ']2'],
        [162, 40, 'l8.0'],
        [240, 44, '6:45'],
      ],
      [
        [60, 40, '5/8'],
        [104, 30, '|3'],
        [162, 40, '|6.5]'],
        [240, 44, '7:00'],
      ],
    ] as const;
    const tsv = lines
      .flatMap((cells, r) => cells.map(([left, width, text]) => word(1, r + 1, left, 100 + r * 40, width, text)))
      .join('\n');
    expect(rebuildPage(parseTsv(tsv)).tables[0]?.rows).toEqual([
      ['月日', '番号', '睡眠', '起床'],
      ['5/8', '1', '7.5', '6:30'],
      ['5/8', '2', '8.0', '6:45'],
      ['5/8', '3', '6.5', '7:00'],
    ]);
  });

  it('parts two words a mark was read between, inside one word', () => {
    const tsv = [
      word(1, 1, 60, 100, 140, '番号|氏名|体温'),
      word(1, 2, 60, 140, 140, '1|甲斐|36.4'),
      word(1, 3, 60, 180, 140, '2|村田|36.8'),
    ].join('\n');
    expect(rebuildPage(parseTsv(tsv)).lines).toEqual(['番号\t氏名\t体温', '1\t甲斐\t36.4', '2\t村田\t36.8']);
  });
});
