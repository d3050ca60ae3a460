import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A column of scores (0–100) and one of grades (A・B・C) beside pupils are their marks, in a sheet
 * with no title or heading (無題のスプレッドシート.xlsx): the score and the grade it earned.
 */
const classify = (rows: string[][]) =>
  classifyDocument(getPack('kumamoto'), {
    name: '無題のスプレッドシート.xlsx',
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ name: 'シート1', rows }],
  });

const pupils = ['池田 健太', '坂本 蓮', '小野 陽斗', '青木 拓海', '三浦 結菜', '和田 律'];
const scores = ['48', '60', '30', '89', '32', '59'];
const grades = ['A', 'B', 'C', 'C', 'A', 'C'];

describe('a score and a grade by pupil', () => {
  it('numbered pupils with a score and a grade each are marks (Ⅱ)', () => {
    const r = classify(pupils.map((p, i) => [`${i + 1}`, p, scores[i]!, grades[i]!]));
    expect(r.class, r.reasons.join('\n')).toBe('II');
  });

  it('pupils with a grade only are not', () => {
    const r = classify(pupils.map((p, i) => [`${i + 1}`, p, grades[i]!]));
    expect(r.class === 'I' || r.class === 'II').toBe(false);
  });
});
