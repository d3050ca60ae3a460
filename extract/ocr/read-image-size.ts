import { ExtractError } from '../errors.js';

export interface ImageSize {
  type: 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff';
  width: number;
  height: number;
  /** Pages (a multi-page TIFF, as scanners and fax software write them); 1 for the others. */
  pages: number;
  /** The largest page's width × height. */
  pixels: number;
}

const MAX_TIFF_PAGES = 1000;

/**
 * The dimensions of an image from its header alone, so that a 20,000 × 20,000 image is refused
 * before any decoder allocates it. The type is read from the bytes, not from the name.
 */
export function readImageSize(data: Uint8Array): ImageSize {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const one = (type: ImageSize['type'], width: number, height: number): ImageSize => ({
    type,
    width,
    height,
    pages: 1,
    pixels: width * height,
  });
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR')
    return one('png', b.readUInt32BE(16), b.readUInt32BE(20));
  if (b.length >= 10 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return one('gif', b.readUInt16LE(6), b.readUInt16LE(8));
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    const core = b.readUInt32LE(14) === 12;
    return core
      ? one('bmp', b.readUInt16LE(18), b.readUInt16LE(20))
      : one('bmp', Math.abs(b.readInt32LE(18)), Math.abs(b.readInt32LE(22)));
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpeg(b);
  if (b.length >= 8 && (b.toString('latin1', 0, 4) === 'II*\0' || b.toString('latin1', 0, 4) === 'MM\0*')) return tiff(b);
  throw new ExtractError('CORRUPT', 'not a PNG, JPEG, GIF, BMP or TIFF image (the first bytes say otherwise)');
}

function jpeg(b: Buffer): ImageSize {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) throw new ExtractError('CORRUPT', 'a damaged JPEG header');
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    // SOF0–SOF15 carry the frame size; C4 (Huffman tables), C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = b.readUInt16BE(at + 5);
      const width = b.readUInt16BE(at + 7);
      return { type: 'jpeg', width, height, pages: 1, pixels: width * height };
    }
    at += 2 + length;
  }
  throw new ExtractError('CORRUPT', 'a JPEG without a frame header');
}

function tiff(b: Buffer): ImageSize {
  const le = b[0] === 0x49;
  const u16 = (at: number) => (le ? b.readUInt16LE(at) : b.readUInt16BE(at));
  const u32 = (at: number) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at));
  let ifd = u32(4);
  let pages = 0;
  let width = 0;
  let height = 0;
  let pixels = 0;
  const seen = new Set<number>();
  while (ifd !== 0 && pages < MAX_TIFF_PAGES) {
    if (seen.has(ifd) || ifd + 2 > b.length) throw new ExtractError('CORRUPT', 'a damaged TIFF directory');
    seen.add(ifd);
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > b.length) throw new ExtractError('CORRUPT', 'a truncated TIFF directory');
    let w = 0;
    let h = 0;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      if (tag !== 256 && tag !== 257) continue;
      const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
      if (tag === 256) w = value;
      else h = value;
    }
    pages++;
    if (w * h > pixels) [width, height, pixels] = [w, h, w * h];
    ifd = u32(ifd + 2 + count * 12);
  }
  if (pages === 0) throw new ExtractError('CORRUPT', 'a TIFF without pages');
  return { type: 'tiff', width, height, pages, pixels };
}
