import { describe, expect, it } from 'vitest';
import { quietLatin } from '../../policy/classify/read-ocr-latin.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A handwritten name OCR's English model read as capitals after the part it read (「金子 WER」「徳永 HAA」):
 * in a photo or a scan the capitals are left out, so the row keeps its cells and the surname is read.
 */
const pack = getPack('kumamoto');

describe('capitals after a name’s part in a photo', () => {
  it('are left out of the text and the cells of a scan, and only of a scan', () => {
    const input = {
      name: 'IMG_2433.jpg',
      text: '金子 WER 1-2 えび除去\nHR 保体',
      tables: [
        {
          rows: [
            ['徳永 HAA', '9'],
            ['HR', 'PTA'],
          ],
          headerRow: 0,
        },
      ],
      ocr: { pages: 1 },
    };
    const quiet = quietLatin(input);
    expect(quiet.text).toBe('金子 1-2 えび除去\nHR 保体');
    expect(quiet.tables?.[0]?.rows).toEqual([
      ['徳永', '9'],
      ['HR', 'PTA'],
    ]);
    const { ocr: _, ...typed } = input;
    expect(quietLatin(typed)).toBe(typed);
  });

  it('a photographed list of foods left out, one name misread, is about the pupils (Ⅰ)', () => {
    const r = classifyDocument(pack, {
      name: 'IMG_2433.jpg',
      text: [
        '除去食 配膳確認表 7/2',
        '藤田 結菜 2-1 卵除去 確認〇',
        '上田 4-3 乳除去 確認〇',
        '金子 WER 1-2 えび除去 確認〇',
      ].join('\n'),
      ocr: { pages: 1 },
    });
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });
});
