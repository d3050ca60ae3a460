import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * Notes that tell a pupil's or a family's situation in everyday words (issue 14, blind-10): the
 * person is written as staff write them (an unusual surname with さん, a name in Hangul or romaji
 * with its reading, 本人), and the account may stand below a long general text.
 */
const classify = (text: string, name: string, more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'txt', text, ...more });

describe('a surname the dictionary does not know, before さん', () => {
  it('is a pupil a chat tells self-harm about', () => {
    const text = [
      '[10:12] 森：いま保健室に3年の砂取さんが来ています。リストカットの跡がまた増えていました',
      '[10:13] 松本：すぐ行きます',
    ].join('\n');
    expect(classify(text, 'chat_export.txt').class).toBe('I');
  });

  it('is not made of a common noun (保健室さん)', () => {
    const text = ['[10:12] 森：保健室さんに聞いてください。リストカットの防止について', '[10:13] 松本：了解'].join('\n');
    expect(classify(text, 'chat_export.txt').class).not.toBe('I');
  });
});

describe('an account of a family in plain words', () => {
  it('is told as heard from the mother (「…と母親から。」)', () => {
    const text = [
      '2の1の出水さんちのこと',
      'お父さんが仕事をやめて、家賃が払えていないらしい。催促は待ってほしいと母親から。',
      '上履きは学校のものを渡した。',
    ].join('\n');
    expect(classify(text, 'メモ.txt').class).toBe('I');
  });

  it('is read in a memo whose later line names a newsletter', () => {
    const text = [
      '・職員室の鍵、金曜に返却',
      '・飽田さん、このところ元気がない。夕ご飯を食べていないと言っていた。',
      '・お母さんは夜遅くまで仕事らしい',
      '・学年だよりの原稿、月曜まで',
    ].join('\n');
    expect(classify(text, 'いろいろ.txt').class).toBe('I');
  });

  it('tells a pupil’s own words (本人は…と言っている) with the names of who hurt them', () => {
    const text = [
      '昼休み、池田くんが同じ班の3人（井芹、坪井、花園）に「うざい」と言われて泣いていた。',
      '本人はもう教室に入りたくないと言っている。明日、保護者に連絡する。',
    ].join('\n');
    expect(classify(text, '日誌.txt').class).toBe('I');
  });

  it('is not found in a letter addressed to families', () => {
    const text = [
      '学年だより　11月号',
      '保護者の皆様へ',
      '朝ごはんをしっかり食べてきましょうと、子どもたちに話しています。',
      'お母さんお父さんも、ご家庭で声をかけてください。',
    ].join('\n');
    expect(classify(text, '学年だより.txt').class).not.toBe('I');
  });
});

describe('a foreign name written with its reading', () => {
  it('heads a note on family violence in Hangul (김민준 (キム・ミンジュン))', () => {
    const text = ['김민준 (キム・ミンジュン) 4年', '- 父の暴力で母子で避難中、住所は秘匿。', '- 文書は母へ直接渡すこと。'].join(
      '\n',
    );
    expect(classify(text, 'memo.txt').class).toBe('I');
  });

  it('heads a nurse’s note in romaji (Lucas Silva（シルバ・ルーカス）)', () => {
    const text = [
      'Lucas Silva（シルバ・ルーカス）2年3組',
      '11/5 体育中に胸の痛みを訴え、早退。',
      '心臓の検査が必要と保護者に伝えた。',
    ].join('\n');
    expect(classify(text, '受診連絡.txt', { type: 'rtf' }).class).toBe('I');
  });
});

describe('an account at the end of a long text', () => {
  it('is read after a hundred general lines', () => {
    const general = Array.from({ length: 100 }, (_, i) =>
      i % 2 ? '学級目標の達成に向けて、係活動を中心に取り組んだ。' : '授業では話し合い活動を多く取り入れた。',
    );
    const text = [
      '令和8年度 学級経営記録',
      ...general,
      '---- 個人メモ ----',
      '3-1 出水 樹：父から「今日は帰ってくるな」と言われた。夜は公園にいたらしい。明日児相へ相談。',
    ].join('\n');
    expect(classify(text, '学級経営記録.txt').class).toBe('I');
  });
});

describe('an account told as heard from the pupil or the family (…と本人から聞きました)', () => {
  it('is a record of the pupil named', () => {
    const text = [
      'SC先生',
      '西田 陸さん（2-1）、昨日また手首を切ったと本人から聞きました。母には未連絡です。明日の面談お願いします。',
    ].join('\n');
    expect(classify(text, 'Re: 2年Aさんの件.eml', { type: 'eml' }).class).toBe('I');
  });

  it('stays lower in a letter to all families', () => {
    const text = [
      '保護者の皆様へ',
      '運動会が楽しかったと本人から聞きましたという声を、たくさんのお母さんからいただきました。',
    ].join('\n');
    expect(classify(text, 'お知らせ.txt').class).not.toBe('I');
  });
});
