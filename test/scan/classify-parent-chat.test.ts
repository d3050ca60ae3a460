import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A chat among parents (a LINE group photographed or captured) whose line is sent by a parent named by
 * the child (「〇〇ママ : うちの子、起立性調節障害で…」) tells of that child though it names none; 「うちの子」 is
 * a parent's word, not a child's own うち. A parents' chat about lifts and lunches tells nothing.
 */
const classify = (text: string, name = 'LINE_保護者グループ.png') =>
  classifyDocument(getPack('kumamoto'), { name, text, ocr: { pages: 1 } });

describe('a parent’s chat line', () => {
  it('a mother named by her child tells of the child’s condition (Ⅰ)', () => {
    const text = [
      'LINE 白川SC保護者 - Teams',
      '〇O〇ママ : うちの子、起立性調節障害で朝練は休ませます',
      'Bat: 了解です。連絡は 090-0000-3382 まで',
      'AAININ : 土曜の送迎、代わりに行けます',
    ];
    expect(classify(text.join('\n')).class).toBe('I');
  });

  it('parents arranging lifts tell of nobody', () => {
    const r = classify(
      ['ゆうとママ：土曜の送迎、代わりに行けます', 'けんたママ：了解です。お弁当は各自で。'].join('\n'),
      '保護者会連絡.txt',
    );
    expect(r.class === 'I' || r.class === 'II').toBe(false);
  });

  it('a child’s own writing that quotes its mother stays a child’s', () => {
    const r = classify(
      ['わたしのかぞく', 'うちのママはやさしいです。ママ：はやくねなさい、といいます。', 'ぼくは病院がきらいです。'].join('\n'),
      '作文.txt',
    );
    expect(r.class === 'I' || r.class === 'II').toBe(false);
  });
});
