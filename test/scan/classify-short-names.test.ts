import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Names the dictionary does not read as names, where a school writes a pupil: a one-kanji surname
 * after the pupil's class (「3年6組 東 心春」), and a given name in hiragana before さん・くん・ちゃん
 * (さくらさん), as a teacher writes a young pupil. Words that only look so stay words.
 */
const classify = (text: string, name = 'メモ.txt') => classifyDocument(getPack('kumamoto'), { name, type: 'txt', text });

describe('short names where a school writes a pupil', () => {
  it('a case meeting about 「3年6組 東 心春」 is the pupil’s counselling record (Ⅰ)', () => {
    const r = classify(
      ['ケース会議', '対象：3年6組 東 心春', '欠席 年間48日', '5月 リストカット発覚', '7月 児童相談所と協議'].join('\n'),
      'ケース会議_資料.pptx',
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a memo headed 「東 陽斗さんのこと」 (a one-kanji surname, a given name, さん) is the pupil’s record (Ⅰ)', () => {
    const r = classify(
      [
        '東 陽斗さんのこと',
        'お母さんが入院して今は祖母の家から通っている。朝ごはんを食べてこない日が多い。',
        '腕にあざがあったので養護の先生に見てもらった。児童相談所に連絡するか教頭先生と相談。',
      ].join('\n'),
      '新しいテキスト ドキュメント.txt',
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('one kanji and a word before 先生 or without a suffix stay no pupil', () => {
    const text = '児童相談所に連絡するか教頭先生と相談。お母さんが入院。';
    expect(classify(`東 陽斗先生のこと\n${text}`).class).toBeNull();
    expect(classify(`東 校舎のこと\n${text}`).class).toBeNull();
  });

  it('a call note about さくらさん and what her mother said is the pupil’s 生活歴 (Ⅰ)', () => {
    const r = classify(
      [
        'さくらさんのこと（メモ）',
        '今朝、さくらさんのお母さんから電話。昨夜お父さんが家を出て行ったとのこと。',
        '本人と少し話した。「家がうるさくて眠れなかった」と。',
      ].join('\n'),
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a class’s building or a word before さん is no one', () => {
    expect(classify('3年6組 東 校舎の清掃当番。\n欠席 年間48日。病院を受診。').class).toBeNull();
    expect(
      classify('みなさん、おまわりさんの話を聞きました。きのうは病院に行った人もいました。インフルエンザに注意。').class,
    ).toBeNull();
  });
});
