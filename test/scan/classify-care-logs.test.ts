import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * The 医療的ケア given at school (吸引, 経管栄養, 導尿, 吸入 …) beside pupils by name are a care log,
 * the body's state by pupil (Ⅰ), whatever the sheet is called; the procedures without pupils (a
 * training plan) are not.
 */
const ROWS = [
  ['11/02', '13:45', '中村 将吾', '吸入', '98', '95', '担任', ''],
  ['11/03', '10:15', '松本 愛梨', '経管栄養', '94', '73', '看護師A', '痰多め'],
  ['11/04', '13:45', '中村 将吾', '導尿', '96', '112', '看護師B', ''],
  ['11/05', '11:30', '本田 壮真', '吸引', '94', '109', '看護師B', ''],
  ['11/06', '14:15', '松本 愛梨', '導尿', '93', '79', '担任', '嘔吐1回'],
];
const HEADER = ['日付', '時刻', '児童', 'ケア', 'SpO2', '脈拍', '実施者', '特記'];

describe('a 医療的ケア log by its cells', () => {
  it('pupils beside the care given them are Ⅰ', () => {
    const rows = [HEADER, ...ROWS];
    const r = classifyDocument(getPack('kumamoto'), {
      name: 'Book3.xlsx',
      type: 'xlsx',
      text: rows.map((row) => row.join('\t')).join('\n'),
      tables: [{ rows, headerRow: 0 }],
    });
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('the procedures and who trains for them, no pupil, are not', () => {
    const rows = [
      ['月', '研修内容', '担当'],
      ['4月', '吸引', '看護師'],
      ['5月', '経管栄養', '看護師'],
      ['6月', '導尿', '看護師'],
      ['7月', '吸入', '看護師'],
    ];
    const r = classifyDocument(getPack('kumamoto'), {
      name: '研修計画.xlsx',
      type: 'xlsx',
      text: rows.map((row) => row.join('\t')).join('\n'),
      tables: [{ rows, headerRow: 0 }],
    });
    expect(r.class).not.toBe('I');
  });
});
