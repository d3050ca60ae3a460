/**
 * A photographed or scanned ruled table with its ruling taken out, for tesseract to read as rows.
 * tesseract takes a grid's cells for separate pictures or columns and reads a 出席簿 as
 * 「語村 - 周言時選寺」; with the lines gone, the same page read as one block of text (page
 * segmentation 6) gives each row's number, name and marks on one line. A ruled line is a run of
 * dark pixels many letters long, across or down the page: no stroke of a letter is that long, so
 * the letters stay as they were (grey, not thresholded) and only the lines are made white.
 */

import { flattenLight, greyPixels } from './ocr-prepare.js';

/** A greyscale image, one byte per pixel, row by row. */
export interface GreyPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** A ruled line is at least this share of the page's shorter side long… */
const MIN_RULE_SHARE = 1 / 25;
/** …and at least this many pixels (a small image's letters are not lines). */
const MIN_RULE_PIXELS = 40;
/** A gap of this many light pixels inside a line (a worn or anti-aliased ruling) does not end it. */
const RULE_GAP = 1;
/** A line this share of the page wide (or tall) counts towards the grid. */
const GRID_SHARE = 1 / 4;
/** A grid: at least this many such lines across… */
const MIN_GRID_ROWS = 3;
/** …and this many down the page. */
const MIN_GRID_COLUMNS = 2;

/** Otsu's threshold: the grey that best parts the page's ink from its paper. */
export function otsuThreshold(data: Uint8Array): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of data) histogram[v]!++;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!;
  let sumBelow = 0;
  let below = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    below += histogram[t]!;
    if (below === 0) continue;
    const above = data.length - below;
    if (above === 0) break;
    sumBelow += t * histogram[t]!;
    const between = below * above * (sumBelow / below - (sum - sumBelow) / above) ** 2;
    if (between > best) [best, threshold] = [between, t];
  }
  return threshold;
}

/**
 * Marks in `rule` the runs of dark pixels along one direction at least `min` long; returns how many
 * lines (runs of neighbouring rows or columns holding a run at least `gridMin` long) were seen.
 */
function markRuns(dark: Uint8Array, img: GreyPixels, across: boolean, min: number, gridMin: number, rule: Uint8Array): number {
  const { width, height } = img;
  const [lines, length] = across ? [height, width] : [width, height];
  const at = across ? (line: number, k: number) => line * width + k : (line: number, k: number) => k * width + line;
  let grid = 0;
  let previousLong = false;
  for (let line = 0; line < lines; line++) {
    let start = -1;
    let gap = 0;
    let long = false;
    for (let k = 0; k <= length; k++) {
      if (k < length && dark[at(line, k)] === 1) {
        if (start < 0) start = k;
        gap = 0;
        continue;
      }
      if (start < 0) continue;
      gap++;
      if (gap <= RULE_GAP && k < length) continue;
      const end = k - gap + 1;
      if (end - start >= min) for (let j = start; j < end; j++) rule[at(line, j)] = 1;
      if (end - start >= gridMin) long = true;
      start = -1;
      gap = 0;
    }
    if (long && !previousLong) grid++;
    previousLong = long;
  }
  return grid;
}

/**
 * The page with its ruled lines made white, or null when it holds no grid (fewer than three long
 * lines across or two down: a letter, a photo of a whiteboard, a form of a few underlines).
 */
export function removeRuling(img: GreyPixels): Uint8Array | null {
  const { data, width, height } = img;
  if (width < 1 || height < 1) return null;
  const threshold = otsuThreshold(data);
  const dark = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) dark[i] = data[i]! <= threshold ? 1 : 0;
  const min = Math.max(MIN_RULE_PIXELS, Math.round(Math.min(width, height) * MIN_RULE_SHARE));
  const rule = new Uint8Array(data.length);
  const rows = markRuns(dark, img, true, min, Math.round(width * GRID_SHARE), rule);
  const columns = markRuns(dark, img, false, min, Math.round(height * GRID_SHARE * 0.5), rule);
  if (rows < MIN_GRID_ROWS || columns < MIN_GRID_COLUMNS) return null;
  const out = Uint8Array.from(data);
  // The line and the pixel either side of it (its anti-aliased edge) made white.
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (
        rule[i] === 1 ||
        (x > 0 && rule[i - 1] === 1) ||
        (x < width - 1 && rule[i + 1] === 1) ||
        (y > 0 && rule[i - width] === 1) ||
        (y < height - 1 && rule[i + width] === 1)
      )
        out[i] = 255;
    }
  return out;
}

/**
 * The image (as tesseract reads it: PNG, JPEG, PGM …) with its ruling taken out, as a PGM, or null
 * when it holds no grid or cannot be decoded. Its light is evened out first (ocr-prepare), so a
 * shadow across the page is not taken for ink.
 */
export async function deruledImage(image: Uint8Array, maxPixels: number): Promise<Uint8Array | null> {
  const grey = await greyPixels(image, maxPixels);
  if (grey === null) return null;
  const { out: data } = await flattenLight(grey.data, grey.width, grey.height);
  const out = removeRuling({ data, width: grey.width, height: grey.height });
  if (out === null) return null;
  const head = Buffer.from(`P5\n${grey.width} ${grey.height}\n255\n`, 'latin1');
  return new Uint8Array(Buffer.concat([head, out]));
}
