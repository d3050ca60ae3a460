import { ExtractError } from '../errors.js';
import { TextSink } from '../text-sink.js';
import type { Extracted, ExtractLimits } from '../types.js';
import type { OcrClock } from './ocr-clock.js';
import { ocrHeadings, recognise, requireOcr } from './ocr-text.js';
import { readImageSize } from './read-image-size.js';

/**
 * An image (a scanned form, a photographed list) read by OCR. Its size is checked on the header
 * first: an image larger than the limit is refused before any decoder sees it. An image with no
 * text is a photo, not a document (IMAGE_NO_TEXT); one whose OCR ran out of time says so.
 */
export async function ocrImage(data: Uint8Array, limits: ExtractLimits, clock: OcrClock): Promise<Extracted> {
  const size = readImageSize(data);
  if (size.pixels > limits.maxImagePixels)
    throw new ExtractError(
      'TOO_LARGE',
      `an image of ${size.width} × ${size.height} pixels (limit ${limits.maxImagePixels.toLocaleString('en')} pixels)`,
    );
  requireOcr(clock, 'an image');
  const started = clock.ms;
  const page = await recognise(data, clock);
  const base = {
    format: 'image' as const,
    tables: [],
    properties: {},
    headerFooter: [],
    labels: [],
  };
  if (page === null)
    return {
      ...base,
      text: '',
      headings: [],
      truncated: false,
      ocr: {
        pages: 0,
        totalPages: size.pages,
        ms: clock.ms - started,
        incomplete: { code: 'OCR_BUDGET', message: `OCR of the image did not finish: ${clock.spentMessage()}` },
      },
    };
  clock.pages += size.pages;
  if (page.lines.length === 0) throw new ExtractError('IMAGE_NO_TEXT', `OCR found no text in a ${size.type} image`);
  const sink = new TextSink(limits.maxTextChars);
  for (const line of page.lines) sink.push(line);
  return {
    ...base,
    tables: page.tables,
    text: sink.text(),
    headings: ocrHeadings(sink.lines.slice(0, 1), [page.headings ?? []]),
    truncated: sink.truncated,
    ocr: { pages: size.pages, totalPages: size.pages, ms: clock.ms - started },
  };
}
