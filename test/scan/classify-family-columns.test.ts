import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A column whose heading names a family's circumstances (在留資格, 家族構成: column kind `family_status`),
 * written in beside pupils, tells each pupil's 生活歴 (Ⅰ), whatever the values' words; the same
 * heading over empty cells is a form still to be filled in.
 */
const classify = (rows: string[][], name = '在留資格_写し管理.xlsx') =>
  classifyDocument(getPack('kumamoto'), {
    name,
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ name: '管理', rows }],
  });

describe('a family’s circumstances by pupil', () => {
  it('pupils in katakana beside their residence status are their 生活歴 (Ⅰ)', () => {
    const r = classify([
      ['児童', '在留資格', 'カード番号', '期限'],
      ['グエン・ヴァン・アン', '永住者', 'AB02579811CD', '2027-09-01'],
      ['チャン・ティ・ラン', '特定活動', 'AB10351919CD', '2027-10-01'],
      ['マリア・サントス', '定住者', 'AB34296874CD', '2027-06-01'],
    ]);
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('the heading over nothing written in is no one’s', () => {
    const r = classify(
      [
        ['氏名', '家族構成', '住所'],
        ['', '', ''],
        ['', '', ''],
      ],
      'Book1.xlsx',
    );
    expect(r.class === 'I' || r.class === 'II').toBe(false);
  });
});
