import type { ExtractLimits } from '../types.js';

/**
 * The OCR time and pages one file may still use: its own budget (seconds per file, pages per
 * file), or what is left of the scan's budget when that is less. Only time spent in OCR counts.
 */
/**
 * The wall time a file's OCR may take, as a multiple of its budget: the budget counts the tools'
 * CPU time (a loaded machine makes a run wait for a core, not work more), and this bounds how long
 * the waiting may stretch it.
 */
export const WALL_FACTOR = 3;

export class OcrClock {
  /** OCR time used: the tools' CPU time where they report it, else their wall time. */
  ms = 0;
  /** Wall time the OCR took. */
  wallMs = 0;
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
    return Math.min(this.budgetMs - this.ms, this.wallLeftMs());
  }

  /** Wall time left before the file's OCR is stopped however little CPU it used. */
  wallLeftMs(): number {
    return this.budgetMs * WALL_FACTOR - this.wallMs;
  }

  /** Counts a run: its CPU time when known, and its wall time. */
  charge(run: { ms: number; cpuMs?: number }): void {
    this.ms += run.cpuMs ?? run.ms;
    this.wallMs += run.ms;
  }

  /** A tool's limits now: the CPU time left, and the wall time left. */
  toolTime(): { timeoutMs: number; cpuMs: number } {
    return { timeoutMs: Math.max(0, this.wallLeftMs()), cpuMs: Math.max(0, this.budgetMs - this.ms) };
  }

  /** Why OCR stopped, in the words of the error's message. */
  spentMessage(): string {
    return this.byScan
      ? `the scan's OCR time is spent (${Math.round(this.budgetMs / 1000)} s were left when this file started)`
      : `the OCR time per file (${Math.round(this.budgetMs / 1000)} s) is spent`;
  }
}
