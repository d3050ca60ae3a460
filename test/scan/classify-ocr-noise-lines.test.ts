import { describe, expect, it } from 'vitest';
import { isOcrNoise } from '../../policy/classify/match-titles.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * OCR reads a photo's ruling, shadows and stamps above the title as letters: those lines are no
 * title, and the title under them is read as a scan's first lines are.
 */
const classify = (text: string, ocr = true) =>
  classifyDocument(getPack('kumamoto'), {
    name: 'image3.jpeg',
    text,
    headings: [text.split('\n')[0]!],
    ...(ocr ? { ocr: { pages: 1 } } : {}),
  });
const high = (c: string | null) => c === 'I' || c === 'II';

describe('lines OCR made of a photo’s background', () => {
  it('are letters and signs with few Japanese letters among them', () => {
    expect(isOcrNoise('TATTLE AEE ECT')).toBe(true);
    expect(isOcrNoise('|      |    hil,')).toBe(true);
    expect(isOcrNoise('Ss eon | TY Sia | 生き')).toBe(true);
    expect(isOcrNoise('3年3組 出席簿 7月')).toBe(false);
    expect(isOcrNoise('保健室来室記録')).toBe(false);
  });

  const photo = ['TATTLE AEE ECT', '.  li', '|      |    hil,', 'OUAARADUMAAAAA ORONO', 'ー   ー)', '3年3組 出席簿 7月'].join(
    '\n',
  );

  it('do not hide the title below them in a photo', () => {
    const r = classify(photo);
    expect(high(r.class), r.reasons.join('\n')).toBe(true);
    expect(r.reasons.join('\n')).toContain('出席簿');
  });

  it('a file’s own text is read as before: its first lines only', () => {
    expect(high(classify(photo, false).class)).toBe(false);
  });
});
