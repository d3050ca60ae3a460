/**
 * Text extraction from school documents (docx, xlsx, pptx, pdf, csv, tsv, txt, md, html), bounded
 * in size, time and decompression ratio. Exports `extractBuffer`, the format helpers, the limits,
 * and `ExtractError` with the person-facing reason for each code.
 */
export { decodeText } from './decode-text.js';
export { detectFormat, extensionOf, isReadableName, readableName } from './detect-format.js';
export { EXTRACT_REASONS, ExtractError, type ExtractErrorCode } from './errors.js';
export { extractBuffer } from './extract-buffer.js';
export { checkBounds, listZip, type ZipEntry } from './read-zip.js';
export { DEFAULT_LIMITS, type Extracted, type ExtractLimits, FORMATS, type Format, type Table } from './types.js';
