import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../extract/index.js';
import { writeRawPdf } from '../helpers/hostile-bytes.js';

/** The text as a PDF string of UTF-16BE codes, as UniJIS-UCS2-H reads it. */
const ucs2 = (text: string) => `<${Buffer.from(text, 'utf16le').swap16().toString('hex')}>`;

/**
 * A page written with a Japanese font that is named, not embedded (HeiseiKakuGo-W5 through the
 * predefined CMap UniJIS-UCS2-H), as many Japanese tools and reportlab write it.
 */
function namedFontPdf(lines: string[]): Buffer {
  const shows = lines.map((line, k) => `BT /F1 12 Tf 72 ${760 - k * 20} Td ${ucs2(line)} Tj ET`).join('\n');
  return writeRawPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>' },
    { body: '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>' },
    { body: '<< >>', stream: Buffer.from(shows, 'latin1') },
    {
      body: '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    },
    {
      body: '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
    },
  ]);
}

describe('a PDF whose Japanese font is named, not embedded', () => {
  it('is read through the predefined CMaps, not taken for a scanned image', async () => {
    const out = await extractBuffer(namedFontPdf(['出席簿　3年2組', '山田太郎　欠席 2']), 'R8_出席簿.pdf');
    expect(out.format).toBe('pdf');
    expect(out.text).toContain('出席簿');
    expect(out.text).toContain('山田太郎');
  });
});
