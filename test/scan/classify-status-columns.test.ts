import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Columns told by what their values are (pack.yaml `classify.columns`), not by their headings: how a
 * pupil's enrolment changed (転入 | 転出), who has not paid (済 | 未納) when the fee is alike for all,
 * the schools pupils hope to go to (short names beside full ones), and the near misses that must
 * stay low (a roster's 出身小, a loan list's 貸出中, a company list numbered No).
 */
const PUPILS = ['白石 湊斗', '今井 結愛', '大塚 陽翔', '新田 芽生', '小島 蒼真', '杉本 紗希', '平田 律', '宮原 凪'];

const csv = (name: string, rows: string[][]) => ({
  name,
  type: 'csv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});

const CASES: { id: string; input: ReturnType<typeof csv>; cls: string[]; reason: string }[] = [
  {
    id: 'pupils beside reports handed in and a credit’s outlook (可 | 要指導)',
    input: csv('レポート提出状況.csv', [
      ['番号', '氏名', '提出数', '単位見込'],
      ['1', PUPILS[0]!, '7', '可'],
      ['2', PUPILS[1]!, '10', '要指導'],
      ['3', PUPILS[2]!, '6', '要指導'],
      ['4', PUPILS[3]!, '3', '要指導'],
      ['5', PUPILS[4]!, '11', '可'],
    ]),
    cls: ['II', 'I'],
    reason: '合否',
  },
  {
    id: 'pupils beside 転入 or 転出, under a heading mamoru does not know',
    input: csv('Book5.csv', [
      ['区分', '学年', '名前', '日'],
      ['転入', '2', PUPILS[0]!, '2026/05/11'],
      ['転出', '5', PUPILS[1]!, '2026/07/20'],
      ['転入', '1', PUPILS[2]!, '2026/09/01'],
    ]),
    cls: ['II', 'I'],
    reason: '異動の種別',
  },
  {
    id: 'two pupils leaving, told by the column headed 転出先',
    input: csv('uketuke.csv', [
      ['受付日', '学年組', '氏名', '転出先', '転出日'],
      ['2026/05/02', '3年2組', PUPILS[3]!, '福岡市立（架空）箱崎小', '2026/05/20'],
      ['2026/06/10', '6年1組', PUPILS[4]!, '（架空）東町中', '2026/06/30'],
    ]),
    cls: ['II', 'I'],
    reason: '異動の種別',
  },
  {
    id: 'a fee alike for all, and who has not paid it',
    input: csv('list.csv', [
      ['no', 'name', 'yen', 'state'],
      ...PUPILS.map((n, i) => [String(i + 1), n, '3600', i === 3 || i === 6 ? '未納' : '済']),
    ]),
    cls: ['II', 'I'],
    reason: '未納',
  },
  {
    id: 'the schools pupils hope to go to, short names beside full ones',
    input: csv('集計.csv', [
      ['組', '番', '氏名', '希望'],
      ['1', '1', PUPILS[5]!, 'さくら台中'],
      ['1', '2', PUPILS[6]!, '熊本市立（架空）つばめ中'],
      ['2', '3', PUPILS[7]!, '私立架空学院中（受験）'],
    ]),
    cls: ['II', 'I'],
    reason: '企業・学校名',
  },
];

const NEAR_MISSES: { id: string; input: ReturnType<typeof csv> }[] = [
  {
    id: 'a class list with the school each pupil came from',
    input: csv('名簿_1年.csv', [
      ['組', '番', '氏名', '出身小'],
      ...PUPILS.map((n, i) => ['1', String(i + 1), n, ['桜丘小', 'ひかり台小', '桜丘小'][i % 3]!]),
    ]),
  },
  {
    id: 'a list of tablets lent to pupils',
    input: csv('端末.csv', [
      ['組', '番', '氏名', '端末番号', '状態'],
      ...PUPILS.map((n, i) => ['1', String(i + 1), n, `TB-${4000 + i * 37}`, '貸出中']),
    ]),
  },
  {
    id: 'a class list with every fee paid',
    input: csv('集金.csv', [['番号', '氏名', '金額', '状況'], ...PUPILS.map((n, i) => [String(i + 1), n, '3600', '済'])]),
  },
];

describe.each(['kumamoto', 'kurume'])('status and school columns (%s)', (policy) => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
    expect(r.reasons.join('\n')).toContain(c.reason);
    const out = JSON.stringify(r);
    for (const name of PUPILS) expect(out).not.toContain(name);
  });

  it.each(NEAR_MISSES.map((c) => [c.id, c] as const))('near miss: %s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });
});

/**
 * 1 to 5 in every subject beside pupils is a 評定一覧表 (Ⅰ) even where no cell says 評定: under the
 * subjects' names or their first characters (国 | 社 | 算 | 理). A checklist under the same headings stays low.
 */
describe.each(['kumamoto', 'kurume'])('ratings under subject headings (%s)', (policy) => {
  const RATINGS = ['34152', '52413', '41325', '23541', '15234', '44213', '32451', '25143'];
  const rating = (i: number, k: number) => RATINGS[i]![k]!;
  it.each([
    ['国', '社', '算', '理', '音'],
    ['国語', '社会', '数学', '理科', '英語'],
  ])('%s | %s | %s … over 1 to 5 is class I', (...subjects) => {
    const r = classifyDocument(
      getPack(policy),
      csv('Sheet2.csv', [
        ['番', '氏名', ...subjects],
        ...PUPILS.map((n, i) => [String(i + 1), n, ...subjects.map((_, k) => rating(i, k))]),
      ]),
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('評定一覧表');
  });

  it('near miss: what was handed in, under 国 | 数 | 英 | 理', () => {
    const r = classifyDocument(
      getPack(policy),
      csv('提出.csv', [
        ['氏名', '国', '数', '英', '理'],
        ...PUPILS.map((n, i) => [n, '○', i % 3 ? '○' : '未', '○', i === 4 ? '未' : '○']),
      ]),
    );
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });
});
