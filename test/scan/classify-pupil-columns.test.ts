import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Tables that name no pupil but number them (pack.yaml `classify.pupil_columns`): a column of 年-組-番
 * or of 出席番号 beside scores or complaints stands for the pupils as names would. Near misses keep
 * their class: a test's questions numbered 1-1-1, rates of right answers for several classes, a
 * roster of codes with nothing sensitive beside them.
 */
const table = (name: string, rows: string[][]) => ({
  name,
  type: 'csv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows }],
});
/** A text export: its table is read from the lines (no `tables`). */
const text = (name: string, body: string): ReturnType<typeof table> => ({ name, type: 'txt', text: body, tables: [] });

const SCORES = [
  [64, 71, 58],
  [88, 92, 79],
  [45, 39, 62],
  [73, 80, 91],
  [56, 67, 48],
  [95, 84, 77],
  [31, 52, 60],
  [69, 74, 83],
];

const CASES: { id: string; input: ReturnType<typeof table>; cls: string[]; reason: string }[] = [
  {
    id: 'marks by 年組番, headed',
    input: table('2学期中間_2-3.csv', [
      ['年組番', '国語', '数学', '英語'],
      ...SCORES.map((s, i) => [`2-3-${String(i * 3 + 2).padStart(2, '0')}`, ...s.map(String)]),
    ]),
    cls: ['II', 'I'],
    reason: '年-組-番・点数',
  },
  {
    id: 'marks by 年-組-番 with no header row',
    input: table(
      'export_1120.csv',
      SCORES.map((s, i) => [`1-2-${i * 4 + 1}`, ...s.map(String)]),
    ),
    cls: ['II', 'I'],
    reason: '年-組-番・点数',
  },
  {
    id: 'marks by 出席番号',
    input: table('漢字_第4回.csv', [
      ['出席番号', '得点', '再テスト'],
      ...SCORES.map((s, i) => [String(i + 1), String(s[0]), String(s[2])]),
    ]),
    cls: ['II', 'I'],
    reason: '出席番号・点数',
  },
  {
    id: 'a text of marks by 番号 under the one class it names',
    input: text(
      'henkyaku.txt',
      [
        '1年3組 2学期期末 社会',
        '番号 得点 順位',
        ...SCORES.map((s, i) => `${i + 1} ${s[1]} ${[5, 1, 8, 3, 6, 2, 7, 4][i]}`),
      ].join('\n'),
    ),
    cls: ['II', 'I'],
    reason: '番号・点数',
  },
  {
    id: 'a nurse’s log with no header row whose rows hold heading words (発熱, 早退)',
    input: table('data.csv', [
      ['2026/05/12', '2-1-05', '頭痛', '休養'],
      ['2026/05/12', '3-2-18', '腹痛', '保健室で様子を見る'],
      ['2026/05/14', '1-3-13', 'すり傷（ひじ）', '消毒'],
      ['2026/05/15', '2-4-33', '発熱 37.9', '早退'],
      ['2026/05/15', '1-1-27', '気分不良', '休養'],
    ]),
    cls: ['I'],
    reason: '年-組-番・症状',
  },
  {
    id: 'complaints by 学年 | 組 | 番号 side by side',
    input: table('来室_5月.csv', [
      ['学年', '組', '番号', '月日', '主訴', '処置'],
      ['1', '2', '14', '5/8', '頭痛', '休養'],
      ['2', '1', '7', '5/8', '腹痛', '早退'],
      ['2', '3', '22', '5/9', '擦り傷', '消毒'],
      ['3', '1', '5', '5/9', '吐き気', '休養'],
    ]),
    cls: ['I'],
    reason: '番号・症状',
  },
  {
    // A whole school's answers: the 番 repeats from class to class, 学年 | 組 | 番 together do not.
    id: 'survey answers by 学年 | 組 | 番 of a whole school',
    input: table('回答データ.csv', [
      ['学年', '組', '番', 'Q1 学校は楽しい', 'Q4 いやなことをされた'],
      ...[
        [1, 1, 4],
        [1, 2, 4],
        [2, 1, 4],
        [2, 3, 11],
        [3, 1, 11],
        [3, 2, 11],
        [1, 3, 7],
        [2, 2, 7],
        [3, 3, 20],
        [1, 1, 20],
      ].map(([y, k, n], i) => [String(y), String(k), String(n), i % 3 ? 'はい' : 'いいえ', i % 2 ? 'ない' : 'ある']),
    ]),
    cls: ['I'],
    reason: 'アンケートの回答',
  },
  {
    id: 'a memo about a pupil named only by 年・組・番 written out',
    input: text(
      'メモ_1014.txt',
      '10月14日（火）\n1年3組 21番の生徒が2時間目に腹痛を訴えて保健室に来た。最近は夜に眠れない日が続いているという。\n父親に電話したところ、家でも食欲がないとのこと。来週スクールカウンセラーとの面談を入れる。\n',
    ),
    cls: ['I'],
    reason: '出席番号',
  },
];

const NEAR_MISSES: { id: string; input: ReturnType<typeof table> }[] = [
  {
    id: 'rates of right answers by question 1-1-1 … 3-2-3',
    input: table(
      '数学_分析.csv',
      [1, 2, 3].flatMap((a) =>
        [1, 2].flatMap((b) =>
          [1, 2, 3].map((c) => [
            `${a}-${b}-${c}`,
            String(40 + ((a * 7 + b * 5 + c * 3) % 50)),
            String(35 + ((a * 3 + c * 11) % 55)),
          ]),
        ),
      ),
    ),
  },
  {
    id: 'rates of right answers by 番号 for several classes',
    input: text(
      'seitouritsu.txt',
      ['2年1組・2年2組・2年3組 正答率', '番号 正答率 配点', ...SCORES.map((s, i) => `${i + 1} ${s[0]} ${[4, 5, 6][i % 3]}`)].join(
        '\n',
      ),
    ),
  },
  {
    id: 'a roster by 年組番 with nothing sensitive beside it',
    input: table('部活動_3-1.csv', [
      ['年組番', '性別', '部活動'],
      ...SCORES.map((_, i) => [
        `3-1-${String(i + 1).padStart(2, '0')}`,
        i % 2 ? '女' : '男',
        ['野球', '吹奏楽', '美術', '陸上'][i % 4]!,
      ]),
    ]),
  },
  {
    id: 'device repairs by 学年 | 組 | 番 of a whole school',
    input: table('端末修理.csv', [
      ['学年', '組', '番', '端末番号', '状態'],
      ...[
        [1, 1, 4],
        [1, 2, 4],
        [2, 1, 4],
        [2, 3, 11],
        [3, 1, 11],
        [3, 2, 11],
        [1, 3, 7],
        [2, 2, 7],
      ].map(([y, k, n], i) => [String(y), String(k), String(n), `PC-${3100 + i * 17}`, ['画面割れ', '充電不可'][i % 2]!]),
    ]),
  },
  {
    id: 'questions headed 問題 whose numbers run high',
    input: table('配点表.csv', [
      ['問題', '配点', '正答率'],
      ...SCORES.map((s, i) => [`1-2-${i + 1}`, String(s[2]! % 9), String(s[1])]),
    ]),
  },
];

describe.each(['kumamoto', 'kurume'])('pupils by number (%s)', (policy) => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
    expect(r.reasons.join('\n')).toContain(c.reason);
  });

  it.each(NEAR_MISSES.map((c) => [c.id, c] as const))('near miss: %s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });
});
