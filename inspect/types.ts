import type { ClassId, Evidence } from '../policy/index.js';

/**
 * One file's result, as `mamoru scan --jsonl` prints it and the last scan keeps it: no contents,
 * only the class, the reasons and evidence as kinds, counts and masked samples.
 */
export interface FileResult {
  /** Relative to the scanned folder, with `/`. */
  path: string;
  /** `ok` classified (or found nothing to classify by), `cannot_inspect` read but not inspectable, `skipped` not a document. */
  status: 'ok' | 'cannot_inspect' | 'skipped';
  class: ClassId | null;
  confidence: number;
  /** Stored where its class may not be (cloud storage of class I/II, 2-2(7)⑤). */
  violation: boolean;
  reasons: string[];
  asset?: { id: string; name: string } | null;
  evidence?: Evidence[];
  format?: string;
  size: number;
  /** Characters of text extracted (a count, for throughput figures). */
  chars?: number;
  /** OCR the file took (images, scanned PDFs, and those inside a zip or a mail): counted against the scan's budget. */
  ocr?: { pages: number; ms: number };
  /** For cannot_inspect and skipped: the coded reason. */
  error?: { code: string; message: string };
}

/** One file on disk to inspect, as a folder walk lists it. */
export interface FileOnDisk {
  abs: string;
  /** Relative to the scanned folder, with `/`: the result's path. */
  rel: string;
  name: string;
  size: number;
}
