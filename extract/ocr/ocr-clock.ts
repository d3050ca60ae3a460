import type { ExtractLimits } from '../types.js';

/**
 * The OCR time and pages one file may still use: its own budget (seconds per file, pages per
 * file), or what is left of the scan's budget when that is less. Only time spent in OCR counts.
 */
export class OcrClock {
  ms = 0;
  pages = 0;
  readonly budgetMs: number;
  /** The scan's remaining budget, not the file's own, is what limits this file. */
  readonly byScan: boolean;

  constructor(
    readonly enabled: boolean,
    perFileMs: number,
    readonly maxPages: number,
    scanMsLeft?: number,
    /** Where the OCR tools are looked up (PATH for their processes). */
    readonly toolPath = '/usr/bin:/bin',
  ) {
    this.byScan = scanMsLeft !== undefined && scanMsLeft < perFileMs;
    this.budgetMs = Math.max(0, this.byScan ? scanMsLeft! : perFileMs);
  }

  static from(limits: ExtractLimits): OcrClock {
    return new OcrClock(limits.ocr, limits.ocrMsPerFile, limits.ocrMaxPages, limits.ocrScanMsLeft, limits.ocrToolPath);
  }

  leftMs(): number {
    return this.budgetMs - this.ms;
  }

  /** Why OCR stopped, in the words of the error's message. */
  spentMessage(): string {
    return this.byScan
      ? `the scan's OCR time is spent (${Math.round(this.budgetMs / 1000)} s were left when this file started)`
      : `the OCR time per file (${Math.round(this.budgetMs / 1000)} s) is spent`;
  }
}
