import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Tables whose headings are missing or free text (pack.yaml `headless`, `headed_by` column kinds):
 * totals past 100 beside pupils' codes with no heading are results; short answers in a table whose
 * headings name a counselling are what each pupil asked to talk about. Near misses stay lower: the
 * same numbers under a heading that says what they are, short answers under headings naming no matter.
 */
const table = (name: string, rows: string[][]) => ({
  name,
  type: 'xlsx',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});
const TOTALS = [115, 124, 161, 101, 157, 151, 169, 115, 119, 161, 172, 165];
const SCHOOLS = ['月見坂', '鷺ノ尾', '栞台北'];
const NAMES = ['岩本　美咲', '山口　芽依', '高木　彩花', '佐藤　柚希', '井上　陸', '藤田　拓海'];
const WISHES = ['部活をやめたい', '家にいたくない', '友だちがいない', '家にいたくない', '友だちがいない', '部活をやめたい'];

const RANK: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const atLeast = (got: string | null, cls: string) => got !== null && RANK[got]! <= RANK[cls]!;

describe.each(['kumamoto', 'kurume'])('headless and free-text headed tables (%s)', (policy) => {
  it('pupils’ codes beside a school and totals past 100, no heading: results (Ⅱ at least)', () => {
    const rows = TOTALS.map((t, i) => [`9-2-${i + 1}`, SCHOOLS[i % 3]!, String(t)]);
    const r = classifyDocument(getPack(policy), table('Book1.xlsx', rows));
    expect(atLeast(r.class, 'II'), r.reasons.join('\n')).toBe(true);
    expect(r.reasons.join('\n')).toContain('合計点');
  });

  it('the same numbers under a heading that says what they are (内線) are no results', () => {
    const rows = [['番号', '学校', '内線'], ...TOTALS.map((t, i) => [`9-2-${i + 1}`, SCHOOLS[i % 3]!, String(t)])];
    const r = classifyDocument(getPack(policy), table('Book1.xlsx', rows));
    expect(r.reasons.join('\n')).not.toContain('合計点');
  });

  it('names under 面談希望 with what each wants to talk about: a counselling record (Ⅰ)', () => {
    const rows = [['番', '氏名', '面談希望', '相談したいこと'], ...NAMES.map((n, i) => [String(i * 3 + 1), n, '○', WISHES[i]!])];
    const r = classifyDocument(getPack(policy), table('新規 Microsoft Excel ワークシート.xlsx', rows));
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('相談したいこと');
    for (const n of NAMES) expect(r.reasons.join('\n')).not.toContain(n);
  });

  it('the same short answers under headings naming no matter (感想) are not a counselling record', () => {
    const rows = [['番', '氏名', '感想'], ...NAMES.map((n, i) => [String(i * 3 + 1), n, WISHES[i]!])];
    const r = classifyDocument(getPack(policy), table('新規 Microsoft Excel ワークシート.xlsx', rows));
    expect(r.class, r.reasons.join('\n')).not.toBe('I');
  });
});
