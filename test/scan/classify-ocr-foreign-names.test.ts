import { describe, expect, it } from 'vitest';
import { latinWords } from '../../extract/ocr/ocr-layout.js';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A photographed register whose names are foreign (issue 14, blind-10 IMG_3302): a pupil's name in
 * letters (Nguyen Van An) or in katakana with a middle dot (サントス・マリア) fills the form as a
 * Japanese name does; the blank form stays its template.
 */
const classify = (rows: string[][]) => {
  const text = ['転入学受付簿', ...rows.map((r) => r.join(' '))].join('\n');
  const input: ClassifyInput = {
    name: 'IMG_3302.jpg',
    type: 'image',
    text,
    headings: ['転入学受付簿'],
    tables: [{ rows, headerRow: 0 }],
  };
  return classifyDocument(getPack('kumamoto'), input);
};

describe('a register of foreign names read by OCR', () => {
  it('is the filled register (class II) with names in letters and katakana', () => {
    const rows = [
      ['受付日', '氏名', '前籍校'],
      ['4/8', 'Nguyen Van An', 'ハノイ日本人学校'],
      ['6/2', '城山RAL', '福岡市立OO小'],
      ['9/1', 'サントス・マリア', '大阪市立へム小'],
    ];
    const result = classify(rows);
    expect(result.class).toBe('II');
    expect(result.asset?.id).toBe('transfer_in_register');
  });

  it('stays the template when its rows are blank', () => {
    const rows = [
      ['受付日', '氏名', '前籍校'],
      ['', '', ''],
      ['', '', ''],
    ];
    expect(classify(rows).class).not.toBe('II');
  });

  it('is not filled by katakana words in the name column that are no names (ハノイ日本人学校)', () => {
    const rows = [
      ['受付日', '氏名', '前籍校'],
      ['', 'キーワード', ''],
      ['', 'ミーティング', ''],
    ];
    expect(classify(rows).class).not.toBe('II');
  });
});

describe('latinWords', () => {
  it('keeps a space between two words of letters in an OCR cell', () => {
    expect(latinWords('Nguyen', 'Van')).toBe(true);
    expect(latinWords('山田', '太郎')).toBe(false);
    expect(latinWords('城山', 'RAL')).toBe(false);
  });
});
