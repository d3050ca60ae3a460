import { ExtractError } from '../errors.js';
import { TextSink } from '../text-sink.js';
import type { Extracted, ExtractLimits, Table } from '../types.js';
import type { OcrClock } from './ocr-clock.js';
import { ocrHeadings, recognise, requireInstalled, requireOcr } from './ocr-text.js';
import { runTool } from './run-tool.js';

/** The longest side of a rendered page in pixels (A4 at about 200 dpi), whatever size the page claims. */
const PAGE_PIXELS = 2400;
const POPPLER = 'poppler-utils';

/**
 * A PDF with no text layer (a scanned paper) read by OCR, page by page: pdftoppm renders a page,
 * tesseract reads it. Pages past the page cap or the time budget are not read, and the result says
 * so (`ocr.incomplete`): such a file is never reported as read in full.
 */
export async function ocrPdf(data: Uint8Array, limits: ExtractLimits, clock: OcrClock): Promise<Extracted> {
  requireOcr(clock, 'a scanned PDF');
  const started = clock.ms;
  const info = await runTool(
    'pdfinfo',
    ['-f', '1', '-l', `${Math.max(1, Math.min(limits.maxPdfPages, clock.maxPages))}`, '-'],
    data,
    {
      timeoutMs: Math.min(10_000, clock.leftMs()),
      maxOutputBytes: 1024 * 1024,
      memoryMb: 1024,
      path: clock.toolPath,
    },
  );
  clock.charge(info);
  requireInstalled(info, 'pdfinfo', POPPLER);
  const total = Number(/^Pages:\s+(\d+)/m.exec(info.stdout.toString('latin1'))?.[1] ?? Number.NaN);
  if (!Number.isFinite(total)) throw new ExtractError('CORRUPT', `pdfinfo could not read the PDF: ${info.stderr.slice(-200)}`);
  const dpi = renderedDpi(info.stdout.toString('latin1'));
  const cap = Math.min(total, limits.maxPdfPages, Math.max(0, clock.maxPages - clock.pages));
  const sink = new TextSink(limits.maxTextChars);
  const tables: Table[] = [];
  const titles: string[][] = [];
  let read = 0;
  let stop = '';
  for (let n = 1; n <= cap && !sink.truncated; n++) {
    if (clock.leftMs() <= 0) {
      stop = clock.spentMessage();
      break;
    }
    // PGM, not PNG: compressing a scan's noise into a PNG took pdftoppm longer than rendering it.
    const page = await runTool('pdftoppm', ['-f', `${n}`, '-l', `${n}`, '-scale-to', `${PAGE_PIXELS}`, '-gray', '-'], data, {
      ...clock.toolTime(),
      maxOutputBytes: 64 * 1024 * 1024,
      memoryMb: 1024,
      path: clock.toolPath,
    });
    clock.charge(page);
    requireInstalled(page, 'pdftoppm', POPPLER);
    if (page.timedOut) {
      stop = clock.spentMessage();
      break;
    }
    if (page.code !== 0 || page.stdout.length === 0)
      throw new ExtractError('CORRUPT', `pdftoppm could not render page ${n}: ${page.stderr.trim().slice(-200)}`);
    const ocr = await recognise(page.stdout, clock, dpi.get(n));
    if (ocr === null) {
      stop = clock.spentMessage();
      break;
    }
    for (const line of ocr.lines) sink.push(line);
    titles.push(ocr.headings ?? []);
    tables.push(...ocr.tables.map((t) => ({ ...t, name: `${n}ページ` })));
    read++;
    clock.pages++;
  }
  if (!stop && read < total && !sink.truncated) stop = `the OCR page cap is ${clock.maxPages} pages per file`;
  if (!stop && !/\S/.test(sink.text()))
    throw new ExtractError('NO_TEXT', `no text layer, and OCR found no text on ${read} page(s): a scan without readable text`);
  return {
    format: 'pdf',
    text: sink.text(),
    headings: ocrHeadings(sink.lines.slice(0, 1), titles),
    tables,
    properties: {},
    headerFooter: [],
    labels: [],
    truncated: sink.truncated,
    ocr: {
      pages: read,
      totalPages: total,
      ms: clock.ms - started,
      ...(stop ? { incomplete: { code: 'OCR_BUDGET' as const, message: `OCR read ${read} of ${total} pages: ${stop}` } } : {}),
    },
  };
}

/**
 * The resolution each page is rendered at (PAGE_PIXELS on its long side), from pdfinfo's page
 * sizes: a PGM carries none, and tesseract told nothing would guess one from the text's height,
 * which reads a filled form differently (a PNG from pdftoppm carried it, at many times the cost).
 */
export function renderedDpi(pdfinfo: string): Map<number, number> {
  const dpi = new Map<number, number>();
  for (const m of pdfinfo.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    const long = Math.max(Number(m[2]), Number(m[3]));
    if (long > 0) dpi.set(Number(m[1]), Math.round((PAGE_PIXELS * 72) / long));
  }
  return dpi;
}
