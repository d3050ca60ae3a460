import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Pupils named only by number: a memo whose lines begin with 年-組 and 番 (「2-1 12 喘息の発作…」), a
 * table whose 組 and 番 stand side by side before a free-text column. Near misses keep their class: a
 * timetable (「3-2 1 国語」), a test's numbered questions, class-level counts.
 */
const table = (name: string, rows: string[][]) => ({
  name,
  type: 'tsv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows }],
});
const text = (name: string, body: string) => ({ name, type: 'txt', text: body, tables: [] });

const SENSITIVE = [
  {
    id: 'a memo of 年-組 番 lines with health matters',
    input: text(
      'memo_0701.txt',
      '2-1 12 喘息の発作あり、吸入器を持参（保健室了承）\n2-1 30 父より電話 → 面談希望\n2-1 5 インフルエンザ 6/20まで出席停止\n',
    ),
  },
  {
    id: 'a memo of 年-組 番 lines told in plain words',
    input: text('1-4_メモ.txt', '1-4 8 低血糖気味、補食は保健室で\n1-4 22 母から連絡あり\n1-4 15 夜眠れず遅刻が続く\n'),
  },
  {
    id: 'a table of 組 | 番 | 記述 in plain words',
    input: table('要確認.tsv', [
      ['組', '番', '記述'],
      ['2-2', '9', '部活をやめたいと話していた'],
      ['2-2', '27', '夜眠れず朝起きられない'],
    ]),
  },
  {
    id: 'a table of 組 | 番 | 記述 with feelings and family',
    input: table('抜粋.tsv', [
      ['組', '番', '記述'],
      ['2-4', '6', '親が離婚するかもしれなくて不安'],
      ['2-4', '21', '夜眠れない、食欲もない'],
      ['2-4', '33', 'いじめられている気がする'],
    ]),
  },
  {
    id: 'a 評定一覧表 of pupils by 年-組-番 under the heading 生徒',
    input: table('評定一覧.tsv', [
      ['生徒', '国', '社', '数', '理', '英'],
      ['3-1-1', '4', '3', '3', '4', '4'],
      ['3-4-2', '4', '2', '5', '3', '5'],
      ['3-1-3', '4', '4', '2', '4', '5'],
      ['3-3-7', '3', '2', '5', '2', '5'],
      ['3-2-9', '5', '3', '4', '4', '2'],
    ]),
  },
];

const HARMLESS = [
  {
    id: 'a timetable by 年-組 and period',
    input: text('時間割_変更.txt', '3-2 1 国語 2 数学 3 英語\n3-3 1 理科 2 社会 3 体育\n3-4 5 音楽 6 総合\n'),
  },
  {
    id: 'a test of numbered questions',
    input: table('問題_集計.tsv', [
      ['大問', '番', '内容'],
      ['1', '1', '一次方程式の計算'],
      ['1', '2', '連立方程式の文章題'],
      ['2', '3', '関数のグラフを読む'],
    ]),
  },
  {
    id: 'a test’s questions by 大問-小問-枝 under 設問',
    input: table('問題_配点.tsv', [
      ['設問', '国', '社', '数', '理', '英'],
      ['1-1-1', '4', '3', '3', '4', '4'],
      ['1-1-2', '4', '2', '5', '3', '5'],
      ['1-2-3', '4', '4', '2', '4', '5'],
      ['2-1-7', '3', '2', '5', '2', '5'],
      ['2-2-9', '5', '3', '4', '4', '2'],
    ]),
  },
];

describe('pupils named only by number', () => {
  for (const c of SENSITIVE)
    it(`${c.id}: class Ⅰ or Ⅱ`, () => {
      const r = classifyDocument(getPack('kumamoto'), c.input);
      expect(['I', 'II'], r.reasons.join('\n')).toContain(r.class);
    });
  for (const c of HARMLESS)
    it(`${c.id}: not Ⅰ or Ⅱ`, () => {
      const r = classifyDocument(getPack('kumamoto'), c.input);
      expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
    });
});
