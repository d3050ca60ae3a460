import { OcrClock } from './ocr/ocr-clock.js';
import type { ExtractLimits } from './types.js';

/**
 * What one file's reading has used so far, shared by the file and everything inside it (zip
 * entries, attachments, zips in zips): the limits count once for the whole file, not per entry.
 * A child context (`{ ...context, depth: context.depth + 1 }`) shares `used` and `ocr`.
 */
export interface ExtractContext {
  /** Containers above the file being read (0 for the file itself). */
  depth: number;
  used: {
    /** Bytes inflated from zip entries so far. */
    inflatedBytes: number;
    /** Entries and attachments listed so far. */
    entries: number;
  };
  /** When reading must end (OCR time is counted apart, by `ocr`). */
  deadline: number;
  ocr: OcrClock;
}

export function newExtractContext(limits: ExtractLimits): ExtractContext {
  return {
    depth: 0,
    used: { inflatedBytes: 0, entries: 0 },
    deadline: Date.now() + limits.timeoutMs,
    ocr: OcrClock.from(limits),
  };
}

/** Reading time left: the deadline moves on by the (wall) time spent in OCR, which has a budget of its own. */
export function timeLeftMs(context: ExtractContext): number {
  return context.deadline + context.ocr.wallMs - Date.now();
}
