import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareImage } from '../../extract/ocr/ocr-prepare.js';

/**
 * The light evened out before a photo is read again (ocr-prepare): paper in a shadow comes out as
 * white as paper in the light, and the prepared image is one channel. Real parts: sharp.
 */

/** Paper lit from the left, 235 falling to 110 on the right, with dark strokes across it. */
async function shadedPaper(width = 1200, height = 900) {
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const paper = Math.round(235 - (125 * x) / width);
      const stroke = y % 60 < 6 && x % 80 < 50;
      grey[y * width + x] = stroke ? Math.round(paper * 0.25) : paper;
    }
  return sharp(grey, { raw: { width, height, channels: 1 } })
    .jpeg()
    .toBuffer();
}

async function pixels(png: Uint8Array) {
  return sharp(png).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
}

describe('prepareImage evens out the light', () => {
  it('makes paper in the shadow as light as paper in the light', async () => {
    const prepared = await prepareImage(await shadedPaper(), '', 60_000_000);
    expect(prepared).not.toBeNull();
    expect((await sharp(prepared!.image).metadata()).channels).toBe(1);
    const { data, info } = await pixels(prepared!.image);
    // Paper between the strokes, on the lit left and the shaded right.
    const at = (fx: number, fy: number) => data[Math.round(fy * info.height + 30) * info.width + Math.round(fx * info.width)]!;
    const left = at(0.1, 0.5);
    const right = at(0.85, 0.5);
    expect(Math.abs(left - right), `left ${left}, right ${right}`).toBeLessThan(25);
  });
});
