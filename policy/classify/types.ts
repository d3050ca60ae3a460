import type { ClassId } from '../contract.js';
import type { DetectorKind } from './detector-kinds.js';

/** What the classifier reads: extracted text and structure. It keeps none of it. */
export interface ClassifyInput {
  /** The file name (markers and titles count there: 2-2(2)). */
  name: string;
  /** The path relative to the scanned folder, for the record only. */
  path?: string;
  /** The format (docx, xlsx …). */
  type?: string;
  text: string;
  headings?: string[];
  tables?: { name?: string; rows: string[][]; headerRow?: number }[];
  properties?: Record<string, string>;
  headerFooter?: string[];
  /** Sensitivity label names (from the file, or from Graph / Drive). */
  labels?: string[];
  /**
   * Only the name, path and labels are known: the content was not read (an old .xls, a file too
   * large to download). A form named in the title is then taken as the record, not as its blank
   * template, since nothing shows it is empty.
   */
  nameOnly?: boolean;
  /** Set when the text was read by OCR (a photo, a scan): how many pages were read. */
  ocr?: { pages: number };
  /** The day of the scan (dates of birth are told from dates long past); today when not given. */
  today?: Date;
}

/** Kinds and counts of what was found, with masked samples (090-●●●●-5678): never contents. */
export interface Evidence {
  kind: DetectorKind | 'person' | 'rows' | 'marker' | 'label' | 'title' | 'headers' | 'words' | 'days' | 'blank' | 'matters';
  count: number;
  samples?: string[];
}

export interface Classification {
  class: ClassId | null;
  /** 0–1: 0.95 for a class written on the file, about 0.9 for a recognised record, 0 when unknown. */
  confidence: number;
  /** The catalog item recognised, if any. */
  asset: { id: string; name: string } | null;
  /** Why, in words a person can check (Japanese). */
  reasons: string[];
  evidence: Evidence[];
}
