import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Staff by number (職員番号 | 20006) stand for the staff as names do, under a heading that says so:
 * beside a diagnosis they are the staff's health (Ⅰ), beside the kind of leave their 出勤簿 (Ⅱ). A row
 * with a number of five digits or more is data, even when one of its cells is also a heading word (忌引).
 */
const classify = (rows: string[][]) =>
  classifyDocument(getPack('kumamoto'), {
    name: 'R8休暇集計_管理職用.xlsx',
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ name: 'Sheet1', rows }],
  });

const rows = [
  ['職員番号', '期間', '種別', '事由', '診断書'],
  ['20006', '6/26〜', '特別休暇', '適応障害', '無'],
  ['20005', '8/21〜', '病気休暇', '妊娠障害', '有'],
  ['20001', '6/25〜', '病気休暇', '腰椎椎間板ヘルニア手術', '無'],
  ['20013', '11/2〜', '特別休暇', '適応障害', '有'],
  ['20013', '10/15〜', '特別休暇', '忌引', '有'],
  ['20004', '9/9〜', '病気休暇', '適応障害', '有'],
];

describe('staff by number', () => {
  it('beside the leave each took and its cause, a diagnosis, they are the staff’s health (Ⅰ)', () => {
    const r = classify(rows);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('職員番号');
  });

  it('numbers under a heading that is no staff number say nothing', () => {
    const r = classify([['受付番号', '事由'], ...rows.slice(1).map((row) => [row[0]!, row[3]!])]);
    expect(r.class === 'I' || r.class === 'II').toBe(false);
  });
});
