import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ExtractError, extractBuffer } from '../../extract/index.js';
import { lzwBomb, type PdfObject, repeatedDeflate, writeRawPdf, zlibBomb } from '../helpers/hostile-bytes.js';

/**
 * PDF streams are measured before pdf.js opens the file, through the filter chain pdf.js would
 * apply, however the dictionary spells it. Each bomb here decodes to 200 MB, beyond the 128 MB
 * that one stream may take; the file is refused as PDF_BOMB (CORRUPT when damaged data makes the
 * size unknowable) and the text of a normal page next to it is still read.
 */
const MB = 1_000_000;
const code = (work: Promise<unknown>) =>
  work.then(
    () => 'none',
    (error: ExtractError) => error.code,
  );

/** A page that says "School newsletter", its content stream (object 5) first, then `more` (from object 6). */
function pagePdf(more: PdfObject[], extraContents: string[] = [], options: { encrypt?: boolean } = {}): Buffer {
  return writeRawPdf(
    [
      { body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      {
        body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R ${extraContents.join(' ')}] >>`,
      },
      { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      { body: '<< >>', stream: Buffer.from('BT /F1 24 Tf 72 700 Td (School newsletter) Tj ET') },
      ...more,
    ],
    options,
  );
}

/** Deflate bits, least significant first, as RFC 1951 packs them. */
function deflateBits(): {
  bits: (value: number, n: number) => void;
  huffman: (code: number, n: number) => void;
  bytes: () => Buffer;
} {
  const out: number[] = [];
  let acc = 0;
  let used = 0;
  const bits = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      acc |= ((value >> i) & 1) << used++;
      if (used === 8) {
        out.push(acc);
        acc = 0;
        used = 0;
      }
    }
  };
  const huffman = (code: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) bits((code >> i) & 1, 1);
  };
  return { bits, huffman, bytes: () => Buffer.from(used > 0 ? [...out, acc] : out) };
}

/**
 * A zlib stream that starts with a match reaching before the start (zlib stops there: "invalid
 * distance too far back"; pdf.js copies zeros and goes on), then `then`, raw deflate blocks.
 */
function damagedZlib(then: Buffer): Buffer {
  const w = deflateBits();
  w.bits(0, 1); // not the last block
  w.bits(1, 2); // fixed Huffman codes
  w.huffman(1, 7); // length code 257: 3 bytes
  w.huffman(0, 5); // distance code 0: 1 byte back, before anything was written
  w.huffman(0, 7); // end of block
  w.bits(0, 3); // an empty stored block, to reach a byte boundary
  return Buffer.concat([Buffer.from([0x78, 0xda]), w.bytes(), Buffer.from([0, 0, 0xff, 0xff]), then]);
}

describe('PDF streams are measured before pdf.js decodes them', () => {
  it('holds an image to the size bounds only: a blank scan inflating 1000× is read, one past 128 MB is not', async () => {
    const image = (bytes: number): PdfObject => ({
      body: '<< /Type /XObject /Subtype /Image /Width 4000 /Height 5000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>',
      stream: zlibBomb(0xff, bytes),
    });
    expect((await extractBuffer(pagePdf([image(20 * MB)]), 'scan.pdf')).text).toContain('School newsletter');
    expect(await code(extractBuffer(pagePdf([image(200 * MB)]), 'huge.pdf'))).toBe('PDF_BOMB');
  });

  it('refuses page content that inflates more than 100× beyond 1 MB, as a zip entry is refused', async () => {
    const content = { body: '<< /Filter /FlateDecode >>', stream: zlibBomb(0x20, 20 * MB) };
    const error = await extractBuffer(pagePdf([content], ['6 0 R']), 'ratio.pdf').catch((e: ExtractError) => e);
    expect(error).toMatchObject({ code: 'PDF_BOMB', message: expect.stringContaining('inflates more than 100×') });
  });

  it('follows the chain under /F with #-escaped names: [/A#48x /Fl] is ASCIIHex, then Flate', async () => {
    const hex = Buffer.from(zlibBomb(0x20, 200 * MB).toString('hex'));
    const pdf = pagePdf([{ body: '<< /F [/A#48x /Fl] /Filter /Crypt >>', stream: hex }], ['6 0 R']);
    expect(await code(extractBuffer(pdf, 'hex.pdf'))).toBe('PDF_BOMB');
  });

  it('takes an indirect Length at its word when the data holds "endstream" before its end', async () => {
    const stored = Buffer.from(' endstream ');
    const header = Buffer.from([0x00, stored.length, 0x00, ~stored.length & 0xff, 0xff]);
    const data = Buffer.concat([Buffer.from([0x78, 0xda]), header, stored, repeatedDeflate(0x20, 200 * MB)]);
    const pdf = pagePdf(
      [{ body: '<< /Filter /FlateDecode /Length 7 0 R >>', stream: data }, { body: String(data.length) }],
      ['6 0 R'],
    );
    expect(await code(extractBuffer(pdf, 'length.pdf'))).toBe('PDF_BOMB');
  });

  it('decodes LZWDecode and BrotliDecode as pdf.js does', async () => {
    const lzw = pagePdf([{ body: '<< /Filter /LZWDecode >>', stream: lzwBomb(200 * MB) }], ['6 0 R']);
    expect(await code(extractBuffer(lzw, 'lzw.pdf'))).toBe('PDF_BOMB');
    const quick = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 24 } };
    const brotli = pagePdf(
      [{ body: '<< /Filter /BrotliDecode >>', stream: brotliCompressSync(Buffer.alloc(200 * MB, 0x20), quick) }],
      ['6 0 R'],
    );
    expect(await code(extractBuffer(brotli, 'brotli.pdf'))).toBe('PDF_BOMB');
  });

  it('refuses damaged flate data that pdf.js could decode past the bound, and reads a page beside a small one', async () => {
    const big = pagePdf(
      [{ body: '<< /Filter /FlateDecode >>', stream: damagedZlib(repeatedDeflate(0x20, 200 * MB)) }],
      ['6 0 R'],
    );
    const error = await extractBuffer(big, 'damaged.pdf').catch((e: ExtractError) => e);
    expect(error).toMatchObject({ code: 'CORRUPT', message: expect.stringContaining('damaged') });
    const small = pagePdf([{ body: '<< /Filter /FlateDecode >>', stream: damagedZlib(repeatedDeflate(0x20, 1000)) }]);
    expect((await extractBuffer(small, 'small.pdf')).text).toContain('School newsletter');
  });

  it('takes encrypted bytes that happen to start like zlib for ciphertext, not damage', async () => {
    // What RC4 makes of a stream is random bytes: about one stream in a thousand starts like a zlib header.
    const cipher = Buffer.concat([
      Buffer.from([0x78, 0x9c]),
      Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251)),
    ]);
    const pdf = pagePdf([{ body: '<< /Filter /FlateDecode >>', stored: cipher }], [], { encrypt: true });
    expect((await extractBuffer(pdf, 'protected.pdf')).text).toContain('School newsletter');
  });

  it('refuses a PDF of more than 50,000 streams, as a zip of too many entries, before measuring them all', async () => {
    const objects = Array.from({ length: 60_000 }, (_, i) => `${i + 1} 0 obj << /Length 1 >> stream\nx\nendstream endobj\n`);
    const many = Buffer.from(`%PDF-1.4\n${objects.join('')}`);
    const error = await extractBuffer(many, 'many.pdf').catch((e: ExtractError) => e);
    expect(error).toMatchObject({ code: 'PDF_BOMB', message: expect.stringContaining('more than 50000 streams') });
  });
});
