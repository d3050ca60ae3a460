import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractLimits } from '../extract/index.js';
import { notInspected } from './inspect-buffer.js';
import { type OcrBudget, ocrAllowanceMs } from './ocr-budget.js';
import type { FileResult } from './types.js';
import type { WalkedFile } from './walk-folder.js';

/** The compiled worker: beside this file in dist/, or in dist/ when this runs from the sources. */
function workerPath(): string {
  const here = new URL('./scan-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return fileURLToPath(new URL('../dist/scan/scan-worker.js', import.meta.url));
}

/** One file to inspect: on disk (a folder scan) or in memory (an attachment, a download). */
export type InspectTask =
  | { kind: 'file'; file: WalkedFile; limits: Partial<ExtractLimits> }
  | { kind: 'buffer'; data: Uint8Array; name: string; path: string; limits: Partial<ExtractLimits> };

export interface PoolOptions {
  packDir: string;
  threads: number;
  /** The hard time limit per file: the worker is ended and replaced. */
  hardTimeoutMs: number;
  /** Heap limit per worker, so one file cannot take the machine's memory. */
  maxHeapMb: number;
}

interface Job {
  id: number;
  task: InspectTask;
  resolve: (result: FileResult) => void;
}
interface Slot {
  worker: Worker;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

const where = (task: InspectTask) =>
  task.kind === 'file' ? { path: task.file.rel, size: task.file.size } : { path: task.path, size: task.data.byteLength };

/**
 * Inspects files on worker threads, one file per worker at a time, so that parsing a large
 * document never blocks the caller's event loop (the bot keeps answering meanwhile). A file that
 * overruns the hard time limit or crashes its worker (out of memory) gets a result saying so,
 * and the worker is replaced. Workers start on first use and do not keep the process alive
 * while idle.
 */
export class InspectPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  inspect(task: InspectTask): Promise<FileResult> {
    if (this.closed) return Promise.reject(new Error('the inspection pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < Math.max(1, this.options.threads)) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      const hardTimeoutMs = this.options.hardTimeoutMs + ocrAllowanceMs(job.task.limits);
      slot.timer = setTimeout(
        () =>
          this.fail(
            slot!,
            'TIMEOUT',
            `not finished in ${hardTimeoutMs} ms`,
            '確認できません: 時間内に読み終わらなかったため確認を打ち切りました',
          ),
        hardTimeoutMs,
      );
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(workerPath(), {
        workerData: { packDir: this.options.packDir },
        resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      }),
      job: null,
    };
    this.slots.push(slot);
    slot.worker.on('message', (msg: { id: number; result?: FileResult; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      clearTimeout(slot.timer);
      slot.job = null;
      slot.worker.unref();
      const { path, size } = where(job.task);
      job.resolve(
        msg.result ??
          notInspected(
            path,
            size,
            'cannot_inspect',
            'INTERNAL',
            msg.error ?? 'unknown',
            '確認できません: 読み取り中に内部エラーが起きました',
          ),
      );
      this.dispatch();
    });
    slot.worker.on('error', (error) =>
      this.fail(slot, 'CRASHED', error.message, '確認できません: 読み取り中にメモリ不足などで処理が止まりました'),
    );
    slot.worker.on('exit', (code) =>
      this.fail(slot, 'CRASHED', `worker exited with ${code}`, '確認できません: 読み取り中に処理が止まりました'),
    );
    return slot;
  }

  /** Ends a worker that overran or crashed: its file gets a result of its own, a fresh worker follows. */
  private fail(slot: Slot, code: string, message: string, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = null;
    if (job) {
      const { path, size } = where(job.task);
      job.resolve(notInspected(path, size, 'cannot_inspect', code, message, reason));
    }
    if (!this.closed) this.dispatch();
  }
}

/**
 * Inspects every file of a folder scan on a pool of its own, reporting each result as it comes.
 * Files are handed out one per worker as workers free up, so each starts with the scan's OCR
 * budget as it is then.
 */
export async function runPool(
  files: WalkedFile[],
  options: PoolOptions & { limits: Partial<ExtractLimits>; budget?: OcrBudget },
  onResult: (result: FileResult) => void,
): Promise<void> {
  if (files.length === 0) return;
  const pool = new InspectPool(options);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const limits = options.budget ? options.budget.limitsFor(options.limits) : options.limits;
      const result = await pool.inspect({ kind: 'file', file, limits });
      options.budget?.spend(result.ocr?.ms);
      onResult(result);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.threads) }, lane));
  } finally {
    await pool.close();
  }
}
