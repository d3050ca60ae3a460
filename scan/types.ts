import type { FileResult } from '../inspect/index.js';
import type { ClassId } from '../policy/index.js';

// One file's result is the inspector's (inspect/); a scan's record is a list of them.
export type { FileResult };

export interface ScanTotals {
  files: number;
  bytes: number;
  byClass: Record<ClassId | 'none', number>;
  byStatus: Record<FileResult['status'], number>;
  violations: number;
}

/** The last scan as kept under the data dir for `mamoru report`. */
export interface ScanRecord {
  version: 1;
  id: string;
  source: string;
  policy: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  totals: ScanTotals;
  files: FileResult[];
}
