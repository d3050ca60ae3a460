import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A surname the dictionary files as a common word (荒木) and a given name it does not know (心春),
 * set apart by a space where a school writes a name: after the class, after a field's label, before さん.
 */
const classify = (text: string, name = '記録.docx', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text, ...more });

describe('a name of words the dictionary does not know as one', () => {
  it('is the pupil a record names after its class (対象：2年1組 荒木 心春)', () => {
    const text = [
      '生徒指導記録',
      '対象：2年1組 荒木 心春',
      '6月12日 放課後、同じ学級の生徒3名からSNSで悪口を書き込まれていたと本人が担任に相談。いじめ認知として学年で共有。',
    ].join('\n');
    expect(classify(text, 'guidance_4.doc').class).toBe('I');
  });

  it('is the pupil before さん', () => {
    expect(classify('荒木 心春さんがいじめを受けたと相談。').class).toBe('I');
  });

  it('is no one in a blank form’s date (生年月日：　　年　月　日)', () => {
    const text = [
      '個別の教育支援計画（令和　年度）',
      '児童名：',
      '生年月日：　　年　月　日',
      '診断・障害の状況：',
      '本人の願い：',
    ].join('\n');
    expect(classify(text, '個別の教育支援計画_様式.docx').class).toBe('IV');
  });

  it.each(['2年1組 学級 日誌', '3年2組 教室 移動', '議題：学年 集会'])('is no one in 「%s」', (head) => {
    expect(classify(`メモ\n${head}\n放課後、いじめを受けたと相談。`).class).not.toBe('I');
  });
});
