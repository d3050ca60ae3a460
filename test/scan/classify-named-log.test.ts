import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A log kept about one pupil names them in its file's name and nowhere in its rows (医療的ケア実施記録,
 * 発作記録): health entries in some of its rows (嘔吐, 発熱 among 特変なし) are what it tells of that
 * pupil, class I. With no person in the file's name, or no health entry, it says nothing of anyone.
 */
const LOG = [
  ['日付', '時刻', '実施内容', '実施者', '様子'],
  ['2026/9/1', '10:30', '吸引', '堤 由香', '特変なし'],
  ['2026/9/1', '13:00', '吸引', '堤 由香', '発熱 37.8'],
  ['2026/9/2', '10:30', '吸引', '堤 由香', '特変なし'],
  ['2026/9/2', '13:00', '吸引', '堤 由香', '嘔吐あり'],
  ['2026/9/3', '10:30', '吸引', '堤 由香', '特変なし'],
];

const table = (name: string, rows: string[][]) => ({
  name,
  type: 'xlsx',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});

describe.each(['kumamoto', 'kurume'])('a log about the pupil its file names (%s)', (policy) => {
  it('is that pupil’s health record, class I', () => {
    const r = classifyDocument(getPack(policy), table('吉村_陽向_9月.xlsx', LOG));
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('ファイル名の氏名');
    expect(JSON.stringify(r)).not.toContain('吉村');
  });

  it('names nobody when the file’s name names nobody', () => {
    const r = classifyDocument(getPack(policy), table('実施記録_9月.xlsx', LOG));
    expect(r.class, r.reasons.join('\n')).not.toBe('I');
  });

  it('tells nothing of health without a health entry', () => {
    const rows = LOG.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), '特変なし']));
    const r = classifyDocument(getPack(policy), table('吉村_陽向_9月.xlsx', rows));
    expect(r.class, r.reasons.join('\n')).not.toBe('I');
  });
});
