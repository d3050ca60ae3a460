import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { OcrConfig } from '../config/index.js';
import { DEFAULT_LIMITS, type ExtractLimits } from '../extract/index.js';
import { judgeByName, notInspected, ocrLimits, runPool, scanBudget } from '../inspect/index.js';
import type { Pack } from '../policy/index.js';
import { ScanError } from './errors.js';
import type { FileResult, ScanRecord, ScanTotals } from './types.js';
import { walkFolder } from './walk-folder.js';

export interface ScanOptions {
  limits?: Partial<ExtractLimits>;
  /** The board's `scan.ocr`: OCR on or off, seconds per file and per scan, pages per file. */
  ocr?: OcrConfig;
  threads?: number;
  /** Called for each file as it is done (for --jsonl and the progress bar). */
  onResult?: (result: FileResult, done: number, total: number) => void;
  /** Called once the folder is listed. */
  onListed?: (total: number) => void;
}

/**
 * Scans a local folder as if it were a synced cloud drive: lists it, inspects every file on worker
 * threads (bounded in size, time and memory), and returns the record to keep. Contents are never kept.
 */
export async function scanFolder(pack: Pack, dir: string, options: ScanOptions = {}): Promise<ScanRecord> {
  const root = resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new ScanError('SOURCE_NOT_FOUND', `no folder at ${root}`);
  const started = new Date();
  const limits = { ...DEFAULT_LIMITS, ...ocrLimits(options.ocr), ...options.limits };
  const { files, results: listed } = await walkFolder(root);
  const total = files.length + listed.length;
  options.onListed?.(total);
  const results: FileResult[] = [];
  const add = (result: FileResult) => {
    results.push(result);
    options.onResult?.(result, results.length, total);
  };
  for (const result of listed) add(result);
  // A file over the size limit is refused here, before a worker opens it (a 2 GB file costs nothing).
  const small = files.filter((file) => {
    if (file.size <= limits.maxBytes) return true;
    add(
      judgeByName(
        pack,
        notInspected(
          file.rel,
          file.size,
          'cannot_inspect',
          'TOO_LARGE',
          `${file.size} bytes (limit ${limits.maxBytes})`,
          '確認できません: ファイルが大きすぎるため内容を確認していません',
        ),
        file.name,
      ),
    );
    return false;
  });
  await runPool(
    small,
    {
      packDir: pack.dir,
      limits,
      budget: scanBudget(options.ocr),
      threads: options.threads ?? availableParallelism(),
      hardTimeoutMs: limits.timeoutMs + 5_000,
      maxHeapMb: 1024,
    },
    add,
  );
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const finished = new Date();
  return {
    version: 1,
    id: randomUUID(),
    source: `local:${root}`,
    policy: pack.id,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    totals: totalsOf(results),
    files: results,
  };
}

export function totalsOf(results: FileResult[]): ScanTotals {
  const totals: ScanTotals = {
    files: results.length,
    bytes: 0,
    byClass: { I: 0, II: 0, III: 0, IV: 0, none: 0 },
    byStatus: { ok: 0, cannot_inspect: 0, skipped: 0 },
    violations: 0,
  };
  for (const r of results) {
    totals.bytes += r.size;
    totals.byClass[r.class ?? 'none']++;
    totals.byStatus[r.status]++;
    if (r.violation) totals.violations++;
  }
  return totals;
}
