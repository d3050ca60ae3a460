import { constants as buffer } from 'node:buffer';
import { brotliDecompressSync, constants, createInflateRaw, inflateRawSync } from 'node:zlib';
import { Damaged, type Decoded, Overflow, within } from './pdf-bounded-output.js';
import { ascii85, asciiHex, lzw, runLength } from './pdf-byte-filters.js';
import type { Value } from './pdf-syntax.js';

/** What pdf.js does with each filter name (PDF 32000-1 7.4; the short names too, and BrotliDecode). */
const KINDS: Record<string, 'flate' | 'lzw' | 'a85' | 'ahx' | 'rl' | 'brotli' | 'image'> = {
  Fl: 'flate',
  FlateDecode: 'flate',
  LZW: 'lzw',
  LZWDecode: 'lzw',
  A85: 'a85',
  ASCII85Decode: 'a85',
  AHx: 'ahx',
  ASCIIHexDecode: 'ahx',
  RL: 'rl',
  RunLengthDecode: 'rl',
  BrotliDecode: 'brotli',
  DCT: 'image',
  DCTDecode: 'image',
  JPX: 'image',
  JPXDecode: 'image',
  CCF: 'image',
  CCITTFaxDecode: 'image',
  JBIG2Decode: 'image',
};

/** The deflate format's largest expansion: a 258-byte match coded in two bits. */
const DEFLATE_MAX_RATIO = 1032;
/** Above this much compressed input, a flate stream whose bytes are not needed is counted as it streams (constant memory). */
const STREAMED_INPUT = 64 * 1024;

/**
 * Decodes one filter of a stream's chain, refusing (Overflow) as soon as the output passes `max`.
 * `keep` says whether the bytes are needed (another filter follows) or only their number. Image
 * codecs return null: pdf.js decodes them to draw a page, never to read its text. A filter name
 * pdf.js does not know passes the data through unchanged, as in pdf.js.
 */
export async function decodeFilter(
  name: string,
  input: Uint8Array,
  max: number,
  keep: boolean,
  params: Map<string, Value> | null,
): Promise<Decoded | null> {
  const bound = Math.min(Math.max(1, max), buffer.MAX_LENGTH);
  switch (KINDS[name]) {
    case 'image':
      return null;
    case 'flate':
      return flate(input, bound, keep);
    case 'lzw': {
      const early = params?.get('EarlyChange');
      return lzw(input, bound, keep, typeof early === 'number' ? early : 1);
    }
    case 'brotli':
      return brotli(input, bound, keep);
    case 'a85':
      return ascii85(input, bound);
    case 'ahx':
      return asciiHex(input, bound);
    case 'rl':
      return runLength(input, bound, keep);
    default:
      return within({ size: input.length, bytes: input }, bound);
  }
}

/** Whether the bytes start with the zlib header pdf.js's FlateStream requires (else it decodes nothing). */
export function isZlibHeader(input: Uint8Array): boolean {
  const [cmf, flg] = input;
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

async function flate(input: Uint8Array, max: number, keep: boolean): Promise<Decoded> {
  if (!isZlibHeader(input)) return { size: 0, bytes: keep ? new Uint8Array(0) : null };
  // Raw inflate after the header: pdf.js never checks the Adler-32 trailer, and a truncated
  // stream (SYNC_FLUSH) gives what it holds, as pdf.js does.
  const raw = input.subarray(2);
  if (!keep && raw.length >= STREAMED_INPUT) return countInflated(raw, max);
  try {
    const bytes = inflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: max });
    return { size: bytes.length, bytes: keep ? bytes : null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Overflow();
    return damaged(0, raw.length, keep);
  }
}

/** Damaged deflate data: what zlib made before it stopped, and as much as all the rest could make. */
function damaged(decoded: number, compressed: number, keep: boolean): Decoded {
  const worstCase = decoded + DEFLATE_MAX_RATIO * compressed + 1024;
  if (keep) throw new Damaged(worstCase);
  return { size: worstCase, bytes: null, damaged: true };
}

/** Inflates in 1 MB pieces that are counted and dropped, stopping as soon as the count passes `max`. */
function countInflated(raw: Uint8Array, max: number): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 20 });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        inflate.destroy();
        reject(new Overflow());
      }
    });
    inflate.on('error', () => resolve(damaged(size, raw.length, false)));
    inflate.on('end', () => resolve({ size, bytes: null }));
    inflate.end(raw);
  });
}

function brotli(input: Uint8Array, max: number, keep: boolean): Decoded {
  try {
    const bytes = brotliDecompressSync(input, { finishFlush: constants.BROTLI_OPERATION_FLUSH, maxOutputLength: max });
    return { size: bytes.length, bytes: keep ? bytes : null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Overflow();
    // Brotli has no worst-case ratio to fall back on: damaged data cannot be measured.
    throw new Damaged(Number.POSITIVE_INFINITY);
  }
}
