import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A column headed by a sum of money (滞納額, 支給額) holds what each person owes or is paid, however
 * it differs from row to row; without such a heading, sums that all differ are prices, not fees.
 */
const classify = (rows: string[][]) =>
  classifyDocument(getPack('kumamoto'), {
    name: 'Book1.xlsx',
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ name: 'Sheet1', rows }],
  });
const high = (c: string | null) => c === 'I' || c === 'II';

const pupils = ['福田 莉子', '古閑 美月', '田中 葵', '松尾 杏', '田中 陽翔', '内田 紬'];
const sums = ['15000', '13000', '28000', '16000', '34000', '9000'];

describe('sums of money by person', () => {
  it('under 滞納額 beside pupils: what each family owes', () => {
    const r = classify([['児童名', '滞納額'], ...pupils.map((p, i) => [p, sums[i]!])]);
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
    expect(r.reasons.join('\n')).toContain('金額');
  });

  it('sums that all differ under no heading of money are not a fee by pupil', () => {
    const r = classify([['児童名', '記録'], ...pupils.map((p, i) => [p, sums[i]!])]);
    expect(r.reasons.join('\n')).not.toContain('金額');
  });

  it('a price list under 金額 names no one', () => {
    const items = ['ノート', '鉛筆', '絵の具', '習字セット', '彫刻刀', '裁縫セット'];
    const r = classify([['品名', '金額'], ...items.map((p, i) => [p, sums[i]!])]);
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });
});
