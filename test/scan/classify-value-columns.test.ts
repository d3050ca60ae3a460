import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack, loadPack, PackInvalidError, packsDir } from '../../policy/index.js';

/**
 * Tables whose columns say what the rows are by their values (pack.yaml `classify.columns`): a
 * symptom beside a pupil (by name or by 年-組-番), a bank account, what each pupil paid, and the
 * near misses that must stay low (a fee alike for all, a checklist under subject headings, a
 * lesson's table of symptoms with nobody in it).
 */
const PUPILS = ['森田 蒼空', '長尾 心春', '原口 湊', '坂井 柚葉', '古川 蓮', '堤 美月', '吉永 颯', '松永 凛'];
const KANA = ['もりた まさみ', 'ながお けいこ', 'はらぐち しんじ', 'さかい あやこ', 'ふるかわ ひでき', 'つつみ ゆか'];

const csv = (name: string, rows: string[][]) => ({
  name,
  type: 'csv',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});

const CASES: { id: string; input: ReturnType<typeof csv>; cls: (string | null)[]; reason?: string }[] = [
  {
    id: 'a nurse’s log without a heading: pupils beside their complaints',
    input: csv(
      'export_0703.csv',
      PUPILS.slice(0, 6).map((n, i) => [
        `7/${i + 3}`,
        n,
        ['頭痛', '擦り傷（ひざ）', '腹痛', '吐き気', '捻挫', '鼻血'][i]!,
        ['休養', '消毒', '経過観察', '保護者に連絡', '湿布', '止血'][i]!,
      ]),
    ),
    cls: ['I'],
    reason: '症状',
  },
  {
    id: 'a nurse’s log by 年-組-番, no names at all',
    input: csv('保健室_7月.csv', [
      ['月日', '番号', '訴え', '対応'],
      ['7/1', '1-2-05', '微熱 37.4', '早退'],
      ['7/1', '3-1-18', '気分が悪い', '休養'],
      ['7/2', '2-4-30', '打撲（右手）', '冷却'],
      ['7/3', '1-1-11', '頭痛', '教室へ'],
    ]),
    cls: ['I'],
    reason: '年-組-番・症状',
  },
  {
    id: 'guardians’ accounts for a debit: bank, branch, account number',
    input: csv('furikae_2-1.csv', [
      ['No', '名義', '銀行', '店名', '種別', '番号'],
      ...KANA.map((n, i) => [
        String(i + 1),
        n,
        i % 2 ? '肥後架空銀行' : 'あおば信用金庫',
        ['中央支店', '本店', '東支店'][i % 3]!,
        '普通',
        String(1_000_003 + ((i * 7_919_311) % 8_000_000)).padStart(7, '0'),
      ]),
    ]),
    cls: ['I'],
    reason: '口座番号',
  },
  {
    id: 'what each pupil paid, with arrears',
    input: csv('学年費_1学期.csv', [
      ['No', '氏名', '4月', '5月', '6月', '計'],
      ...PUPILS.map((n, i) => {
        const may = i === 2 || i === 5 ? '0' : '2,500';
        return [String(i + 1), n, '2,500', may, '2,500', may === '0' ? '5,000' : '7,500'];
      }),
    ]),
    cls: ['II'],
    reason: '金額',
  },
  {
    id: 'amounts under the aid’s headings: who receives what',
    input: csv('Book3.csv', [
      ['', '氏名', '学用品費', '通学用品費', '校外活動費', '合計'],
      ...PUPILS.slice(0, 5).map((n, i) => [
        String(i + 1),
        n,
        '11,630',
        i % 2 ? '0' : '2,270',
        '1,600',
        i % 2 ? '13,230' : '15,500',
      ]),
    ]),
    cls: ['I'],
    reason: '校内就学援助',
  },
  {
    id: 'goals and their evaluation in signs beside pupils, no heading (個別指導計画)',
    input: csv(
      'Book3.xlsx',
      PUPILS.slice(0, 5).map((n, i) => [n, '生活単元', '道具を片付ける', '写真カード', ['○', '◎', '△', '◎', '○'][i]!]),
    ),
    cls: ['II', 'I'],
    reason: '評価（◎・○・△）',
  },
  {
    id: 'what must be minded for pupils on a trip, in plain words under 配慮事項',
    input: csv('room_list_v2.xlsx', [
      ['生徒氏名', '部屋', '配慮事項'],
      ...PUPILS.slice(0, 6).map((n, i) => [
        n,
        String(301 + (i % 3)),
        ['夜尿の心配あり', '', '不安が強く個室希望', '', 'ナッツ不可', 'なし'][i]!,
      ]),
    ]),
    cls: ['I'],
    reason: '配慮事項',
  },
];

const NEAR_MISSES: { id: string; input: ReturnType<typeof csv>; cls: (string | null)[] }[] = [
  {
    id: 'a class list with the fee alike for everyone',
    input: csv('教材費_名簿.csv', [['番号', '氏名', '教材費'], ...PUPILS.map((n, i) => [String(i + 1), n, '1,800'])]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a checklist of what was handed in, under subject headings',
    input: csv('夏の課題.csv', [
      ['氏名', '国語', '数学', '英語', '理科'],
      ...PUPILS.map((n, i) => [n, '○', i % 3 ? '○' : '未', '○', i === 4 ? '未' : '○']),
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a group list marking its leaders with ◎',
    input: csv('班編成.csv', [
      ['班', '氏名', '班長'],
      ...PUPILS.map((n, i) => [String(Math.floor(i / 4) + 1), n, i % 4 === 0 ? '◎' : '']),
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a blank list with a 配慮事項 heading and names only',
    input: csv('部屋割り_様式.csv', [
      ['生徒氏名', '部屋', '配慮事項'],
      ...PUPILS.slice(0, 6).map((n, i) => [n, String(301 + (i % 3)), '']),
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a tick list of ○ and × beside pupils',
    input: csv('持ち物.csv', [['氏名', '水筒', '帽子'], ...PUPILS.map((n, i) => [n, i % 3 ? '○' : '×', '○'])]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a health lesson’s table of symptoms, nobody in it',
    input: csv('保健指導_熱中症.csv', [
      ['段階', '主な症状', '対応'],
      ['軽度', 'めまい・立ちくらみ', '涼しい場所で休む'],
      ['中等度', '頭痛・吐き気', '水分と塩分をとる'],
      ['重度', '意識がない・けいれん', '救急車を呼ぶ'],
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'what each teacher bought: prices of different things, not a fee',
    input: csv('購入希望_2学期.csv', [
      ['担当', '品名', '金額'],
      ...PUPILS.slice(0, 6).map((n, i) => [
        n,
        ['画用紙', 'マーカー', '模造紙', '色画用紙', 'ラミネート', '絵の具'][i]!,
        `${(i + 3) * 1250}`,
      ]),
    ]),
    cls: ['III', 'IV', null],
  },
  {
    id: 'a school’s fee ledger by item, no pupil in it',
    input: csv('学年費会計.csv', [
      ['費目', '予算額', '執行額', '残額'],
      ['教材費', '120,000', '98,400', '21,600'],
      ['校外学習', '60,000', '58,500', '1,500'],
      ['印刷費', '30,000', '12,340', '17,660'],
    ]),
    cls: ['III', 'IV', null],
  },
];

describe.each(['kumamoto', 'kurume'])('value columns (%s)', (policy) => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
    if (c.reason) expect(r.reasons.join('\n')).toContain(c.reason);
    const out = JSON.stringify(r);
    for (const name of [...PUPILS, ...KANA]) expect(out).not.toContain(name);
  });

  it.each(NEAR_MISSES.map((c) => [c.id, c] as const))('near miss: %s', (_id, c) => {
    const r = classifyDocument(getPack(policy), c.input);
    expect(c.cls, r.reasons.join('\n')).toContain(r.class);
  });
});

describe('the new column kinds are checked when the pack loads', () => {
  const issues = (edit: (text: string) => string, name = 'pack.yaml') => {
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-pack-'));
    cpSync(join(packsDir(), 'kumamoto'), dir, { recursive: true });
    const file = join(dir, name);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    try {
      loadPack(dir);
      return '';
    } catch (error) {
      if (error instanceof PackInvalidError) return error.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a pattern that is no regular expression', () => {
    expect(issues((t) => t.replace("pattern: '[1-9]-", "pattern: '([1-9]-"))).toMatch(/not a regular expression/);
  });

  it('a signal that refuses tables by a kind the pack does not define', () => {
    expect(issues((t) => t.replace('unless_columns: { check: 2 }', 'unless_columns: { checks: 2 }'), 'catalog.yaml')).toMatch(
      /unless_columns\.checks: column kind "checks" is not in pack\.yaml classify\.columns/,
    );
  });
});
