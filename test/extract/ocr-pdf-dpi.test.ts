import { describe, expect, it } from 'vitest';
import { renderedDpi } from '../../extract/ocr/ocr-pdf.js';

describe('the resolution a scanned page is rendered at, told to tesseract', () => {
  it('reads each page size pdfinfo prints: A4 portrait, A4 landscape, B5', () => {
    const info = [
      'Producer:        SCANNER-X 3.2',
      'Pages:           3',
      'Page    1 size:  595.276 x 841.89 pts (A4)',
      'Page    1 rot:   0',
      'Page    2 size:  841.89 x 595.276 pts (A4)',
      'Page    3 size:  515.9 x 728.5 pts',
    ].join('\n');
    expect([...renderedDpi(info)]).toEqual([
      [1, 205],
      [2, 205],
      [3, 237],
    ]);
  });
});
