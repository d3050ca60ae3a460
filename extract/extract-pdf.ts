import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { checkPdfStreams } from './check-pdf-streams.js';
import { unifyRadicals } from './cjk-radicals.js';
import { ExtractError } from './errors.js';
import { TextSink } from './text-sink.js';
import type { Extracted, ExtractLimits } from './types.js';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Where pdf.js finds the predefined CMaps (UniJIS-UCS2-H …) and the standard fonts' data: a PDF that
 * names a Japanese font without embedding it (HeiseiKakuGo-W5, as many Japanese tools write) has no
 * text layer without them. They ship in pdfjs-dist; given as directories, since pdf.js reads them in
 * Node with fs, which takes a path and not a file:// URL (unpdf's own default).
 */
function pdfjsData(): { cMapUrl: string; cMapPacked: true; standardFontDataUrl: string } | Record<string, never> {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + sep, cMapPacked: true, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  } catch {
    return {};
  }
}

const PDFJS_DATA = pdfjsData();

/**
 * PDF: the text layer of each page (a scanned image has none, and says so), and the title,
 * subject and keywords. An encrypted PDF is reported as such, never guessed at; a PDF whose streams
 * would inflate beyond the limits is refused before pdf.js opens it.
 */
export async function extractPdf(data: Uint8Array, limits: ExtractLimits, deadline: number): Promise<Extracted> {
  // Measured first: pdf.js would inflate a bomb into memory before a page is read.
  await checkPdfStreams(data, limits, deadline);
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the bytes it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(data), {
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      ...PDFJS_DATA,
    });
  } catch (error) {
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'PasswordException') throw new ExtractError('ENCRYPTED', 'the PDF needs a password to open');
    throw new ExtractError('CORRUPT', `not a readable PDF: ${(error as Error)?.message ?? String(error)}`);
  }
  try {
    const properties: Record<string, string> = {};
    const meta = await pdf.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    for (const key of ['Title', 'Subject', 'Keywords'] as const) {
      const value = info[key];
      if (typeof value === 'string' && value.trim()) properties[key.toLowerCase()] = value.trim().slice(0, 500);
    }
    const sink = new TextSink(limits.maxTextChars);
    const pages = Math.min(pdf.numPages, limits.maxPdfPages);
    for (let n = 1; n <= pages && !sink.truncated; n++) {
      if (Date.now() > deadline) throw new ExtractError('TIMEOUT', `stopped at page ${n} of ${pdf.numPages}`);
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items as TextItem[]) {
        line += unifyRadicals(item.str ?? '');
        if (item.hasEOL) {
          sink.push(line);
          line = '';
        }
      }
      sink.push(line);
      page.cleanup();
    }
    // A scanned paper (images only) has no text layer: that is "cannot inspect", not "nothing found".
    if (pdf.numPages > 0 && !/\S/.test(sink.text()))
      throw new ExtractError('NO_TEXT', `no text layer on ${pages} page(s): a scanned image`);
    return {
      format: 'pdf',
      text: sink.text(),
      truncated: sink.truncated || pdf.numPages > pages,
      headings: sink.lines.slice(0, 1),
      tables: [],
      properties,
      headerFooter: [],
      labels: [],
    };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
