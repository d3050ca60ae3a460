/** What extraction gives the classifier: text and structure, never kept beyond one classification. */

export const FORMATS = ['docx', 'xlsx', 'pptx', 'pdf', 'csv', 'tsv', 'txt', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** A table as the file has it: rows of cell texts; `headerRow` is the first row that looks like headings. */
export interface Table {
  /** The sheet name (xlsx) or where the table sits (`slide 3`). */
  name?: string;
  rows: string[][];
  headerRow: number;
}

export interface Extracted {
  format: Format;
  /** Body text, one line per paragraph or row (cells joined by tabs). */
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
}

/** Bounds on one extraction: a file beyond them is refused with a reason, never unpacked. */
export interface ExtractLimits {
  /** Largest file read at all. */
  maxBytes: number;
  /** Largest total of declared uncompressed sizes of the zip entries read. */
  maxInflatedBytes: number;
  /** Largest ratio of uncompressed to compressed size, for zip entries and PDF streams (not images) above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxZipEntries: number;
  /** Largest decoded size of one PDF stream (a page's content, a font, an image). */
  maxPdfStreamBytes: number;
  /** Largest decoded size of all the streams of a PDF together. */
  maxPdfInflatedBytes: number;
  /** Most streams a PDF may hold (each is measured before pdf.js opens the file). */
  maxPdfStreams: number;
  /** Text kept for classification; the rest is cut (and `truncated` set). */
  maxTextChars: number;
  maxPdfPages: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxZipEntries: 20_000,
  maxPdfStreamBytes: 128 * 1024 * 1024,
  maxPdfInflatedBytes: 512 * 1024 * 1024,
  maxPdfStreams: 50_000,
  maxTextChars: 4_000_000,
  maxPdfPages: 300,
  timeoutMs: 20_000,
};
