import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deskCells, prepareImage } from '../../extract/ocr/ocr-prepare.js';

/**
 * A page photographed on a dark desk with a deep shadow across part of it (ocr-prepare): the shadowed
 * paper is lighter than the desk though darker than half the lit paper, and its print must not be
 * made white with the desk. Real parts: sharp, the CJK font, tesseract.
 */

const LINES = ['2年 数学 期末考査 解答用紙', '2年 3組 12番 氏名 藤本 さくら', '得点 72'];

/** The page: SVG text in the CJK font, greyscale pixels. */
async function pageText(width: number, height: number) {
  const text = LINES.map(
    (line, i) => `<text x="40" y="${70 + i * 45}" font-family="Noto Sans CJK JP" font-size="26">${line}</text>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).greyscale().raw().toBuffer();
}

/** The page on a desk of grey 30, lit 235 on its right and falling to 85 on its left, as a JPEG. */
async function shadowedPhoto() {
  const [width, height, pw, ph, x0, y0] = [900, 1100, 640, 860, 130, 120];
  const page = await pageText(pw, ph);
  const grey = Buffer.alloc(width * height, 30);
  for (let y = 0; y < ph; y++)
    for (let x = 0; x < pw; x++) {
      const light = 85 + (150 * Math.min(1, x / (pw * 0.7))) / 1;
      grey[(y + y0) * width + x + x0] = Math.round((page[y * pw + x]! / 255) * light);
    }
  return sharp(grey, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

describe('a page in deep shadow on a dark desk', () => {
  it('keeps the shadowed paper and its print out of the desk', () => {
    const [w, h] = [60, 80];
    const photo = new Uint8Array(w * h).fill(30);
    // The page: paper 90 in the shadow (left) to 230 in the light, with darker cells of print.
    for (let y = 10; y < 70; y++) for (let x = 8; x < 52; x++) photo[y * w + x] = x < 25 ? (y % 6 === 0 ? 60 : 95) : 230;
    const desk = deskCells(photo, w, h);
    expect(desk?.[0]).toBe(1);
    expect(desk?.[30 * w + 12]).toBe(0);
    expect(desk?.[30 * w + 40]).toBe(0);
  });

  it('is read again with the words in the shadow', async () => {
    const prepared = await prepareImage(await shadowedPhoto(), '', 60_000_000);
    expect(prepared).not.toBeNull();
    const run = spawnSync('tesseract', ['stdin', 'stdout', '-l', 'jpn+eng'], { input: prepared!.image, encoding: 'utf8' });
    const text = run.stdout.replace(/\s+/g, '');
    expect(text).toContain('期末考査');
    expect(text).toContain('氏名');
  }, 60_000);
});
