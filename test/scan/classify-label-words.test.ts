import { describe, expect, it } from 'vitest';
import { compileClassifier } from '../../policy/classify/index.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A heading is a label as a word of its own, not as letters inside a longer word or a sentence:
 * 国語 is not in 中国語, 家庭 not in 家庭訪問, 就学援助 not in 「就学援助申請の説明」. Taken as
 * labels, a filled record's values made its last row look like a header and its names went unread.
 */
const labels = compileClassifier(getPack('kumamoto')).labels;

const sheet = (name: string, rows: string[][], headerRow = 0) => ({
  name,
  type: 'ods',
  text: rows.map((r) => r.join('\t')).join('\n'),
  tables: [{ rows, headerRow }],
});

describe('the label a cell holds', () => {
  it.each([
    ['電話番号（自宅）', '電話番号'],
    ['連絡先1', '連絡先'],
    ['児童氏名', '児童氏名'],
    ['ＳＣ所見', '所見'],
    ['氏名　森', '氏名'],
    ['年　組　　番　氏名', '氏名'],
  ])('reads 「%s」 as %s', (cell, label) => {
    expect(labels.ofCell(cell)).toBe(label);
  });

  it.each(['中国語', '家庭訪問', '外国語活動', '就学援助申請の説明', '保健室：腹痛で早退、保険証なしのため受診できず'])(
    'reads no label in 「%s」',
    (cell) => {
      expect(labels.ofCell(cell)).toBeNull();
    },
  );
});

describe('a record whose values hold label words', () => {
  it('reads the interpreter log as a filled record of named pupils, class I', () => {
    const input = sheet('通訳派遣記録.ods', [
      ['日付', '児童', '言語', '内容'],
      ['5/10', 'Tran Thi Lan', 'ベトナム語', '家庭訪問'],
      ['6/2', 'レイエス・アンジェロ', 'タガログ語', '個人懇談：成績について'],
      ['9/15', 'Lucas Silva', 'ポルトガル語', '保健室：腹痛で早退、保険証なしのため受診できず'],
      ['10/20', '王 浩然', '中国語', '就学援助申請の説明'],
    ]);
    expect(classifyDocument(getPack('kumamoto'), input).class).toBe('I');
  });

  it('keeps a blank application form with printed values and choices low', () => {
    const input = sheet('就学援助費受給申請書.docx', [
      ['保護者氏名', '', '電話', ''],
      ['住所', '熊本市　　区', '', ''],
      ['児童生徒氏名', '', '学校・学年', '学校　　年'],
      ['申請理由', '□生活保護　□児童扶養手当　□市民税非課税　□その他（　　　）', '', ''],
    ]);
    expect(classifyDocument(getPack('kumamoto'), input).class).not.toBe('I');
  });
});
