import iconv from 'iconv-lite';
import { ExtractError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text file as Japanese schools write them: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, Shift_JIS (CP932, Excel's CSV) or EUC-JP, detected from the bytes. NUL bytes are dropped;
 * a file that is mostly NULs or undecodable is refused as BINARY or ENCODING.
 *
 * @example decodeText(iconv.encode('氏名,住所', 'cp932')).encoding // 'shift_jis'
 */
export function decodeText(bytes: Uint8Array, hint?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: clean(Buffer.from(bytes.subarray(3)).toString('utf8')), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: clean(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le')), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: clean(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be')), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 64 * 1024);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (sample.length > 0 && nul / sample.length > 0.1)
    throw new ExtractError('BINARY', `${nul} NUL bytes in the first ${sample.length}`);
  const bytesNoNul = nul > 0 ? bytes.filter((b) => b !== 0) : bytes;
  try {
    return { text: clean(utf8.decode(bytesNoNul)), encoding: 'utf-8' };
  } catch {
    // not UTF-8: one of the legacy Japanese encodings, or garbage
  }
  const buffer = Buffer.from(bytesNoNul);
  const candidates = (['shift_jis', 'euc-jp'] as const).map((encoding) => {
    const text = iconv.decode(buffer, encoding === 'shift_jis' ? 'cp932' : 'euc-jp');
    return { text, encoding, score: score(text) };
  });
  if (hint && /euc/i.test(hint)) candidates.reverse();
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < 0) throw new ExtractError('ENCODING', 'the bytes are neither UTF-8, Shift_JIS nor EUC-JP');
  return { text: clean(best.text), encoding: best.encoding };
}

/** Plausible Japanese scores high; replacement characters and half-width katakana runs (mis-decoding) score low. */
function score(text: string): number {
  let good = 0;
  let bad = 0;
  const limit = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad += 4;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f)) good++;
    else if (c >= 0xff61 && c <= 0xff9f) bad++;
    else if (c >= 0xe000 && c <= 0xf8ff) bad += 2;
    else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) bad += 2;
  }
  const total = good + bad;
  if (total > 0 && bad / total > 0.3) return -1;
  return good - bad;
}

function clean(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}
