import { describe, expect, it } from 'vitest';
import { readTextTables } from '../../policy/classify/read-text-tables.js';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * What a text tells goes on about the person it named: a mail broken into lines, a day-by-day log
 * under a pupil's name, a memo's heading over its list, a table's header cells over its values.
 */
const classify = (text: string, name: string, more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'txt', text, ...more });

describe('a matter on the line after the sentence naming the pupil', () => {
  it('binds across the line break of a mail (an injury told in okurigana: 擦り傷)', () => {
    const text = [
      '件名: 相談',
      '田中先生',
      '3組の 中島 結衣さんのことです。',
      '体育の着替えのとき、手首に擦り傷のような跡がいくつも見えました。',
      '本人は転んだと言っています。',
    ].join('\n');
    expect(classify(text, '相談.eml', { type: 'eml' }).class).toBe('I');
  });

  it('does not bind across a heading that is no sentence', () => {
    const text = ['保健だより 6月号', '中島 結衣', '擦り傷の手当ては、流水でよく洗うことから。'].join('\n');
    expect(classify(text, 'ほけんだより.docx', { type: 'docx' }).class).not.toBe('I');
  });
});

describe('a log that tells the same of its pupil day after day', () => {
  it('is a record of the pupil named in its first line', () => {
    const text = [
      '小川 湊（5-2）',
      '日付  様子        対応',
      '10/1   別室 2h     母より連絡あり。',
      '10/2   遅刻→別室  担任が声かけ。',
      '10/3   欠席        電話つながらず。',
      '10/6   別室 1h     給食は教室で食べた。',
    ].join('\n');
    expect(classify(text, '記録_小川.txt').class).toBe('I');
  });

  it('is nothing when no pupil is named (a room plan for the tests)', () => {
    const text = ['期末テストの教室割り', '1限  別室  理科室', '2限  別室  図書室', '3限  別室  会議室'].join('\n');
    expect(classify(text, '教室割り.txt').class).not.toBe('I');
  });
});

describe('a flattened table with an empty last cell', () => {
  it('keeps the short rows in the table', () => {
    const tables = readTextTables(
      ['氏名 出勤日数 年休 備考', '山本 花子 19 1 出張1', '大野 健 20 0', '松井 美和 18 2 研修1'].join('\n'),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(4);
    expect(tables[0]!.rows[2]).toEqual(['大野 健', '20', '0', '']);
  });

  it('reads a staff attendance summary as the 出勤簿', () => {
    const text = [
      '勤務状況（10月）',
      '氏名 出勤日数 年休 特休 備考',
      '山本 花子 19 1 0 出張1',
      '大野 健 20 0 0',
      '松井 美和 18 2 1 研修1',
      '石田 浩二 17 3 0',
    ].join('\n');
    expect(classify(text, '勤務状況_10月.pdf', { type: 'pdf' }).class).toBe('II');
  });
});

describe('header cells that name an item over the values under them', () => {
  const letter = (rows: string[][]) => ({
    text: ['保護者様', '2年1組の 大西 彩花さんの2学期の結果をお知らせします。', ...rows.map((r) => r.join('\t'))].join('\n'),
    tables: [{ rows, headerRow: 0 }],
  });

  it('title the table of one pupil’s scores', () => {
    const { text, tables } = letter([
      ['教科', '期末テスト', '学年平均'],
      ['国語', '55', '63.1'],
      ['数学', '31', '59.4'],
      ['英語', '47', '61.0'],
    ]);
    expect(classify(text, '2学期のご連絡.docx', { type: 'docx', tables }).class).toBe('II');
  });

  it('name nothing over dates (a schedule)', () => {
    const { text, tables } = letter([
      ['教科', '期末テスト', '教室'],
      ['国語', '11/28', '2-1'],
      ['数学', '11/29', '2-1'],
      ['英語', '12/1', '2-1'],
    ]);
    expect(classify(text, '日程のご連絡.docx', { type: 'docx', tables }).class).not.toBe('II');
  });
});

describe('a memo headed by a career matter over a list of pupils', () => {
  it('is their career record', () => {
    const text = [
      '高校受験予定（11/20現在）',
      '川口 蓮：県立東高（推薦）、私立清和（併願）。',
      '藤本 美咲：私立清和のみ。',
      '西川 大翔：県立西高。',
    ].join('\n');
    expect(classify(text, '受験予定.txt').class).toBe('II');
  });

  it('is nothing in a newsletter to every family', () => {
    const text = ['進路だより 第3号', '志望校を決める時期です。保護者の皆様もご家庭で話し合ってください。'].join('\n');
    expect(classify(text, '進路だより.docx', { type: 'docx' }).class).not.toBe('II');
  });
});
