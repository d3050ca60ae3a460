import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Whose rows a table holds and what its headings name (pack.yaml `classify.table_rows`, column
 * kinds' `headers`): pupils' bank accounts by the banks' codes, pupils beside the firms they
 * apply to or their 評定平均; and, kept low, a firm's contacts, an aggregate by 学年 and 性別, a
 * blank form whose row labels sit where the values go.
 */
const PUPILS = ['西村 湊斗', '古賀 美桜', '田中 結衣', '宮本 悠真', '坂口 陽菜', '中島 蒼'];
const PARENTS = ['西村 和子', '古賀 俊介', '田中 美穂', '宮本 健太', '坂口 直美', '中島 浩二'];

const sheet = (name: string, rows: string[][], headerRow = 0) => ({
  name,
  type: 'csv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow }],
});

const HIGH: { id: string; input: ReturnType<typeof sheet>; cls: string; reason: string }[] = [
  {
    id: 'parents’ accounts with the banks by code, not by name',
    input: sheet('集金口座_2年.csv', [
      ['番号', '生徒氏名', '名義人', '金融機関コード', '支店コード', '口座番号'],
      ...PUPILS.map((n, i) => [`${i + 1}`, n, PARENTS[i]!, '0190', `${312 + i * 7}`, `${4035172 + i * 91733}`]),
    ]),
    cls: 'I',
    reason: '口座番号・金融機関',
  },
  {
    id: 'pupils beside the firms they asked to visit',
    input: sheet('インターンシップ希望.csv', [
      ['組', '番', '氏名', '第一希望の事業所', '日程'],
      ...PUPILS.map((n, i) => [
        '2-3',
        `${i * 3 + 2}`,
        n,
        ['株式会社ひのくに製作所', '有限会社あそ工務店', '清和運輸'][i % 3]!,
        `8/${i + 4}`,
      ]),
    ]),
    cls: 'II',
    reason: '企業・学校名',
  },
  {
    id: 'a 推薦 list: pupils and their 評定平均, under romaji headings',
    input: sheet('list_2026.csv', [
      ['no', 'shimei', 'kibou', 'heikin'],
      ...PUPILS.map((n, i) => [`${i + 1}`, n, '九州看護専門学校', ['3.8', '4.1', '2.9', '4.6', '3.3', '4.0'][i]!]),
    ]),
    cls: 'I',
    reason: '評定平均',
  },
];

const LOW: { id: string; input: ReturnType<typeof sheet> }[] = [
  {
    id: 'firms’ recruiting contacts: names under 担当, business numbers',
    input: sheet('求人企業_連絡先.xlsx', [
      ['事業所名', '担当', '電話', 'メール'],
      ['株式会社ひのくに製作所', '松尾', '096-000-4410', 'jinji@hinokuni.example.jp'],
      ['有限会社あそ工務店', '藤井', '0967-00-2231', 'info@aso-koumuten.example.jp'],
      ['清和運輸株式会社', '荒木', '096-000-8802', 'saiyo@seiwa-unyu.example.jp'],
    ]),
  },
  {
    id: 'counts and averages by 学年 and 性別',
    input: sheet('体力テスト_平均.csv', [
      ['学年', '性別', '人数', '身長', '体重'],
      ['1', '男', '41', '152.3', '44.1'],
      ['1', '女', '38', '150.8', '42.6'],
      ['2', '男', '40', '159.9', '49.0'],
      ['2', '女', '39', '154.2', '46.3'],
    ]),
  },
  {
    id: 'a blank record form: row labels in the first column, the values left blank',
    input: sheet(
      '健康調査票_入力用.xlsx',
      [
        ['健康調査票'],
        ['区分', '氏名'],
        ['', 'ふりがな'],
        ['', '生年月日', '年　　月　　日生'],
        ['既往歴'],
        ['アレルギー'],
        ['かかりつけ医'],
        ['特記事項'],
      ],
      1,
    ),
  },
];

describe.each(['kumamoto', 'kurume'])('whose rows a table holds (%s)', (policy) => {
  it.each(HIGH.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(r.class, r.reasons.join('\n')).toBe(c.cls);
    expect(r.reasons.join('\n')).toContain(c.reason);
    const out = JSON.stringify(r);
    for (const name of [...PUPILS, ...PARENTS]) expect(out).not.toContain(name);
  });

  it.each(LOW.map((c) => [c.id, c] as const))('stays low: %s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(['III', 'IV', null], r.reasons.join('\n')).toContain(r.class);
  });
});
