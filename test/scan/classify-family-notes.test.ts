import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A family's own note to the teacher (a page of the 連絡帳 photographed, a parent's mail or chat)
 * tells of their child whoever it names, or none: its family and matters are the pupil's 生活歴.
 */
const classify = (text: string, more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name: 'IMG_1106.jpg', text, ocr: { pages: 1 }, ...more });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('a note from home', () => {
  it('addressed to the teacher and telling of the parents', () => {
    const text = [
      '11月6日',
      '先生へ',
      '昨夜、父と母が大げんかをして、',
      '父が家を出ていきました。',
      'ゆいは朝からずっと泣いています。',
      '黒髪',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('addressed to a teacher OCR misread, telling a diagnosis and naming no one', () => {
    const text = ['7月3日 (木)', 'FTE へ', '昨日、病院で発達障害 (ASD) の', '診断を受けました。', '相談させてください。'];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('a chat whose sender is the guardian, telling of bullying and a parent in hospital', () => {
    const text = [
      '941',
      '保護者 ママ',
      '先生夜分にすみません。娘が学校でい',
      'じめられていると泣いています',
      'ご連絡ありがとうございます。明日詳',
      '実は私も病気で入院することになって',
      '、しばらく祖母の家から通わせます',
    ];
    expect(classify(text.join('\n'), { name: 'Screenshot_LINE.png' }).class).toBe('I');
  });

  it('a page headed as the 連絡帳, dated under its title, telling of a burn in plain words', () => {
    const text = [
      'れんらくちょう (永田 花)',
      '9月9日 (月)',
      'おうちでの様子 週末にやけどをして右手に包帯をしています。',
      'ガーゼ交換は不要です。水遊びは休ませてください。',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('a blank form’s guardian field is no sender', () => {
    const text = [
      '家庭環境調査票',
      '生徒氏名\t\t生年月日',
      '保護者\t\t勤務先',
      '保護者氏名',
      '家族構成（本人との続柄）',
      '既往歴・アレルギー',
    ];
    expect(high(classify(text.join('\n'), { name: '家庭環境調査票_様式.docx', ocr: undefined }).class)).toBe(false);
  });

  it('a notice to every guardian is no note from home', () => {
    const text = ['保護者 各位', '6月3日', '水遊びが始まります。やけどや熱中症に気をつけましょう。', '母の会のお知らせ'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });

  it('dated at its top and signed by the family at its foot', () => {
    const text = [
      '6月10日(火)',
      '昨夜、父親とのことで大きな口論があり',
      'ほとんど眠れていません。',
      '朝も泣いていました。',
      '工藤',
      'RS',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('a parent’s chat opened with a greeting', () => {
    const text = [
      'ゆうと母',
      'いつもお世話になっています。ゆうとが昨日から部屋から出てきません。',
      '実は主人とのことで家の中がずっと落ち着かなくて',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });
});

describe('not a note from home', () => {
  it('a letter to all families', () => {
    const text = ['保護者の皆様へ', '先生へ', '熱中症が増えています。病院を受診する目安をお知らせします。'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });

  it('a child’s own letter to the teacher', () => {
    const text = ['せんせいへ', 'ぼくは、日曜日に父と母とキャンプに行きました。', 'たのしかったです。'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });

  it('a note to the teacher that tells of no family and no matter', () => {
    const text = ['先生へ', '明日の持ち物を教えてください。', 'よろしくお願いします。'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });

  it('a dated memo with no signature', () => {
    const text = ['6月10日', '学年会の議題', '遠足の班分けと弁当の確認'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });
});

describe('a letter to many is no note from home', () => {
  it('addressed to the pupils of a year', () => {
    const text = ['6年生のみなさんへ', '卒業おめでとう。お父さんやお母さんに感謝の気持ちを伝えましょう。'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });

  it('a short line ending in へ that is no addressee on an undated page (an essay’s title)', () => {
    const text = ['未来へ', '父と母が応援してくれた。', '夢をかなえたい。'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });
});
