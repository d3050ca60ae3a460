import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

// A 義務教育学校 counts its years from 1年 to 9年: a pupil written as 8-1-21 or 9年2組15番 is
// someone, as a pupil of 1年 to 6年 is.
describe('pupils of 7年 to 9年 by number', () => {
  it('reads a bullying log that names pupils only by 年-組-番', () => {
    const text = [
      'いじめ対応 経過（8-1 No.21）',
      '4/22 8-1-21（女）が保健室で「LINEグループで悪口を書かれている」と訴える。',
      '4/23 加害側とされる8-1-5、8-1-9、8-2-3から個別に聴取。',
      '5/30 21は別室登校中。SCとの面談を継続。',
    ].join('\n');
    expect(classifyDocument(pack, { name: '経過記録.docx', text }).class).toBe('I');
  });

  it('reads a letter about a pupil named by 年・組・番 and the family', () => {
    const text = ['推薦書（下書き）', '9年2組15番（女）', '人物：家庭の事情で家事を担いながらも学習を怠らなかった。'].join('\n');
    expect(classifyDocument(pack, { name: '推薦書_下書き.docx', text }).class).toBe('I');
  });

  it('reads an untitled table of incidents by 年-組-番', () => {
    const rows = [
      ['9-1-14', '5/9', '喫煙（公園）', '父に連絡'],
      ['8-2-22', '5/16', '万引き（コンビニ）', '警察から連絡あり'],
      ['7-3-4', '6/5', '自傷（手首）', 'SC・保健室と連携'],
    ];
    const text = rows.map((r) => r.join('\t')).join('\n');
    expect(classifyDocument(pack, { name: 'Book2.xlsx', text, tables: [{ rows }] } as never).class).toBe('I');
  });

  it('still takes a section number for none', () => {
    const text = '2-2(7) クラウドサービスの利用について。いじめの防止に関する方針を改定する。';
    expect(classifyDocument(pack, { name: '規程.docx', text }).class).not.toBe('I');
  });
});

describe('a mark on the body in plain words', () => {
  it('reads a nurse’s note of a cut on a named pupil', () => {
    const text = ['6/12', '8-1 堀 心春 10:20 気分不良。左手首にカッターの傷（新しい）。本人「誰にも言わないで」。'].join('\n');
    expect(classifyDocument(pack, { name: '来室メモ.txt', text }).class).toBe('I');
  });

  it('does not take a scratch on a desk for a pupil’s', () => {
    const text = '備品点検：理科室の机の傷を補修する。担当 山田';
    expect(classifyDocument(pack, { name: '備品点検.txt', text }).class).not.toBe('I');
  });
});

describe('a name after a particle in a newsletter', () => {
  it('reads a pupil’s illness told in a 学年通信', () => {
    const text = ['8年 学年通信 No.4', '■ 1組の西田 花音さんは骨肉腫の治療のため、当分の間入院します。'].join('\n');
    expect(classifyDocument(pack, { name: '学年通信_8年_No4.docx', text }).class).toBe('I');
  });
});
