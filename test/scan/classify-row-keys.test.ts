import { describe, expect, it } from 'vitest';
import { findNames } from '../../policy/classify/read-names.js';
import { namesOneClass } from '../../policy/classify/read-pupil-columns.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A workbook's sheet of notes by pupil number (番号 | メモ) beside the class's scores: the number
 * heading a row points at that pupil, so the family matters the row tells are told about someone
 * (2-2(5)③: the file is Ⅰ, not the score sheet's Ⅱ). A class written before the word that says
 * what the file holds (2学期中間_2-3素点.xlsx) is one class; a range of terms or months is not.
 */
const book = (name: string, sheets: { name: string; rows: string[][] }[]) => ({
  name,
  type: 'xlsx',
  text: sheets.map((s) => `${s.name}\n${s.rows.map((r) => r.join('\t')).join('\n')}`).join('\n'),
  headings: sheets.map((s) => s.name),
  tables: sheets.map((s) => ({ name: s.name, rows: s.rows, headerRow: 0 })),
});
const scores = {
  name: '素点',
  rows: [
    ['No', '国', '社', '数', '理', '英'],
    ...Array.from({ length: 30 }, (_, i) => [String(i + 1), ...[7, 11, 13, 17, 19].map((k) => String(30 + ((i * k) % 70)))]),
  ],
};

describe('a pupil number heading a row of notes', () => {
  it('reads a class before the word after it, not a range', () => {
    expect(namesOneClass('2学期中間_2-3素点.xlsx', '')).toBe(true);
    expect(namesOneClass('R7_1-2学期_まとめ.xlsx', '')).toBe(false);
    expect(namesOneClass('R7_4-6月_集計.xlsx', '')).toBe(false);
  });
  it('takes family matters in a row headed by a pupil number for the pupil’s: Ⅰ', () => {
    const memo = {
      name: 'memo',
      rows: [
        ['番号', 'メモ'],
        ['12', '母子家庭。生活保護を受給していると母より連絡'],
        ['21', '父が失業中で、家庭の事情により欠席が続く'],
      ],
    };
    const r = classifyDocument(getPack(), book('2学期中間_2-3素点.xlsx', [scores, memo]));
    expect(r.class).toBe('I');
  });
  it('leaves notes that tell no matter as the scores say: Ⅱ', () => {
    const memo = {
      name: 'memo',
      rows: [
        ['番号', 'メモ'],
        ['12', '提出物の確認をすること'],
        ['21', '再テストの日程を連絡済み'],
      ],
    };
    const r = classifyDocument(getPack(), book('2学期中間_2-3素点.xlsx', [scores, memo]));
    expect(r.class).toBe('II');
  });
});

describe('names beside bank account numbers', () => {
  it('takes a ledger of pupils, guardians and account numbers for a family’s property: Ⅰ', () => {
    const rows = [
      ['氏名', '保護者', '区分', '口座番号'],
      ['田中 結衣', '田中 誠', '3', '6924796'],
      ['中村 陽菜', '中村 誠', '1', '6208206'],
      ['松本 葵', '松本 由香', '2', '5584942'],
      ['井上 凛', '井上 由香', '3', '2977346'],
    ];
    const r = classifyDocument(getPack(), book('H30_台帳.xls', [{ name: 'H30', rows }]));
    expect(r.class).toBe('I');
  });
});

describe('pupils beside the help they need (a 実態把握 untitled)', () => {
  const names = ['平野 颯太', '渡辺 健太', '橋本 健太', '渡辺 湊', '井上 悠真'];
  it('takes names beside 排せつ and 食事 by the help given for the pupils’ state: Ⅰ', () => {
    const care = [
      ['おむつ', '全介助'],
      ['誘導', '刻み'],
      ['おむつ', '全介助・経管'],
      ['自立', '一部介助'],
      ['おむつ', '自立'],
    ];
    const rows = [['氏名', '排せつ', '食事'], ...names.map((n, i) => [n, ...care[i]!])];
    const r = classifyDocument(getPack(), book('集計.xlsx', [{ name: 'Sheet2', rows }]));
    expect(r.class).toBe('I');
  });
  it('does not take a column of 自立 and 見守り alone (no help given) for it', () => {
    const rows = [['氏名', '係'], ...names.map((n, i) => [n, i % 2 ? '自立' : '見守り'])];
    const r = classifyDocument(getPack(), book('集計.xlsx', [{ name: 'Sheet2', rows }]));
    expect(r.class).not.toBe('I');
  });
});

describe('a name the dictionary reads across its space (井上 海斗 → 井 / 上海 / 斗)', () => {
  it('keeps the space as the break between surname and given name', () => {
    expect(findNames('井上 海斗さんの父が失業中。', ['さん']).map((n) => n.key)).toEqual(['井上海斗']);
    expect(findNames('生徒\t\t井上 海斗', ['さん']).map((n) => n.key)).toEqual(['井上海斗']);
  });
  it('takes a filled 三者面談 sheet about him for the record it is: Ⅰ', () => {
    const rows = [
      ['三者面談記録'],
      ['生徒', '', '井上 海斗'],
      ['日時', '', '7/22 15:00'],
      ['本人', '', '数学が不安。夜眠れないと言う'],
      ['保護者', '', '父の失職で私立は難しい。就学援助を相談したい'],
    ];
    const r = classifyDocument(getPack(), book('テンプレート.xlsx', [{ name: 'Sheet1', rows }]));
    expect(r.class).toBe('I');
  });
});
