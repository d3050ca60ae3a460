/** What extraction gives the classifier: text and structure, never kept beyond one classification. */

export const FORMATS = [
  'docx',
  'xlsx',
  'pptx',
  'pdf',
  'csv',
  'tsv',
  'txt',
  'md',
  'html',
  'doc',
  'xls',
  'xmlss',
  'ppt',
  'rtf',
  'odt',
  'ods',
  'odp',
  'eml',
  'msg',
  'zip',
  'image',
] as const;
export type Format = (typeof FORMATS)[number];

/** A table as the file has it: rows of cell texts; `headerRow` is the first row that looks like headings. */
export interface Table {
  /** The sheet name (xlsx) or where the table sits (`slide 3`). */
  name?: string;
  rows: string[][];
  headerRow: number;
}

/**
 * Text a file holds beside its body: speaker notes, comments (Word, Excel cell notes and threaded
 * comments, ODF annotations), footnotes and endnotes, headers and footers, text boxes on a sheet.
 * Every aside is also in `text`, after the body, so the classifier reads it as content; this list
 * says where each piece was.
 */
export interface Aside {
  kind: 'notes' | 'comment' | 'footnote' | 'endnote' | 'header_footer' | 'text_box';
  /** Where it sits, for a person: `スライド2`, `名簿!B2`, `本文`. */
  where: string;
  text: string;
}

/**
 * A file held inside this one (a zip entry, a mail attachment), inspected as a file of its own:
 * its bytes are read only when asked, one file at a time, within the limits of the file that holds it.
 */
export interface EmbeddedFile {
  /** Its path inside the container (`成績/scores.csv`) or its attachment name. */
  name: string;
  kind: 'entry' | 'attachment';
  size: number;
  read(): Uint8Array;
}

/** How much of an image or a scanned PDF OCR read. */
export interface OcrInfo {
  pages: number;
  totalPages: number;
  ms: number;
  /** Set when OCR stopped before the end (time budget, page cap): the rest was not read. */
  incomplete?: { code: 'OCR_BUDGET'; message: string };
}

export interface Extracted {
  format: Format;
  /** Body text, one line per paragraph or row (cells joined by tabs), then the asides. */
  text: string;
  /** Titles and headings: document title style, slide titles, sheet names. */
  headings: string[];
  tables: Table[];
  /** Document properties that can carry a class or a title (title, subject, keywords, category …). */
  properties: Record<string, string>;
  headerFooter: string[];
  /** Sensitivity label names found in the file (Microsoft Purview `MSIP_Label_*_Name`). */
  labels: string[];
  /** The text encoding of a text file (utf-8, utf-8-bom, shift_jis, euc-jp, utf-16le). */
  encoding?: string;
  /** The text was cut at the character limit. */
  truncated: boolean;
  /** Notes, comments, footnotes … (also in `text`). */
  asides?: Aside[];
  /** Files inside this one (zip entries, mail attachments), each to be inspected on its own. */
  embedded?: EmbeddedFile[];
  /** Set when the text came from OCR (an image, a PDF without a text layer). */
  ocr?: OcrInfo;
}

/** Bounds on one extraction: a file beyond them is refused with a reason, never unpacked. */
export interface ExtractLimits {
  /** Largest file read at all. */
  maxBytes: number;
  /** Largest total of declared uncompressed sizes of the zip entries read (across nested zips too). */
  maxInflatedBytes: number;
  /** Largest ratio of uncompressed to compressed size, for zip entries and PDF streams (not images) above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most zip entries (or mail attachments) listed, across nested zips too. */
  maxZipEntries: number;
  /** How many levels of zips in zips (mails in mails) are opened. */
  maxNesting: number;
  /** Largest decoded size of one PDF stream (a page's content, a font, an image). */
  maxPdfStreamBytes: number;
  /** Largest decoded size of all the streams of a PDF together. */
  maxPdfInflatedBytes: number;
  /** Most streams a PDF may hold (each is measured before pdf.js opens the file). */
  maxPdfStreams: number;
  /** Text kept for classification; the rest is cut (and `truncated` set). */
  maxTextChars: number;
  maxPdfPages: number;
  /** Time to read one file, all its entries together (OCR has its own time, below). */
  timeoutMs: number;
  /** Largest image read (width × height), checked on its header before anything decodes it. */
  maxImagePixels: number;
  /** OCR of images and scanned PDFs (tesseract, jpn+eng): on or off. */
  ocr: boolean;
  /** OCR time one file may take (all its pages and images together). */
  ocrMsPerFile: number;
  /** Pages of one scanned PDF read by OCR; the rest are not read. */
  ocrMaxPages: number;
  /** What is left of the scan's OCR time when this file starts (set by a scan, not by a board). */
  ocrScanMsLeft?: number;
  /** Where the OCR tools are looked up (the configuration's PATH; default /usr/bin:/bin). */
  ocrToolPath?: string;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxZipEntries: 20_000,
  maxNesting: 3,
  maxPdfStreamBytes: 128 * 1024 * 1024,
  maxPdfInflatedBytes: 512 * 1024 * 1024,
  maxPdfStreams: 50_000,
  maxTextChars: 4_000_000,
  maxPdfPages: 300,
  timeoutMs: 20_000,
  maxImagePixels: 60_000_000,
  ocr: true,
  ocrMsPerFile: 60_000,
  ocrMaxPages: 20,
};
