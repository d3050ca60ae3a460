import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A note among staff reports what a pupil or a family said without brackets: a sentence ending in
 * the quoting と (「…置いてあると。」), or a quote and its speaker (「…食べてないって本人が」).
 */
const classify = (text: string) => classifyDocument(getPack('kumamoto'), { name: 'メモ.txt', type: 'txt', text });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('an account reported without brackets', () => {
  it('a sentence ending in と', () => {
    const text = [
      '6/12 放課後',
      'ゆうとくん（2-3）、昼休みに一人で泣いていた。',
      'お母さんが先週から夜帰ってこないらしい。お金は机の上に置いてあると。',
      '明日SCにつなぐ。',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('a quote and its speaker after it', () => {
    const text = [
      'Teams チャット',
      '清水 : 6年の帯山さん、今日もお母さんが迎えに来ない',
      '清水 : ご飯も食べてないって本人が',
      '本山 : 了解です',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('no one named: nobody’s account', () => {
    const text = ['6/12 放課後', '学年会で、家で宿題をする時間がないと。', '次回までに考える。'];
    expect(high(classify(text.join('\n')).class)).toBe(false);
  });
});
