import { type ExtractContext, newExtractContext, timeLeftMs } from './context.js';
import { detectFormat } from './detect-format.js';
import { asExtractError, ExtractError } from './errors.js';
import { extractDocx } from './extract-docx.js';
import { extractOdf } from './extract-odf.js';
import { extractPdf } from './extract-pdf.js';
import { extractPpt } from './extract-ppt.js';
import { extractPptx } from './extract-pptx.js';
import { extractRtf } from './extract-rtf.js';
import { extractSpreadsheetXml } from './extract-spreadsheet-xml.js';
import { extractTextFile } from './extract-text-file.js';
import { extractXls } from './extract-xls.js';
import { extractXlsx } from './extract-xlsx.js';
import { extractZip } from './extract-zip.js';
import { ocrImage } from './ocr/ocr-image.js';
import { ocrPdf } from './ocr/ocr-pdf.js';
import { DEFAULT_LIMITS, type Extracted, type ExtractLimits, type Format } from './types.js';

const CONTAINERS = new Set<Format>(['zip', 'eml', 'msg']);

/**
 * Extracts text and structure from a file held in memory, within the limits (size, time,
 * decompression ratio, OCR budget). Throws ExtractError with a code when the file cannot be
 * inspected; nothing is written anywhere. `context` is shared by a file and the files inside it
 * (zip entries, attachments), so that the limits hold for all of them together.
 *
 * @example (await extractBuffer(readFileSync('Book1.xlsx'), 'Book1.xlsx')).tables[0].rows[0] // ['氏名', '住所', …]
 */
export async function extractBuffer(
  data: Uint8Array,
  name: string,
  overrides: Partial<ExtractLimits> = {},
  context?: ExtractContext,
): Promise<Extracted> {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  const ctx = context ?? newExtractContext(limits);
  if (data.byteLength > limits.maxBytes)
    throw new ExtractError('TOO_LARGE', `${data.byteLength} bytes (limit ${limits.maxBytes})`);
  const timeoutMs = timeLeftMs(ctx);
  if (timeoutMs <= 0) throw new ExtractError('TIMEOUT', `the time to read this file (${limits.timeoutMs} ms) ran out`);
  try {
    const format = detectFormat(name, data);
    if (CONTAINERS.has(format) && ctx.depth >= limits.maxNesting)
      throw new ExtractError('TOO_DEEP', `a ${format} inside ${ctx.depth} containers (limit ${limits.maxNesting})`);
    switch (format) {
      case 'docx':
        return extractDocx(data, limits);
      case 'xlsx':
        return extractXlsx(data, limits);
      case 'pptx':
        return extractPptx(data, limits);
      // The parsers of mails and Word 97 load when first needed: the worker starts faster without them.
      case 'doc':
        return await withTimeout((await import('./extract-doc.js')).extractDoc(data, limits), timeoutMs);
      case 'xls':
        return extractXls(data, limits);
      case 'xmlss':
        return extractSpreadsheetXml(data, limits);
      case 'ppt':
        return extractPpt(data, limits);
      case 'rtf':
        return extractRtf(data, limits);
      case 'odt':
      case 'ods':
      case 'odp':
        return extractOdf(data, format, limits);
      case 'eml':
        return await withTimeout((await import('./extract-eml.js')).extractEml(data, limits, ctx), timeoutMs);
      case 'msg':
        return (await import('./extract-msg.js')).extractMsg(data, limits, ctx);
      case 'zip':
        return extractZip(data, limits, ctx);
      case 'image':
        return await ocrImage(data, limits, ctx.ocr);
      case 'pdf':
        return await readPdf(data, limits, ctx, timeoutMs);
      default:
        return extractTextFile(data, format, limits);
    }
  } catch (error) {
    throw asExtractError(error);
  }
}

/** A PDF's text layer; a scanned PDF (no text layer) goes to OCR, on its own time budget. */
async function readPdf(data: Uint8Array, limits: ExtractLimits, ctx: ExtractContext, timeoutMs: number): Promise<Extracted> {
  try {
    return await withTimeout(extractPdf(data, limits, Date.now() + timeoutMs), timeoutMs);
  } catch (error) {
    if (error instanceof ExtractError && error.code === 'NO_TEXT') return ocrPdf(data, limits, ctx.ocr);
    throw error;
  }
}

/** A soft time limit for async parsing; the scanner's workers add a hard one (the worker is ended). */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractError('TIMEOUT', `not finished in ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
