import { describe, expect, it } from 'vitest';
import { namesOneClass } from '../../policy/classify/read-pupil-columns.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A class written the short way in a file's name (5-3_体積.csv): its 番号 column is the class's
 * pupils, as under 「5年3組」, so their scores are a grade sheet; longer numbers are not a class.
 */
const csv = (name: string, rows: string[][]) => ({
  name,
  type: 'csv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});
const scores = [
  ['番号', '知識', '思考', '計'],
  ...Array.from({ length: 28 }, (_, i) => {
    const a = 20 + ((i * 7) % 30);
    const b = 15 + ((i * 11) % 35);
    return [String(i + 1), String(a), String(b), String(a + b)];
  }),
];

describe('a class in the file name (学年-組)', () => {
  it('reads 5-3, kokoro_4-1 and (2-1) as one class', () => {
    expect(namesOneClass('5-3_体積.csv', '')).toBe(true);
    expect(namesOneClass('kokoro_4-1.csv', '')).toBe(true);
    expect(namesOneClass('家庭訪問記録 (2-1).doc', '')).toBe(true);
  });
  it('does not take a pupil code, a date or two classes for one class', () => {
    expect(namesOneClass('2-3-15_記録.csv', '')).toBe(false);
    expect(namesOneClass('2026-05-03_集計.csv', '')).toBe(false);
    expect(namesOneClass('3-1_3-2_合同.csv', '')).toBe(false);
  });
  it('takes 番号 beside scores in 5-3_体積.csv for pupils: Ⅱ', () => {
    const r = classifyDocument(getPack(), csv('5-3_体積.csv', scores));
    expect(r.class).toBe('II');
  });
  // Unnamed by class, 番号 are pupils only as a class's roll (1 … 15 and more, pack.yaml
  // `roll_at_least`): eight numbered rows may be a test's questions.
  it('leaves a short table unnamed by class unclassed as Ⅱ', () => {
    const r = classifyDocument(getPack(), csv('体積_集計.csv', scores.slice(0, 9)));
    expect(r.class).not.toBe('II');
  });
  it('takes 番号 running 1 … 28 beside scores for a class’s roll even unnamed by class', () => {
    const r = classifyDocument(getPack(), csv('体積_集計.csv', scores));
    expect(r.class).toBe('II');
  });
});
