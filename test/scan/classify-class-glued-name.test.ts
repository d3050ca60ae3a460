import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A pupil's year or class written straight before the name, with no space (「4年石川 蒼さん」, as a
 * comment in Word is typed): the class is where the name starts, as a space or a particle would say.
 */
const classify = (text: string, name = '体育実技_見学者の扱い.docx') =>
  classifyDocument(getPack('kumamoto'), { name, type: 'docx', text });

describe('a name written straight after the pupil’s class', () => {
  it('a comment 「4年石川 蒼さんはてんかんの持病あり、服薬中」 is the pupil’s health (Ⅰ)', () => {
    const r = classify(
      [
        '体育実技の見学について',
        '確認',
        '診断書がある場合はレポートで代替する。',
        '4年石川 蒼さんはてんかんの持病あり、服薬中。プール不可。',
      ].join('\n'),
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a class and a name glued in a nurse’s line (「2組田中 花さん」), as before', () => {
    expect(classify('保健室来室\n2組田中 花さんが頭痛で早退、通院中とのこと。', 'メモ.txt').class).toBe('I');
  });

  it('a year before a word that is no name raises nothing', () => {
    expect(classify('4年生活科 見学について\n診断書がある場合はレポートで代替する。').class).toBeNull();
  });
});
