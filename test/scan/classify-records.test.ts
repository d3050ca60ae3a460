import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Records told by their structure rather than their title: scores beside pupils in a file named
 * for a test, an injury log, who has lunch stopped, who received textbooks, and a letter whose title
 * stands below its number, date and addressee. And the near misses: a to-do list and an agenda
 * that mention a test are not its record.
 */
const PUPILS = ['森田 蒼空', '長尾 心春', '原口 湊', '坂井 柚葉', '古川 蓮', '堤 美月', '吉永 颯', '松永 凛'];

const tsv = (name: string, rows: string[][]) => ({
  name,
  type: 'tsv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows }],
});
const txt = (name: string, lines: string[]) => ({ name, type: 'txt', text: lines.join('\n') });

const CASES: { id: string; input: { name: string; text: string }; cls: (string | null)[]; reason?: string }[] = [
  {
    id: 'numbers, names and points with no header, in a file named for a test',
    input: tsv(
      'かけ算テスト_2組.tsv',
      PUPILS.map((n, i) => [String(i + 1), n, String([85, 40, 95, 60, 70, 25, 100, 55][i])]),
    ),
    cls: ['II', 'I'],
    reason: '点数',
  },
  {
    id: 'an injury log: where, which part, what was done, whether a doctor saw it',
    input: tsv('R7記録.xlsx', [
      ['月日', '学年組', '氏名', '発生場所', '負傷部位', '処置', '受診'],
      ...PUPILS.slice(0, 5).map((n, i) => [
        `6/${i + 2}`,
        '2-1',
        n,
        '運動場',
        ['膝', '肘', '指', '額', '足首'][i]!,
        '冷却',
        i % 2 ? '整形外科' : '',
      ]),
    ]),
    cls: ['II', 'I'],
    reason: '事故',
  },
  {
    id: 'whose school lunch is stopped, for how long',
    input: tsv('12月連絡.xlsx', [
      ['学年組', '氏名', '停止期間', '食数', '理由'],
      ...PUPILS.slice(0, 4).map((n, i) => ['3-2', n, `12/${i + 3}〜12/${i + 8}`, String(i + 3), '長期欠席']),
    ]),
    cls: ['II', 'I'],
    reason: '給食',
  },
  {
    id: 'how many textbooks each pupil was given',
    input: tsv('R7_名簿.csv', [
      ['学年', '組', '番号', '氏名', '給付冊数'],
      ...PUPILS.slice(0, 6).map((n, i) => ['5', '2', String(i + 1), n, '8']),
    ]),
    cls: ['II', 'I'],
    reason: '教科用図書',
  },
  {
    id: 'a notice of aid whose title follows its number, date and addressee',
    input: txt('通知_0705.txt', [
      '市教総第58号',
      '令和7年7月5日',
      '保護者 長尾 健二 様',
      '（児童氏名 長尾 心春 4年1組）',
      '熊本市教育委員会',
      '就学援助費受給資格認定通知書',
      '申請について審査した結果、下記のとおり認定しましたので通知します。',
      '認定区分 準要保護',
    ]),
    cls: ['I'],
    reason: '就学援助',
  },
  {
    id: 'a list of pupils with their points in brackets',
    input: txt('冬休み補習.txt', [
      '冬休み補習（12/25-26）対象者',
      ...PUPILS.slice(0, 5).map((n, i) => `${n}（国語 ${[32, 18, 40, 27, 35][i]}点・数学 ${[25, 30, 12, 38, 21][i]}点）`),
    ]),
    cls: ['II', 'I'],
    reason: '点数',
  },
  {
    id: 'a network sheet with each device’s account and password as pairs',
    input: txt('機器設定_R7.txt', [
      '校内LAN 機器設定',
      'ルータ管理画面\tsysadmin / Rt7#kq2La',
      'プリンタ\tprnadmin / Pq@48xwe',
      '※パスワードは半年ごとに変更する。',
    ]),
    cls: ['II', 'I'],
    reason: 'パスワード',
  },
  {
    id: 'a summary of staff’s wishes for transfer, named as such',
    input: tsv('R7異動希望調書_集計.xlsx', [
      ['氏名', '在校年数', '希望', '理由'],
      ['西山 智子', '5', '転出', '通勤距離'],
      ['前田 健吾', '2', '残留', ''],
      ['北村 友美', '6', '転出', '子の進学'],
    ]),
    cls: ['I'],
    reason: '人事',
  },
];

const NEAR_MISSES: typeof CASES = [
  {
    id: 'a class newsletter quoting pupils, with a conference on its calendar',
    input: txt('学級通信_第9号.txt', [
      '3年2組学級通信「ひまわり」第9号　10月30日',
      '運動会、たくさんの応援ありがとうございました。子どもたちの感想です。',
      `${PUPILS[0]}さん：リレーでバトンをわたせてうれしかった。`,
      `${PUPILS[1]}さん：ダンスをさいごまでおどれた。`,
      '11月の予定：11/10〜14 個人面談（短縮日課）、11/21 音楽会。',
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a teacher’s to-do list that mentions the term test',
    input: txt('todo_1105.txt', [
      '11/5 やること',
      '・学級通信 印刷',
      '・中間テスト 理科 問題の見直し、8日まで',
      '・遠足のしおり 配布',
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'an agenda item about the term test’s dates',
    input: txt('学年会_1020.txt', [
      '学年会 10/20(月) 16:00-',
      '1 2学期期末テストの日程',
      '  12/2〜12/4。問題提出は11/25まで。',
      '2 時間割の変更',
    ]),
    cls: ['III', 'IV', null],
  },
];

describe('records told by their structure (kumamoto)', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = classifyDocument(getPack('kumamoto'), c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
    if (c.reason) expect(r.reasons.join('\n')).toContain(c.reason);
    for (const name of PUPILS) expect(JSON.stringify(r)).not.toContain(name);
  });

  it.each(NEAR_MISSES.map((c) => [c.id, c] as const))('near miss: %s', (_id, c) => {
    const r = classifyDocument(getPack('kumamoto'), c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
  });
});
