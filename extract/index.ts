/**
 * Text extraction from school documents — docx, xlsx, pptx, pdf, csv, tsv, txt, md, html, the
 * legacy doc, xls and ppt, rtf, odt/ods/odp, eml and msg mails, zip archives, and images and
 * scanned PDFs by OCR — bounded in size, time, decompression ratio and OCR budget. Exports
 * `extractBuffer`, the format helpers, the limits, and `ExtractError` with the person-facing
 * reason for each code.
 */
export { type ExtractContext, newExtractContext, timeLeftMs } from './context.js';
export { decodeText } from './decode-text.js';
export { detectFormat, extensionOf, isImageName, isReadableName, readableName } from './detect-format.js';
export { EXTRACT_REASONS, ExtractError, type ExtractErrorCode } from './errors.js';
export { extractBuffer } from './extract-buffer.js';
export { OcrClock, WALL_FACTOR } from './ocr/ocr-clock.js';
export { readImageSize } from './ocr/read-image-size.js';
export { checkBounds, listZip, type ZipEntry } from './read-zip.js';
export {
  type Aside,
  DEFAULT_LIMITS,
  type EmbeddedFile,
  type Extracted,
  type ExtractLimits,
  FORMATS,
  type Format,
  type OcrInfo,
  type Table,
} from './types.js';
