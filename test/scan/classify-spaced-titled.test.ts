import { describe, expect, it } from 'vitest';
import { findNames } from '../../policy/classify/read-names.js';
import { readTextTables } from '../../policy/classify/read-text-tables.js';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

const classify = (text: string, name = 'メモ.docx', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text, ...more });

/** Prose that fills pages before the part that matters (a report's late page). */
const FILLER = Array.from({ length: 12 }, () => '本年度は授業改善に取り組み、児童の学ぶ意欲の向上がみられた。').join('\n');

describe('a name whose parts a space sets apart', () => {
  it('is read after a verb, where the analyzer would join the surname to the word before', () => {
    expect(findNames('しばらくお休みしている林 心春さんは、入院しています。', ['さん']).map((n) => n.key)).toEqual(['林心春']);
  });

  it('is read before a colon, as a list of pupils with notes writes it', () => {
    expect(findNames('金 志勲：てんかん。発作時は横向きに寝かせる。', ['さん']).map((n) => n.key)).toEqual(['金志勲']);
  });

  it('is not made of words that only stand apart (森 へ行く)', () => {
    expect(findNames('今日は 森 へ行く予定です。', ['さん'])).toEqual([]);
  });

  it('makes a trip memo telling a pupil’s condition class I', () => {
    const text = '修学旅行 引率メモ\n集合 7:00 正門\n（以下 保健関係）\n金 志勲：てんかん。発作時は横向きに寝かせ時間を計る。';
    expect(classify(text, '修学旅行_引率メモ.docx').class).toBe('I');
  });

  it('makes a class newsletter that tells a pupil’s illness class I', () => {
    const text =
      '2年3組 学級だより No.8\n今週は生活科で町たんけんに行きました。\nしばらくお休みしている林 心春さんは、入院して治療を続けています（白血病）。';
    expect(classify(text, '学級だより_No8.docx').class).toBe('I');
  });
});

describe('a table flattened into text, titled by the line over it', () => {
  const GRADES =
    '参考資料：前年度 通知表評価\n5-1 白川 蓮 国A 社B 算A 理A\n5-1 井芹 結衣 国B 社B 算C 理B\n5-1 坪井 湊 国A 社A 算B 理B';

  it('keeps the line over it as its title', () => {
    expect(readTextTables(`${FILLER}\n${GRADES}`).map((t) => t.title)).toEqual(['参考資料：前年度 通知表評価']);
  });

  it('does not take a row of values for a title', () => {
    expect(readTextTables('1 2 3\n5-1 白川 蓮 85\n5-1 井芹 結衣 70\n5-1 坪井 湊 92')[0]?.title).toBeUndefined();
  });

  it('is class II on a late page when it lists pupils under a title naming grades', () => {
    expect(classify(`${FILLER}\n${GRADES}`, '学年会資料_まとめ.pdf', { type: 'pdf' }).class).toBe('II');
    const ranks = '別表 校内成績一覧\n3-1 秋津 蒼 38 412\n3-1 井芹 咲良 41 445\n3-2 王 浩然 33 356\n3-2 帯山 颯太 29 301';
    expect(classify(`${FILLER}\n${ranks}`, '進路指導計画.pdf', { type: 'pdf' }).class).toBe('II');
  });

  it('stays lower when the titled table lists no persons (averages by class)', () => {
    const averages = '別表 学級別 成績一覧\n3年1組 38 412\n3年2組 41 445\n3年3組 33 356';
    const got = classify(`${FILLER}\n${FILLER}\n${FILLER}\n${FILLER}\n${averages}`, '研究紀要.pdf', { type: 'pdf' }).class;
    expect(got === 'I' || got === 'II').toBe(false);
  });
});
