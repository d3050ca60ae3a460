import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A test with a pupil's name and a score written in its score field (得点 85点) has been marked: it
 * is the answer sheet filled in (テスト等の答案用紙, Ⅱ), as 採点 in its title would say
 * (pack.yaml `classify.marked_by`). The blank test, with no name and no score, stays the test (Ⅲ).
 */
const photo = (text: string) =>
  classifyDocument(getPack('kumamoto'), { name: 'PXL_20240626_010116119.jpg', text, ocr: { pages: 1 } });

describe('a marked test', () => {
  it('a photographed check test with the pupil’s name and 得点 is the answer sheet (Ⅱ)', () => {
    const r = photo(['名前 松本 千尋', '12.4X3=', '72', '得点 54点 。', '小数のかけ算 確認テスト (5年)'].join('\n'));
    expect(r.class, r.reasons.join('\n')).toBe('II');
  });

  it('the blank test, its score field empty, stays the test (Ⅲ)', () => {
    const r = classifyDocument(getPack('kumamoto'), {
      name: '小数のかけ算_確認テスト.docx',
      type: 'docx',
      text: ['小数のかけ算 確認テスト (5年)', '名前', '1 12.4×3=', '得点　　　点'].join('\n'),
    });
    expect(r.class, r.reasons.join('\n')).toBe('III');
  });
});
