import { describe, expect, it } from 'vitest';
import { misreadAsLatin } from '../../extract/ocr/ocr-script.js';

/** A word's TSV row: block and line, its box, tesseract's confidence and its text. */
const word = (line: number, box: [number, number, number, number], conf: number, text: string) =>
  ['5', '1', '1', '1', `${line}`, '1', ...box.map(String), `${conf}`, text].join('\t');

const body = [
  word(2, [100, 200, 300, 30], 92, '2年3組21番'),
  word(2, [420, 200, 200, 30], 90, '藤田'),
  word(3, [100, 260, 800, 30], 91, '5月28日に公園でたばこを吸ってしまいました。'),
  word(4, [100, 320, 800, 30], 93, '家族にも先生にも迷惑をかけて本当にすみませんでした。'),
];

describe('misreadAsLatin', () => {
  it('finds a title in large print read as letters (反省文 as 「Rex」)', () => {
    expect(misreadAsLatin([word(1, [300, 60, 200, 70], 32, 'Rex'), ...body].join('\n'))).toBe(true);
  });

  it('finds a doubtful word of letters on a line of Japanese (a name read as 「PH AIF」)', () => {
    const tsv = [...body, word(5, [100, 380, 200, 30], 90, '8年1組'), word(5, [320, 380, 80, 30], 43, 'AIF')].join('\n');
    expect(misreadAsLatin(tsv)).toBe(true);
  });

  it('leaves alone English read with confidence (「Teams」 on a screen) and an English page', () => {
    expect(
      misreadAsLatin([word(1, [20, 20, 120, 30], 83, 'Teams'), word(1, [160, 20, 100, 30], 88, '5年担任'), ...body].join('\n')),
    ).toBe(false);
    const english = [
      word(1, [20, 20, 300, 30], 40, 'Firewall'),
      word(1, [340, 20, 300, 30], 60, 'settings'),
      word(2, [20, 80, 100, 30], 90, '管理'),
    ];
    expect(misreadAsLatin(english.join('\n'))).toBe(false);
  });
});
