import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Tables about pupils known only by number, code or an English heading (eval/scan/blind-10): a row
 * per pupil (出席番号 running 1 … n, 学籍番号 S2026…, sid) with value cells written in is a record
 * about persons, never the blank form its title names; names in romaji are names. Near misses stay
 * harmless: the blank form with its value cells empty, a test's questions numbered 1 … 10.
 */
const table = (name: string, rows: string[][]) => ({
  name,
  type: 'csv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows }],
});
const text = (name: string, body: string) => ({ name, type: 'docx', text: body, tables: [] });
type Input = ReturnType<typeof table>;

const score = (i: number, j: number) => String(30 + ((i * 17 + j * 29) % 70));
const ROLL = Array.from({ length: 32 }, (_, i) => i + 1);

const CASES: { id: string; input: Input; cls: string[]; reason: string }[] = [
  {
    id: 'marks by No 1 … 32 under a file named for its marks (素点), not the blank form',
    input: table('2学期中間_2-3素点.xlsx', [
      ['No', '国', '社', '数', '理', '英'],
      ...ROLL.map((n) => [String(n), ...[0, 1, 2, 3, 4].map((j) => score(n, j))]),
    ]),
    cls: ['II', 'I'],
    reason: 'No・点数',
  },
  {
    id: 'heights and weights by sid | cls | no, two classes one after another',
    input: table('data (2).csv', [
      ['sid', 'cls', 'no', 'h', 'w', 'note'],
      ...Array.from({ length: 40 }, (_, i) => [
        String(26000 + i),
        i < 30 ? '1-1' : '1-2',
        String(i < 30 ? i + 1 : i - 29),
        (118 + ((i * 7) % 30)).toFixed(1),
        (21 + ((i * 5) % 20)).toFixed(1),
        i % 4 ? '' : 'heart murmur',
      ]),
    ]),
    cls: ['I'],
    reason: '身長',
  },
  {
    id: 'absences by 学籍番号 with their reasons',
    input: table('11月第1週.csv', [
      ['学籍番号', '11/4', '11/5', '11/6', '11/7', '欠席理由'],
      ...Array.from({ length: 12 }, (_, i) => [
        `S2026${1300 + i}`,
        i % 3 ? '' : '欠',
        i % 4 ? '' : '遅',
        i % 2 ? '欠' : '',
        '',
        ['通院（心療内科）', '', '家庭の事情（母親の不調）', ''][i % 4]!,
      ]),
    ]),
    cls: ['I'],
    reason: '家庭の事情',
  },
  {
    id: 'an English export of absences and their reasons by stu_id',
    input: table('export (1).tsv', [
      ['stu_id', 'abs_d', 'late', 'rsn'],
      ...Array.from({ length: 12 }, (_, i) => [
        `J3${String(i).padStart(2, '0')}`,
        String((i * 7) % 23),
        String(i % 5),
        ['sick', 'hospital', 'mental health (SC)', 'family'][i % 4]!,
      ]),
    ]),
    cls: ['I'],
    reason: 'stu_id・症状',
  },
  {
    id: 'a kanji test’s scores beside names in romaji and Hangul under Name',
    input: table('漢字テスト_11月.csv', [
      ['No', 'Name', 'Class', 'Score'],
      ...['Nguyen Van An', 'Maria Santos', 'Lucas Silva', '김민준', 'Wang Haoran', 'Le Thi Hoa', 'Joshua Dela Cruz'].map(
        (n, i) => [String(i + 1), n, `5-${(i % 3) + 1}`, score(i, 1)],
      ),
    ]),
    cls: ['II', 'I'],
    reason: '氏名・点数',
  },
  {
    id: 'report-card remarks drafted by pupil number',
    input: text(
      '通知表所見_下書き.docx',
      '2学期所見（下書き）5-2\n1番：計算が速く正確。発表の回数が増えた。\n2番：漢字の定着に課題。家庭学習の声かけを。\n3番：係活動に責任をもって取り組んだ。\n4番：音読が上手。',
    ),
    cls: ['II', 'I'],
    reason: '記入済み',
  },
];

const NEAR_MISSES: { id: string; input: Input; reason?: RegExp }[] = [
  {
    id: 'the blank marks sheet: No 1 … 32 with every score cell empty',
    input: table('2学期中間_素点.xlsx', [
      ['No', '国', '社', '数', '理', '英'],
      ...ROLL.map((n) => [String(n), '', '', '', '', '']),
    ]),
  },
  {
    id: 'a test’s ten questions numbered under No beside their marks',
    input: table('配点表.csv', [
      ['No', '配点', '正答率'],
      ...Array.from({ length: 10 }, (_, i) => [String(i + 1), String(5 + (i % 3) * 5), score(i, 2)]),
    ]),
  },
  {
    id: 'a blank remarks sheet whose numbers have nothing after them',
    input: text('通知表所見_様式.docx', '2学期所見\n1番：\n2番：\n3番：\n4番：'),
  },
];

describe('pupils by number or code (kumamoto)', () => {
  const pack = getPack('kumamoto');
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = classifyDocument(pack, c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
    expect(r.reasons.join('\n')).toContain(c.reason);
    expect(r.reasons.join('\n')).not.toMatch(/誰の情報も書かれていません|記入前の様式/);
  });

  it.each(NEAR_MISSES.map((c) => [c.id, c] as const))('near miss: %s', (_id, c) => {
    const r = classifyDocument(pack, c.input);
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });
});
