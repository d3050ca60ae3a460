import { detectFormat } from './detect-format.js';
import { asExtractError, ExtractError } from './errors.js';
import { extractDocx } from './extract-docx.js';
import { extractPdf } from './extract-pdf.js';
import { extractPptx } from './extract-pptx.js';
import { extractTextFile } from './extract-text-file.js';
import { extractXlsx } from './extract-xlsx.js';
import { DEFAULT_LIMITS, type Extracted, type ExtractLimits } from './types.js';

/**
 * Extracts text and structure from a file held in memory, within the limits (size, time,
 * decompression ratio). Throws ExtractError with a code when the file cannot be inspected;
 * nothing is written anywhere.
 *
 * @example (await extractBuffer(readFileSync('Book1.xlsx'), 'Book1.xlsx')).tables[0].rows[0] // ['氏名', '住所', …]
 */
export async function extractBuffer(data: Uint8Array, name: string, overrides: Partial<ExtractLimits> = {}): Promise<Extracted> {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  if (data.byteLength > limits.maxBytes)
    throw new ExtractError('TOO_LARGE', `${data.byteLength} bytes (limit ${limits.maxBytes})`);
  const deadline = Date.now() + limits.timeoutMs;
  try {
    const format = detectFormat(name, data);
    switch (format) {
      case 'docx':
        return extractDocx(data, limits);
      case 'xlsx':
        return extractXlsx(data, limits);
      case 'pptx':
        return extractPptx(data, limits);
      case 'pdf':
        return await withTimeout(extractPdf(data, limits, deadline), limits.timeoutMs);
      default:
        return extractTextFile(data, format, limits);
    }
  } catch (error) {
    throw asExtractError(error);
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
