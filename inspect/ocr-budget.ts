import type { OcrConfig } from '../config/index.js';
import { DEFAULT_LIMITS, type ExtractLimits, WALL_FACTOR } from '../extract/index.js';

/**
 * The OCR time a whole scan may take (scan.ocr.seconds_per_scan), shared by its files: each file
 * starts with what is left, and what it used is taken off when it is done. Files start a few at a
 * time, so a scan may overrun by at most one file's budget per worker.
 */
export class OcrBudget {
  private spent = 0;

  constructor(readonly totalMs: number) {}

  leftMs(): number {
    return Math.max(0, this.totalMs - this.spent);
  }

  spend(ms: number | undefined): void {
    this.spent += ms ?? 0;
  }

  /** The limits for a file that starts now. */
  limitsFor(limits: Partial<ExtractLimits>): Partial<ExtractLimits> {
    return { ...limits, ocrScanMsLeft: this.leftMs() };
  }
}

/** The extraction limits a board's `scan.ocr` sets (enabled, seconds and pages per file). */
export function ocrLimits(config: OcrConfig | undefined): Partial<ExtractLimits> {
  if (!config) return {};
  return { ocr: config.enabled, ocrMsPerFile: config.seconds_per_file * 1000, ocrMaxPages: config.max_pages };
}

/** A scan's budget from `scan.ocr` (the default when there is no configuration). */
export function scanBudget(config: OcrConfig | undefined): OcrBudget {
  return new OcrBudget((config?.seconds_per_scan ?? 1800) * 1000);
}

/**
 * The wall time a worker must allow a file beyond its reading time, before it is ended: the OCR
 * budget counts the tools' CPU time, and its wall time may stretch to WALL_FACTOR times it.
 */
export function ocrAllowanceMs(limits: Partial<ExtractLimits>): number {
  return (limits.ocr ?? DEFAULT_LIMITS.ocr) ? (limits.ocrMsPerFile ?? DEFAULT_LIMITS.ocrMsPerFile) * WALL_FACTOR : 0;
}
