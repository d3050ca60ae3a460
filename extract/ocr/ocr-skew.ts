/**
 * The tilt of a photographed page, estimated from its pixels (a projection profile). Written here
 * by hand: sharp (libvips) rotates an image but does not find its tilt, and tesseract's orientation
 * detection (OSD) knows only quarter turns. For each candidate angle the pixels on the strokes' edges are projected
 * on the axis across the lines of text; at the page's angle the lines fall into few rows, with
 * white gaps between, and the profile's sum of squares is highest. Coarse steps first (1°), then
 * tenths around the best.
 */

/** A greyscale image, one byte per pixel, row by row. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The widest tilt looked for, in degrees either way. */
export const MAX_SKEW = 20;
/** At most this many dark pixels are projected (a sample, evenly spread, on a dense page). */
const MAX_POINTS = 150_000;

/** A pixel is on an edge when it differs from its right or lower neighbour by more than this. */
const EDGE = 48;

/**
 * The pixels on the edges of strokes: a letter's outline, dark on light or light on dark (white
 * text on a coloured bar, a screen's dark mode), so a large dark area (a table's shading, the desk
 * around the paper) counts only at its border, which runs with the page too.
 */
function edgePoints(img: GreyImage): { xs: Float64Array; ys: Float64Array } {
  const { data, width, height } = img;
  const edge = (x: number, y: number) => {
    const v = data[y * width + x]!;
    return Math.abs(v - data[y * width + x + 1]!) > EDGE || Math.abs(v - data[(y + 1) * width + x]!) > EDGE;
  };
  let count = 0;
  for (let y = 0; y < height - 1; y++) for (let x = 0; x < width - 1; x++) if (edge(x, y)) count++;
  const step = Math.max(1, Math.ceil(count / MAX_POINTS));
  const n = Math.ceil(count / step);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let seen = 0;
  let k = 0;
  for (let y = 0; y < height - 1; y++)
    for (let x = 0; x < width - 1; x++) {
      if (!edge(x, y)) continue;
      if (seen++ % step === 0 && k < n) {
        xs[k] = x;
        ys[k++] = y;
      }
    }
  return { xs: xs.subarray(0, k), ys: ys.subarray(0, k) };
}

/** How sharply the dark pixels fall into rows when the page is read at `degrees`. */
function profileScore(xs: Float64Array, ys: Float64Array, degrees: number, size: number): number {
  const t = (degrees * Math.PI) / 180;
  const sin = Math.sin(t);
  const cos = Math.cos(t);
  const bins = new Float64Array(2 * size + 2);
  for (let i = 0; i < xs.length; i++) {
    const row = Math.round(ys[i]! * cos - xs[i]! * sin) + size;
    bins[row]!++;
  }
  let sum = 0;
  for (const b of bins) sum += b * b;
  return sum;
}

/**
 * The page's tilt in degrees: positive when its lines fall to the right (turned clockwise), so
 * turning it by the negative straightens it. 0 when there is too little ink to tell.
 */
export function estimateSkew(img: GreyImage): number {
  const { xs, ys } = edgePoints(img);
  if (xs.length < 200) return 0;
  const size = img.width + img.height;
  let best = 0;
  let bestScore = -1;
  const tryAngle = (a: number) => {
    const s = profileScore(xs, ys, a, size);
    if (s > bestScore) {
      bestScore = s;
      best = a;
    }
  };
  for (let a = -MAX_SKEW; a <= MAX_SKEW; a++) tryAngle(a);
  const coarse = best;
  for (let a = coarse - 1; a <= coarse + 1 + 1e-9; a += 0.1) tryAngle(Math.round(a * 10) / 10);
  return best;
}
