import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * An injury told in a verb (転倒、ひざを擦りむく), as a club's 日誌 or a teacher's note tells it, is the
 * pupil's health as surely as すり傷 in a nurse's log; a fall alone is not (a newsletter's 「転んでも…走りきった
 * 翔さん」). A matter followed by 予防
 * (転倒予防の体操, 熱中症予防) names a measure, not what happened to anyone.
 */
const classify = (text: string, name = '支援員日誌_0612.md') => classifyDocument(getPack('kumamoto'), { name, type: 'md', text });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('injuries told in verbs', () => {
  it('a diary line 「前田 翔太（3年）が転倒、ひざを擦りむく」 is about the pupil', () => {
    const r = classify(
      ['# 6/12 日誌', '- 16:20 校庭で 前田 翔太（3年）が転倒、ひざを擦りむく。消毒し保護者へ連絡。', '- 17:00 おやつ'].join('\n'),
    );
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
  });

  it('a note that a named pupil fell and grazed a knee, in kana', () => {
    const r = classify('昼休みに鈴木 陽菜さんが鉄棒から落ちて、ひざをすりむいた。', 'メモ.txt');
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
  });

  it('a newsletter’s pupil who fell in the relay and ran on is no one’s injury', () => {
    const r = classify('リレーでは、転んでもすぐに立ち上がって走りきった翔さんに大きな拍手が送られました。', '学年だより.docx');
    expect(high(r.class), r.reasons.join('\n')).toBe(false);
  });

  it('a talk on preventing falls by a teacher is no one’s matter', () => {
    expect(classify('校内研修：佐藤先生の講話「転倒予防の体操」', 'メモ.txt').class).toBeNull();
    expect(classify('校内研修：佐藤先生の講話「熱中症予防の体操」', 'メモ.txt').class).toBeNull();
  });
});
