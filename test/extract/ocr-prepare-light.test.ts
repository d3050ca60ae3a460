import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deskCells, prepareImage } from '../../extract/ocr/ocr-prepare.js';

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

/** A page (white, with strokes) photographed on a dark desk: the paper in the middle, `desk` around. */
async function pageOnDesk(width = 1000, height = 1200, desk = 70) {
  const grey = Buffer.alloc(width * height, desk);
  const [x0, x1, y0, y1] = [200, 800, 200, 1000];
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) grey[y * width + x] = y % 50 < 5 && x % 70 < 45 && y > y0 + 40 ? 40 : 215;
  return sharp(grey, { raw: { width, height, channels: 1 } })
    .jpeg()
    .toBuffer();
}

describe('the desk around a photographed page', () => {
  it('is made white, leaving no dark frame around the page for tesseract to take for a picture', async () => {
    const prepared = await prepareImage(await pageOnDesk(), '', 60_000_000);
    const { data, info } = await pixels(prepared!.image);
    const s = info.width / 1000;
    // Desk just outside the page's edge (within the window the light is measured over), and far away.
    const at = (x: number, y: number) => data[Math.round(y * s) * info.width + Math.round(x * s)]!;
    expect(at(180, 600)).toBeGreaterThan(200);
    expect(at(50, 50)).toBeGreaterThan(200);
    // The print on the page is still dark.
    expect(at(212, 502)).toBeLessThan(at(212, 520) - 60);
  });

  it('is found only around a page: a screenshot with a dark bar across its top has none', () => {
    const [w, h] = [60, 80];
    const screen = new Uint8Array(w * h).fill(245);
    screen.fill(40, 0, w * 8);
    expect(deskCells(screen, w, h)).toBeNull();
    const photo = new Uint8Array(w * h).fill(60);
    for (let y = 15; y < 65; y++) photo.fill(220, y * w + 12, y * w + 48);
    const desk = deskCells(photo, w, h);
    expect(desk?.[0]).toBe(1);
    expect(desk?.[40 * w + 30]).toBe(0);
  });
});
