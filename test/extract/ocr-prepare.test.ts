import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateSkew } from '../../extract/ocr/ocr-skew.js';
import { inspectBuffer } from '../../inspect/index.js';
import { getPack } from '../../policy/index.js';
import { SCANNED_FORM, scannedPng } from '../helpers/corpus-formats.js';

/**
 * Phone photos before OCR (ocr-prepare): the tilt of a page found from its pixels, and a tilted
 * class Ⅰ form still read and found. Real parts: sharp, tesseract, the classifier.
 */

const WHITE = { r: 255, g: 255, b: 255 };
/** A page of text lines drawn from an SVG in the CJK font, as greyscale pixels after a turn of `degrees`. */
async function turnedPage(degrees: number) {
  const text = SCANNED_FORM.map(
    (line, i) => `<text x="60" y="${90 + i * 60}" font-family="Noto Sans CJK JP" font-size="30">${line}</text>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="500"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
  const turned = await sharp(await sharp(Buffer.from(svg)).png().toBuffer())
    .rotate(degrees, { background: WHITE })
    .png()
    .toBuffer();
  const { data, info } = await sharp(turned).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('estimateSkew', () => {
  it.each([0, 8, -5, 15, -12.5])('finds a page turned %s° within 1°', async (degrees) => {
    expect(Math.abs(estimateSkew(await turnedPage(degrees)) - degrees)).toBeLessThanOrEqual(1);
  });

  it('gives 0 for a blank page', () => {
    expect(estimateSkew({ data: new Uint8Array(400 * 300).fill(250), width: 400, height: 300 })).toBe(0);
  });
});

describe('a tilted phone photo of a class Ⅰ form', () => {
  it('is straightened before OCR and found as class Ⅰ', async () => {
    const photo = await sharp(await scannedPng(SCANNED_FORM))
      .rotate(15, { background: WHITE })
      .jpeg({ quality: 85 })
      .toBuffer();
    const r = await inspectBuffer(getPack('kumamoto'), photo, 'IMG_0412.jpg', 'IMG_0412.jpg');
    expect(r).toMatchObject({ violation: true, class: 'I' });
  }, 180_000);
});
