import { describe, expect, it } from 'vitest';
import { quietLatin } from '../../policy/classify/read-ocr-latin.js';

/**
 * A handwritten name OCR's English model read as capitals after the part it read (「金子 WER」「徳永 HAA」):
 * in a photo or a scan the capitals are left out, so the row keeps its cells and the surname is read.
 */
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
});
