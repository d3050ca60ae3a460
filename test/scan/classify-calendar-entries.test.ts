import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A day then what happens on it (「7/1 期末考査」, a school website's news captured) is an entry of a
 * calendar, not the page's title: the page is the notice, not the exam. A date alone above a title
 * still leaves the title read.
 */
const classify = (text: string, name: string) => classifyDocument(getPack('kumamoto'), { name, text, ocr: { pages: 1 } });

describe('calendar entries in the first lines', () => {
  it('a website’s news listing 「7/1 期末考査」 is a notice, not the exam (Ⅳ)', () => {
    const r = classify(
      ['Microsoft Edge', 'お知らせ', '6/20 避難訓練を実施します', '7/1 期末考査'].join('\n'),
      'スクリーンショット 2026-06-12 083000.png',
    );
    expect(r.class, r.reasons.join('\n')).toBe('IV');
  });

  it('a dated page still has its title read', () => {
    const r = classify(['9月9日 (月)', '事故報告書', '発生日時 9月8日'].join('\n'), 'IMG_1.jpg');
    expect(r.class).toBe('II');
  });
});
