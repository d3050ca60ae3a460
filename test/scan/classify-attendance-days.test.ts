import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Names beside the days each pupil came or stayed away, under a heading that says so (日数, 出席日数,
 * 通所日数: column kind `days`), are attendance by pupil: a 教育支援センター's 通所記録, a 卒業認定 sheet. Days of
 * leave a member of staff took (年休取得日数) are not a pupil's attendance.
 */
const classify = (rows: string[][], name = 'SCAN_20241031_0001.pdf') =>
  classifyDocument(getPack('kumamoto'), {
    name,
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ name: '', rows }],
  });

const pupils = ['藤本 咲良', '園田 千尋', '宮本 陽翔', '川口 健太', '石原 大翔'];
const days = ['12', '14', '6', '6', '14'];

describe('days of attendance beside names', () => {
  it('a 通所記録 of names, schools and days is the 出席簿 (Ⅰ)', () => {
    const r = classify([['氏名', '在籍校', '日数'], ...pupils.map((p, i) => [p, '長嶺南中', days[i]!])]);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('出欠の日数');
  });

  it('days of leave taken by staff are not a pupil’s attendance', () => {
    const r = classify([['氏名', '年休取得日数'], ...pupils.map((p, i) => [p, days[i]!])], 'Book1.xlsx');
    expect(r.reasons.join('\n')).not.toContain('出欠の日数');
  });
});
