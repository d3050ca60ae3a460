import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A pupil a file tells about without a name: by a 特別支援学校's division and 年-組-番 in the file
 * name (高2-1_4.docx, 小2-2-2.csv), or by year and sex in a note to an outside body (8年の男子生徒);
 * and a matter told after a noun that makes no compound with it (…のため受診できず).
 */
const classify = (text: string, name = 'メモ.docx', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text, ...more });

describe('a pupil by division and 年-組-番 in the file name', () => {
  const essay = [
    'わたしの思い',
    '中学校のとき、てんかんの薬を飲んでいることを友達に言えませんでした。',
    'いまは学校が楽しいです。',
  ].join('\n');

  it.each(['高2-1_4.docx', '中2-1-4.docx', '小3-2-15.docx'])('is class I in %s', (name) => {
    expect(classify(essay, name).class).toBe('I');
  });

  it('is not a pupil in a version number without a division (資料2-1_4.docx)', () => {
    expect(classify(essay, '資料2-1_4.docx').class).not.toBe('I');
  });
});

describe('a pupil by year and sex in an account told to an outside body', () => {
  const note = (who: string) =>
    [
      'こども家庭相談 ご担当 様',
      `先日お話しした${who}のことです。`,
      '5月から学校に来られていません。お父さんが仕事を失ってから、夜になると家の中で大きな声が聞こえると聞いています。',
      '本人は「家にいたくない」と言っています。ご家庭を訪ねていただけないでしょうか。',
    ].join('\n');

  it.each(['8年の男子生徒', '3年2組の女子', '5年生の女の子'])('is class I for 「%s」', (who) => {
    expect(classify(note(who), '無題.docx').class).toBe('I');
  });

  it('stays lower for a letter to all families', () => {
    const text = [
      '保護者の皆様へ',
      '8年の男子生徒が校外学習の感想を「楽しかった」と話していました。お父さんお母さんもぜひお子さんと話してみてください。',
    ].join('\n');
    expect(classify(text, 'お知らせ.docx').class).not.toBe('I');
  });
});

describe('a matter after a noun that leans on it (ため, 今日)', () => {
  it('reads 受診 after のため as a matter about the pupil in the row', () => {
    const text = ['日付\t児童\t内容', '9/15\t山田 太郎さん\t保健室：腹痛で早退、保険証なしのため受診できず'].join('\n');
    expect(classify(text, '記録.docx').class).toBe('I');
  });

  it('still reads 動物病院 as no hospital of the pupil', () => {
    const text = '山田 太郎さんは週末に家族で動物病院へ犬を連れて行ったそうです。';
    expect(classify(text, '記録.docx').class).not.toBe('I');
  });
});
