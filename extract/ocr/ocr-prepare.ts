import type Sharp from 'sharp';
import { median, parseTsv } from './ocr-layout.js';
import { estimateSkew } from './ocr-skew.js';

/**
 * A phone photo made readable before tesseract reads it again: turned straight (ocr-skew), made
 * larger when its print is small, its uneven light evened out and its blur sharpened a little.
 * Run only on a doubtful reading (ocr-text); the image stays in memory, bounded in pixels (the
 * decoder's limit, and at most MAX_PREPARED_PIXELS after enlarging), its time counted as OCR's.
 */

/** The size the tilt is estimated at (the longer side, in pixels). */
const SKEW_SIDE = 1000;
/** A tilt smaller than this (degrees) is left alone: tesseract reads it as it is. */
const MIN_SKEW = 0.8;
/** Print whose median word is lower than this (pixels) is enlarged… */
const SMALL_PRINT = 20;
/** …to about this height. */
const PRINT_HEIGHT = 30;
/** Never enlarged more than this, nor past this many pixels. */
const MAX_SCALE = 3;
const MAX_PREPARED_PIXELS = 24_000_000;
/** An image whose longer side is under this is enlarged to it (its words' boxes are not trusted). */
const SMALL_IMAGE_SIDE = 1600;
/** The light is measured on an image this many times smaller, over windows this wide. */
const LIGHT_SHRINK = 16;
const LIGHT_WINDOW = 3;

const WHITE = { r: 255, g: 255, b: 255 };
/** A cell of the shrunk image darker than this share of the paper's light is the desk around the page… */
const DESK_SHARE = 0.5;
/** …and darker than this many times the desk's own grey (the image's border), joined to the border… */
const DESK_SPREAD = 2;
/** …when such cells are no more than this share of the image (else a dark screen, not a desk)… */
const MAX_DESK = 0.85;
/** …and at least this share of the image's border cells (the desk is around the page, not in it). */
const MIN_DESK_BORDER = 0.5;

/**
 * sharp (libvips) is loaded with the first image prepared, not with the module: an inspection
 * worker that never prepares an image does not carry it (about 100 MB resident once loaded).
 */
let sharpLoaded: Promise<typeof Sharp> | undefined;
const loadSharp = () =>
  (sharpLoaded ??= import('sharp').then((m) => ((m as { default?: typeof Sharp }).default ?? m) as typeof Sharp));

export interface Prepared {
  image: Uint8Array;
  /**
   * The same image turned and enlarged but its light left as it was (contrast stretched only): where
   * the light is even, evening it out can thin the print of a small ruled table; both are read.
   */
  unevened: Uint8Array;
  /** How much larger than the original the prepared image is. */
  scale: number;
  /** The tilt taken out, degrees. */
  skew: number;
}

/** How much to enlarge: from the first reading's median word height, or the image's size. */
export function enlargement(tsv: string, width: number, height: number): number {
  const heights = parseTsv(tsv)
    .filter((w) => w.text.trim().length > 0)
    .map((w) => w.height);
  let scale = 1;
  const h = median(heights);
  if (heights.length >= 3 && h < SMALL_PRINT) scale = PRINT_HEIGHT / Math.max(h, 1);
  // A tilted page's boxes are too tall (a word's box spans the slope), so a small image is enlarged anyway.
  if (Math.max(width, height) < SMALL_IMAGE_SIDE) scale = Math.max(scale, SMALL_IMAGE_SIDE / Math.max(width, height, 1));
  scale = Math.min(scale, MAX_SCALE, Math.sqrt(MAX_PREPARED_PIXELS / Math.max(1, width * height)));
  return scale > 1.1 ? scale : 1;
}

/**
 * The cells of the shrunk image (one byte each, their pixels' mean) that are the desk or table a
 * page was photographed on: much darker than the paper, around it. Null when the image is no page
 * on a desk (a scan, a screenshot, a dark screen). Dividing by the paper's light would make the desk
 * white too except within a window of the page, where it leaves a wide black frame that tesseract
 * takes for a picture holding the page, and reads none of it.
 */
export function deskCells(small: Uint8Array, w: number, h: number): Uint8Array | null {
  const sorted = Uint8Array.from(small).sort();
  const paper = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  // Darker than half the paper, and not much lighter than the desk itself (the border's median): a
  // page in deep shadow is lighter than a dark desk, though darker than half its lit part.
  const deskLevel = borderMedian(small, w, h);
  const desk = reachedFromBorder(small, w, h, Math.min(paper * DESK_SHARE, deskLevel * DESK_SPREAD));
  let count = 0;
  for (let i = 0; i < small.length; i++) count += desk[i]!;
  let border = 0;
  let borderDesk = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (y !== 0 && y !== h - 1 && x !== 0 && x !== w - 1) continue;
      border++;
      borderDesk += desk[y * w + x]!;
    }
  if (count === 0 || count > small.length * MAX_DESK || borderDesk < border * MIN_DESK_BORDER) return null;
  return desk;
}

/**
 * The cells darker than `below` that are joined to the image's border through dark cells: the desk
 * lies around the page. A dark cell inside the page (a line of print where the page is in shadow)
 * is no desk: made white, its text would be lost.
 */
export function reachedFromBorder(small: Uint8Array, w: number, h: number, below: number): Uint8Array {
  const desk = new Uint8Array(small.length);
  const stack: number[] = [];
  const visit = (i: number) => {
    if (desk[i] !== 0 || small[i]! >= below) return;
    desk[i] = 1;
    stack.push(i);
  };
  for (let x = 0; x < w; x++) {
    visit(x);
    visit((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    visit(y * w);
    visit(y * w + w - 1);
  }
  while (stack.length > 0) {
    const i = stack.pop()!;
    const x = i % w;
    if (x > 0) visit(i - 1);
    if (x < w - 1) visit(i + 1);
    if (i >= w) visit(i - w);
    if (i < (h - 1) * w) visit(i + w);
  }
  return desk;
}

/** The grey below which `count` pixels of the histogram lie. */
function percentile(histogram: number[], count: number): number {
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen >= count) return v;
  }
  return 255;
}

/** The median grey of an image's outermost pixels. */
function borderMedian(data: Uint8Array, w: number, h: number): number {
  const edge: number[] = [];
  for (let x = 0; x < w; x++) edge.push(data[x]!, data[(h - 1) * w + x]!);
  for (let y = 0; y < h; y++) edge.push(data[y * w]!, data[y * w + w - 1]!);
  return median(edge);
}

/** Evens out the light: each pixel divided by the paper's brightness around it (a local maximum, blurred). */
export async function flattenLight(grey: Buffer, width: number, height: number): Promise<{ out: Buffer; desk: boolean }> {
  const w = Math.max(1, Math.round(width / LIGHT_SHRINK));
  const h = Math.max(1, Math.round(height / LIGHT_SHRINK));
  const sharp = await loadSharp();
  const small = await sharp(grey, { raw: { width, height, channels: 1 } })
    .resize(w, h, { fit: 'fill' })
    // libvips writes one raw channel back as three (sRGB) unless told otherwise.
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  // The paper's light: the brightest pixel around (text is darker than its paper).
  const paper = Buffer.alloc(small.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let max = 0;
      for (let dy = -LIGHT_WINDOW; dy <= LIGHT_WINDOW; dy++)
        for (let dx = -LIGHT_WINDOW; dx <= LIGHT_WINDOW; dx++) {
          const yy = Math.min(h - 1, Math.max(0, y + dy));
          const xx = Math.min(w - 1, Math.max(0, x + dx));
          max = Math.max(max, small[yy * w + xx]!);
        }
      paper[y * w + x] = max;
    }
  const background = await sharp(paper, { raw: { width: w, height: h, channels: 1 } })
    .blur(2)
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  const desk = deskCells(small, w, h);
  const out = Buffer.alloc(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = Math.min(255, Math.round((255 * grey[i]!) / Math.max(background[i]!, 16)));
  if (desk === null) return { out, desk: false };
  // The page's contrast stretched between its darkest and lightest hundredth, then the desk made white.
  const onDesk = (i: number) => {
    const y = Math.floor(i / width);
    return (
      desk[Math.min(h - 1, Math.floor((y * h) / height)) * w + Math.min(w - 1, Math.floor(((i - y * width) * w) / width))] === 1
    );
  };
  const histogram = new Array<number>(256).fill(0);
  let page = 0;
  for (let i = 0; i < out.length; i++) if (!onDesk(i)) histogram[out[i]!]!++, page++;
  const [lo, hi] = [percentile(histogram, page * 0.01), percentile(histogram, page * 0.99)];
  const span = Math.max(1, hi - lo);
  for (let i = 0; i < out.length; i++)
    out[i] = onDesk(i) ? 255 : Math.max(0, Math.min(255, Math.round(((out[i]! - lo) * 255) / span)));
  return { out, desk: true };
}

/**
 * An image as grey pixels, turned upright as its EXIF says: a PGM (a scanned PDF's page from
 * pdftoppm) parsed here, as sharp does not read it; null when neither can decode it.
 */
export async function greyPixels(
  data: Uint8Array,
  maxPixels: number,
): Promise<{ data: Buffer; width: number; height: number } | null> {
  const pgm = readPgm(data);
  if (pgm) return pgm.width * pgm.height <= maxPixels ? pgm : null;
  const sharp = await loadSharp();
  const { data: pixels, info } = await sharp(data, { limitInputPixels: maxPixels, failOn: 'none' })
    .rotate()
    .flatten({ background: WHITE })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) return null;
  return { data: pixels, width: info.width, height: info.height };
}

/** A binary greyscale PGM (P5, 8 bits): its pixels, or null when the data is not one. */
export function readPgm(data: Uint8Array): { data: Buffer; width: number; height: number } | null {
  if (data[0] !== 0x50 || data[1] !== 0x35) return null;
  const head = Buffer.from(data.subarray(0, Math.min(data.length, 200))).toString('latin1');
  const m = /^P5(?:\s|#[^\n]*\n)+(\d+)(?:\s|#[^\n]*\n)+(\d+)(?:\s|#[^\n]*\n)+(\d+)\s/.exec(head);
  if (!m || Number(m[3]) !== 255) return null;
  const [width, height] = [Number(m[1]), Number(m[2])];
  const start = m[0].length;
  if (data.length < start + width * height) return null;
  return { data: Buffer.from(data.subarray(start, start + width * height)), width, height };
}

/**
 * The image prepared for a second reading (greyscale PNG), or null when it has no size.
 * `tsv` is the first reading's boxes; `maxPixels` the limit on images decoded.
 */
export async function prepareImage(data: Uint8Array, tsv: string, maxPixels: number): Promise<Prepared | null> {
  const sharp = await loadSharp();
  const input = () => sharp(data, { limitInputPixels: maxPixels, failOn: 'none' }).rotate().flatten({ background: WHITE });
  const meta = await sharp(data, { limitInputPixels: maxPixels, failOn: 'none' }).metadata();
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  if (width === 0 || height === 0) return null;
  const shrink = Math.min(1, SKEW_SIDE / Math.max(width, height));
  const small = await input()
    .greyscale()
    .resize(Math.max(1, Math.round(width * shrink)), Math.max(1, Math.round(height * shrink)), { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const angle = estimateSkew({ data: small.data, width: small.info.width, height: small.info.height });
  const skew = Math.abs(angle) >= MIN_SKEW ? angle : 0;
  const around = borderMedian(small.data, small.info.width, small.info.height);
  const scale = enlargement(tsv, width, height);
  let img = input().greyscale();
  if (scale > 1) img = img.resize(Math.round(width * scale), Math.round(height * scale), { kernel: 'lanczos3' });
  // A second pipeline for the turn: sharp applies rotate before resize within one pipeline.
  let raw = await img.raw().toBuffer({ resolveWithObject: true });
  if (skew !== 0)
    raw = await sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: 1 } })
      // The corners the turn uncovers are filled with what is around the page (the desk, or white).
      .rotate(-skew, { background: { r: around, g: around, b: around } })
      // The white background makes the turned image RGB again: one channel, as before.
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
  const even = await flattenLight(raw.data, raw.info.width, raw.info.height);
  let evened = sharp(even.out, { raw: { width: raw.info.width, height: raw.info.height, channels: 1 } });
  // The contrast stretched between the darkest and lightest hundredth (the page's own, when the desk was made white).
  if (!even.desk) evened = evened.normalise({ lower: 1, upper: 99 });
  const image = await evened.sharpen({ sigma: 1 }).toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer();
  const unevened = await sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: 1 } })
    .normalise({ lower: 1, upper: 99 })
    .sharpen({ sigma: 1 })
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer();
  const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return { image: bytes(image), unevened: bytes(unevened), scale, skew };
}
