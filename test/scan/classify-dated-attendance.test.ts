import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Names beside four days of attendance marks (○ | 欠 | 遅) under headings that are the days (4/12 | 4/26)
 * are the 出席簿 with fewer days than a class register has: a 通信制's スクーリング, a club's 通所記録.
 */
const classify = (rows: string[][], name = '出席記録_前期.csv') =>
  classifyDocument(getPack('kumamoto'), {
    name,
    type: 'csv',
    text: rows.map((r) => r.join(',')).join('\n'),
    tables: [{ name: '', rows }],
  });

const pupils = ['石川 大和', '木村 紬', '原 澪', '藤井 大輝', '原田 陽葵'];
const marks = [
  ['○', '○', '○', '欠'],
  ['○', '○', '遅', '○'],
  ['欠', '○', '○', '○'],
  ['欠', '○', '欠', '欠'],
  ['○', '○', '欠', '○'],
];

describe('attendance under dated headings', () => {
  it('four days of marks beside pupils, headed by the days, are the 出席簿 (Ⅰ)', () => {
    const r = classify([
      ['学籍番号', '氏名', '4/12', '4/26', '5/10', '5/24'],
      ...pupils.map((p, i) => [`T2610${i}`, p, ...marks[i]!]),
    ]);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('出席簿');
  });

  it('the same marks under headings that are no days are not', () => {
    const r = classify([
      ['番号', '氏名', '国語', '数学', '英語', '理科'],
      ...pupils.map((p, i) => [`${i + 1}`, p, ...marks[i]!]),
    ]);
    expect(r.reasons.join('\n')).not.toContain('出席簿');
  });
});
