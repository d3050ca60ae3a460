import { ExtractError } from './errors.js';
import { Damaged, type Decoded, Overflow } from './pdf-bounded-output.js';
import { decodeFilter, isZlibHeader } from './pdf-filters.js';
import { findPdfStreams, namesEncryption, type PdfStream } from './read-pdf-streams.js';
import type { ExtractLimits } from './types.js';

/**
 * Refuses a PDF whose streams would decode beyond the limits, before pdf.js decodes anything:
 * pdf.js inflates a stream whole into memory outside the JavaScript heap, so one 1 MB stream of
 * zeros becomes a 1 GB buffer. Each stream is decoded as pdf.js would (its filter chain), counted
 * and dropped, and must stay within `maxPdfStreamBytes`; all together within
 * `maxPdfInflatedBytes`; and a stream that is not an image within `maxRatio` of its compressed
 * size once above `ratioFloorBytes`, as zip entries must (a page of text never compresses 100×;
 * a blank scanned image may, so images are held to the two size bounds only). Damaged deflate
 * data, which zlib stops at and pdf.js may decode past, counts as its worst case (1032× what is
 * left); a worst case past the size bounds is CORRUPT.
 *
 * Encrypted streams cannot be measured without decrypting them, and a dictionary this reader
 * misreads may hide a filter: for those the inspection process's memory limit is the bound.
 *
 * @example await checkPdfStreams(readFileSync('bomb.pdf'), DEFAULT_LIMITS, Date.now() + 20_000) // throws PDF_BOMB
 */
export async function checkPdfStreams(data: Uint8Array, limits: ExtractLimits, deadline: number): Promise<void> {
  let total = 0;
  let count = 0;
  const encrypted = namesEncryption(data);
  for (const stream of findPdfStreams(data)) {
    if (++count > limits.maxPdfStreams)
      throw new ExtractError(
        'PDF_BOMB',
        `more than ${limits.maxPdfStreams} streams (a school document has a few thousand at most)`,
      );
    if (Date.now() > deadline) throw new ExtractError('TIMEOUT', `stopped after measuring ${count} PDF streams`);
    const compressed = stream.end - stream.start;
    const byRatio = stream.image ? Number.POSITIVE_INFINITY : Math.max(limits.ratioFloorBytes, limits.maxRatio * compressed);
    const left = limits.maxPdfInflatedBytes - total;
    const max = Math.min(limits.maxPdfStreamBytes, byRatio, left);
    let measured: Decoded;
    try {
      measured = await measure(data.subarray(stream.start, stream.end), stream, max);
    } catch (error) {
      if (error instanceof Overflow) throw refusal(stream, compressed, max, { byRatio, left }, limits);
      if (!(error instanceof Damaged)) throw error;
      measured = { size: error.worstCase, bytes: null, damaged: true };
    }
    if (measured.damaged) {
      // Ciphertext that happens to start like zlib is no damage, and not measurable here (the memory limit bounds it).
      if (encrypted) continue;
      // The ratio bound is not held against a worst case: it assumes the deflate format's largest ratio.
      const cap = Math.min(limits.maxPdfStreamBytes, left);
      if (measured.size > cap)
        throw new ExtractError(
          'CORRUPT',
          `the PDF stream at byte ${stream.at} is damaged and could inflate to ${measured.size} bytes (limit ${cap})`,
        );
    }
    total += measured.size;
  }
}

/**
 * The decoded size of one stream through its filter chain. Data that starts as a zlib stream is
 * also measured as one whatever the dictionary says (or when it could not be read), so that
 * a dictionary misread here cannot hide a FlateDecode that pdf.js applies.
 */
async function measure(raw: Uint8Array, stream: PdfStream, max: number): Promise<Decoded> {
  const chain = stream.filters ?? [];
  let guess: Decoded | null = null;
  if (chain[0] !== 'FlateDecode' && chain[0] !== 'Fl' && isZlibHeader(raw)) {
    guess = await decodeFilter('FlateDecode', raw, max, false, null);
    // Data that only looks like zlib (an image's first bytes) is not damaged for that.
    if (guess?.damaged && stream.filters !== null) guess = null;
  }
  let input = raw;
  let out: Decoded | null = null;
  for (let i = 0; i < chain.length; i++) {
    out = await decodeFilter(chain[i]!, input, max, i < chain.length - 1, stream.params[i] ?? null);
    if (out === null) break;
    if (out.bytes) input = out.bytes;
  }
  const found = out ?? { size: 0, bytes: null };
  return guess && guess.size > found.size ? guess : found;
}

function refusal(
  stream: PdfStream,
  compressed: number,
  max: number,
  bounds: { byRatio: number; left: number },
  limits: ExtractLimits,
): ExtractError {
  const where = `the PDF stream at byte ${stream.at} (${compressed} bytes compressed)`;
  if (max === bounds.left)
    return new ExtractError('PDF_BOMB', `the PDF's streams inflate beyond ${limits.maxPdfInflatedBytes} bytes in all`);
  if (max === bounds.byRatio)
    return new ExtractError('PDF_BOMB', `${where} inflates more than ${limits.maxRatio}× (limit ${max} bytes)`);
  return new ExtractError('PDF_BOMB', `${where} inflates beyond ${limits.maxPdfStreamBytes} bytes`);
}
