import { describe, expect, it } from 'vitest';
import { findNames, isPersonName, mayBeName } from '../../policy/classify/read-names.js';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * Pupils from abroad as a school writes them (issue 14): romaji of three or four words in their own
 * order (Nguyen Van An, Joshua Dela Cruz), katakana parts set apart by ・ (レイエス・アンジェロ),
 * Hangul (김민준), and a name followed by the year in brackets (Tran Thi Lan（5年）, Li Xue（中3）).
 */
const classify = (text: string, name = 'メモ.docx', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text, ...more });

describe('a cell holding a foreign name', () => {
  it.each([
    'Nguyen Van An',
    'Tran Thi Lan',
    'Joshua Dela Cruz',
    'Jean-Luc Martin',
    'レイエス・アンジェロ',
    'グエン・ヴァン・アン',
    'イ・ソユン',
    'グエン ヴァン アン',
    '김민준',
    '박 서연',
  ])('reads %s as a person', (cell) => {
    expect(mayBeName(cell)).toBe(true);
    expect(isPersonName(cell)).toBe(true);
  });

  it.each(['データ・サイエンス', 'ホームページ', '国語', 'Maria', '氏 名'])('does not read %s as a person', (cell) => {
    expect(isPersonName(cell)).toBe(false);
  });
});

describe('a foreign name with the year after it', () => {
  it.each(['Tran Thi Lan（5年）：話す ステージ3', 'Li Xue（中3）：話す ステージ5', 'グエン・ヴァン・アン（4年生）、母と来校'])(
    'finds the name in 「%s」',
    (line) => {
      expect(findNames(line, ['さん', 'くん']).length).toBe(1);
    },
  );

  it('finds nobody in a date or a grade alone', () => {
    expect(findNames('Open Day（5年）の案内', ['さん'])).toEqual([]);
  });

  it('makes an assessment that notes a possible disability about a named pupil class I', () => {
    const text = [
      'JSL対話型アセスメント（DLA）結果',
      'Tran Thi Lan（5年）：話す ステージ3、読む ステージ2',
      'Gabriel Oliveira（3年）：話す ステージ4、読む ステージ2　※学習障害の可能性、特別支援コーディネーターと相談中',
    ].join('\n');
    expect(classify(text, 'JSL評価_2学期.docx').class).toBe('I');
  });
});

describe('a foreign name in katakana where a person is written', () => {
  it.each(['対象：グエン・ティ・ラン（前期3年）', '通訳：チャン・バオ・ゴックさんの母', '面談 リー・ジアハオ（中2）'])(
    'finds the name in 「%s」',
    (line) => {
      expect(findNames(line, ['さん', 'くん']).length).toBe(1);
    },
  );

  it.each(['ピア・サポート（1年）の計画', 'ティーム・ティーチングで実施', 'データ・サイエンス：2年'])(
    'finds nobody in 「%s」',
    (line) => {
      expect(findNames(line, ['さん', 'くん'])).toEqual([]);
    },
  );

  it('makes a memo about an interpreter for a named pupil’s family class I', () => {
    const text = [
      '面談通訳の手配',
      '対象：ペレイラ・ルアナ（前期2年）',
      '父が先月で失職。在留資格の更新に不安がある。',
      '母はポルトガル語のみ。通訳は市の国際交流課へ依頼済み。',
    ].join('\n');
    expect(classify(text, '通訳メモ.txt').class).toBe('I');
  });
});

describe('a given name in romaji before a kana suffix', () => {
  it.each(['Mariaさんは健康診断で視力0.3でした。', 'きのうLucasくんが休んだ。'])('finds the name in 「%s」', (line) => {
    expect(findNames(line, ['さん', 'くん']).length).toBe(1);
  });

  it.each(['Wi-Fiさんの設定', 'PDFさんから', 'iPadさん'])('finds nobody in 「%s」', (line) => {
    expect(findNames(line, ['さん', 'くん'])).toEqual([]);
  });

  it('makes a note on a pupil’s eyesight class I', () => {
    const r = classify(['お知らせ', 'Mariaさんは健康診断で視力0.3でした。眼科を受診した。'].join('\n'));
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });
});
