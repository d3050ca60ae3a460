import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Tables of pupils whose columns hold what each has or takes (allergies, medicines, 既往) or
 * whether a family is on aid (要保護): class Ⅰ by the column's values or its heading, with no
 * title. The same values with nobody in the rows (a menu's allergens, counts by class) stay lower.
 */
const PUPILS = ['平野 颯太', '渡辺 湊', '宮本 湊', '中村 蓮', '野口 蓮', '木下 陽菜', '内田 遥', '前田 美咲'];

const table = (name: string, rows: string[][]) => ({
  name,
  type: 'xlsx',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow: 0 }],
});

const pack = getPack('kumamoto');

describe('a column read as what a pupil has or takes', () => {
  it('allergens to leave out beside pupils (除去食一覧)', () => {
    const foods = ['えび・かに', 'そば', '乳', '卵', '小麦', '卵', '落花生'];
    const rows = [['学年組', '氏名', '除去', '食形態'], ...foods.map((f, i) => [`小${i + 1}-1`, PUPILS[i]!, f, '刻み'])];
    expect(classifyDocument(pack, table('一覧.xlsx', rows)).class).toBe('I');
  });

  it('medicines under 薬品名, names the analyzer does not know (与薬一覧)', () => {
    const meds = ['デパケンR', 'リボトリール', 'イーケプラ', 'ラミクタール', 'デパケンR'];
    const rows = [['学年組', '氏名', '薬品名', '時刻'], ...meds.map((m, i) => [`小${i + 1}-1`, PUPILS[i]!, m, '12:30'])];
    expect(classifyDocument(pack, table('受付.xlsx', rows)).class).toBe('I');
  });

  it('a headless list of names, dates and conditions in English (asthma, egg)', () => {
    // Spread as a real export is: most cells allergens or a dash, a few conditions.
    const what = ['asthma', 'epilepsy (meds)', 'asthma', 'epilepsy (meds)', '-', 'egg', 'milk', '-', 'asthma', 'milk'];
    const all = [...what, 'egg', '-', 'milk', 'egg', '-', 'asthma', 'milk', '-', 'milk', '-'];
    const names = ['Nguyen Van An', 'Santos Maria', 'Silva Lucas', 'Kim Minjun', 'Tanaka Yui'];
    const rows = all.map((w, i) => [names[i % 5]!, `201${5 + (i % 3)}-0${(i % 9) + 1}-1${i % 10}`, i % 2 ? 'F' : 'M', w]);
    expect(
      classifyDocument(pack, { name: 'data.csv', type: 'csv', text: rows.map((r) => r.join(',')).join('\n'), tables: [{ rows }] })
        .class,
    ).toBe('I');
  });

  it('pupils by 学籍番号 beside 要保護 / 準要保護', () => {
    const rows = [
      ['学籍番号', '区分', '認定日'],
      ...['要保護', '準要保護', '準要保護', '要保護', '準要保護'].map((k, i) => [`E20260${10 + i * 13}`, k, 'R8.4.1']),
    ];
    expect(classifyDocument(pack, { ...table('R8認定.csv', rows), type: 'csv' }).class).toBe('I');
  });

  it('a menu with its allergens, nobody in its rows, is no pupil’s record', () => {
    const rows = [
      ['日付', '献立', 'アレルゲン'],
      ['6/1', 'オムレツ', '卵・乳'],
      ['6/2', '天ぷらそば', 'そば・えび・小麦'],
      ['6/3', 'グラタン', '乳・小麦'],
      ['6/4', 'ごまあえ', 'ごま'],
    ];
    expect(classifyDocument(pack, table('献立.xlsx', rows)).class).not.toBe('I');
  });

  it('counts of allergies by class, an aggregate, are nobody’s', () => {
    const rows = [
      ['学年', 'アレルギー', '人数'],
      ['1年', '卵', '3'],
      ['2年', '乳', '2'],
      ['3年', 'そば', '1'],
    ];
    expect(classifyDocument(pack, table('集計.xlsx', rows)).class).not.toBe('I');
  });
});
