import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractLimits } from '../extract/index.js';
import { notInspected } from './inspect-buffer.js';
import { type OcrBudget, ocrAllowanceMs } from './ocr-budget.js';
import type { FileOnDisk, FileResult } from './types.js';
import { inspectionSettings, residentMb } from './worker-memory.js';

/** The compiled worker: beside this file in dist/, or in dist/ when this runs from the sources. */
function workerPath(): string {
  const here = new URL('./inspect-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return fileURLToPath(new URL('../dist/inspect/inspect-worker.js', import.meta.url));
}

/** One file to inspect: on disk (a folder scan) or in memory (an attachment, a download). */
export type InspectTask =
  | { kind: 'file'; file: FileOnDisk; limits: Partial<ExtractLimits> }
  | { kind: 'buffer'; data: Uint8Array; name: string; path: string; limits: Partial<ExtractLimits> };

/** How often the pool reads each busy worker's resident memory. */
const MEMORY_POLL_MS = 50;
/**
 * Files sent to a worker ahead of its answers: the next one waits in the worker, so that it does
 * not sit idle for the round trip of each result (about a third of a small file's time).
 */
const AHEAD = 2;

export interface PoolOptions {
  packDir: string;
  /** How many files are read at once, each in a worker process of its own. */
  threads: number;
  /** The hard time limit per file: the worker is ended and replaced. */
  hardTimeoutMs: number;
  /** JavaScript heap limit per worker (V8's --max-old-space-size). */
  maxHeapMb: number;
  /** Resident memory limit per worker, everything included: past it the worker is ended (Linux). Default: the configuration's (MAMORU_WORKER_MEMORY_MB). */
  maxRssMb?: number;
}

interface Job {
  id: number;
  task: InspectTask;
  resolve: (result: FileResult) => void;
}
interface Slot {
  child: ChildProcess;
  /** Sent and not answered, in order: the first is the one being read (the worker reads one at a time). */
  jobs: Job[];
  /** The hard time limit of the first job. */
  timer?: NodeJS.Timeout;
  /** The end of the worker's stderr, to say why it died. */
  stderr: string;
}

const where = (task: InspectTask) =>
  task.kind === 'file' ? { path: task.file.rel, size: task.file.size } : { path: task.path, size: task.data.byteLength };

/**
 * Inspects files in worker processes, each reading one file at a time, so that parsing a large
 * document never blocks the caller's event loop (the bot keeps answering meanwhile), and so that
 * a file's memory is bounded as a whole: pdf.js and zlib keep their buffers outside the JavaScript
 * heap, where a worker thread's heap limit does not reach, while a process's resident memory can
 * be read (/proc) and the process ended. A file that overruns the hard time limit or the memory
 * limit, or crashes its worker, gets a result saying so; the files waiting behind it go to another
 * worker, and a fresh worker is started. Workers start on first use and do not keep the process
 * alive while idle.
 */
export class InspectPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private watcher?: NodeJS.Timeout;
  private readonly maxRssMb: number;
  private readonly toolPath: string;

  constructor(private readonly options: PoolOptions) {
    this.maxRssMb = options.maxRssMb ?? inspectionSettings().workerMemoryMb;
    this.toolPath = inspectionSettings().toolPath;
  }

  inspect(task: InspectTask): Promise<FileResult> {
    if (this.closed) return Promise.reject(new Error('the inspection pool is closed'));
    return new Promise((resolve) => {
      // The OCR tools are looked up on the configuration's PATH, handed to the worker with the task.
      const limits = { ocrToolPath: this.toolPath, ...task.limits };
      this.queue.push({ id: this.nextId++, task: { ...task, limits }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watcher);
    await Promise.all(this.slots.splice(0).map((slot) => stop(slot.child)));
  }

  /** Gives each worker a file before any gets a second, starting workers while there are fewer than `threads`. */
  private dispatch(): void {
    for (let depth = 1; depth <= AHEAD && this.queue.length > 0; depth++) {
      for (const slot of [...this.slots]) if (slot.jobs.length < depth && this.queue.length > 0) this.send(slot);
      while (depth === 1 && this.queue.length > 0 && this.slots.length < Math.max(1, this.options.threads))
        this.send(this.spawn());
    }
  }

  private send(slot: Slot): void {
    const job = this.queue.shift()!;
    slot.jobs.push(job);
    if (slot.jobs.length === 1) this.started(slot);
    slot.child.send({ id: job.id, task: job.task }, (error) => {
      if (error) this.fail(slot, 'CRASHED', error.message, '確認できません: 読み取り中に処理が止まりました');
    });
  }

  /** The worker's first job is the one it reads now: its time limit starts, and the worker holds the process. */
  private started(slot: Slot): void {
    clearTimeout(slot.timer);
    hold(slot.child, true);
    // A file that may be read by OCR gets the OCR time it may spend on top of the usual limit.
    const job = slot.jobs[0];
    const hardTimeoutMs = this.options.hardTimeoutMs + (job ? ocrAllowanceMs(job.task.limits) : 0);
    slot.timer = setTimeout(
      () =>
        this.fail(
          slot,
          'TIMEOUT',
          `not finished in ${hardTimeoutMs} ms`,
          '確認できません: 時間内に読み終わらなかったため確認を打ち切りました',
        ),
      hardTimeoutMs,
    );
  }

  private spawn(): Slot {
    const child = fork(workerPath(), [this.options.packDir], {
      execArgv: [`--max-old-space-size=${this.options.maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, jobs: [], stderr: '' };
    this.slots.push(slot);
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-2000);
    });
    child.on('message', (msg: { id: number; result?: FileResult; error?: string }) => this.answered(slot, msg));
    child.on('error', (error) =>
      this.fail(slot, 'CRASHED', error.message, '確認できません: 読み取り中にメモリ不足などで処理が止まりました'),
    );
    child.on('exit', (code, signal) => {
      const last = slot.stderr.trim().split('\n').at(-1) ?? '';
      const outOfHeap = /heap out of memory/i.test(slot.stderr);
      this.fail(
        slot,
        'CRASHED',
        `worker exited with ${signal ?? code}${last ? `: ${last.slice(0, 200)}` : ''}`,
        outOfHeap
          ? '確認できません: 読み取り中にメモリ不足などで処理が止まりました'
          : '確認できません: 読み取り中に処理が止まりました',
      );
    });
    this.watch();
    return slot;
  }

  private answered(slot: Slot, msg: { id: number; result?: FileResult; error?: string }): void {
    const job = slot.jobs[0];
    if (!job || job.id !== msg.id) return;
    slot.jobs.shift();
    clearTimeout(slot.timer);
    if (slot.jobs.length > 0) this.started(slot);
    else hold(slot.child, false);
    // A worker that kept much of the memory a large file took starts the next file with less room: replace it.
    if (slot.child.pid !== undefined && (residentMb(slot.child.pid) ?? 0) > this.maxRssMb / 2) this.retire(slot);
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
  }

  /** Reads the resident memory of each busy worker and ends the ones past the limit. */
  private watch(): void {
    if (this.watcher) return;
    const limit = this.maxRssMb;
    this.watcher = setInterval(() => {
      for (const slot of [...this.slots]) {
        if (slot.jobs.length === 0 || slot.child.pid === undefined) continue;
        const rss = residentMb(slot.child.pid);
        if (rss !== null && rss > limit)
          this.fail(
            slot,
            'MEMORY_LIMIT',
            `${rss} MB resident (limit ${limit} MB)`,
            `確認できません: 読み取りに使うメモリが上限（${limit} MB）を超えたため確認を打ち切りました（圧縮爆弾など異常なファイルの疑い）`,
          );
      }
    }, MEMORY_POLL_MS);
    this.watcher.unref();
  }

  /** Ends a worker that overran or crashed: the file it was reading gets a result of its own. */
  private fail(slot: Slot, code: string, message: string, reason: string): void {
    if (!this.slots.includes(slot)) return;
    const job = slot.jobs.shift();
    this.retire(slot);
    if (job) {
      const { path, size } = where(job.task);
      job.resolve(notInspected(path, size, 'cannot_inspect', code, message, reason));
    }
    if (!this.closed) this.dispatch();
  }

  /** Takes a worker out of the pool and ends it, putting the files it still held back in front of the queue. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    slot.child.removeAllListeners();
    slot.child.stderr?.removeAllListeners();
    slot.child.kill('SIGKILL');
    this.queue.unshift(...slot.jobs);
    slot.jobs = [];
  }
}

/** A busy worker keeps the caller's process alive; an idle one does not (nor its IPC channel and pipe). */
function hold(child: ChildProcess, busy: boolean): void {
  for (const handle of [child, child.channel, child.stderr] as ({ ref(): void; unref(): void } | null | undefined)[]) {
    if (busy) handle?.ref();
    else handle?.unref();
  }
}

function stop(child: ChildProcess): Promise<void> {
  child.removeAllListeners();
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  // Held until it has exited, so that the caller's work after close() is not cut short.
  hold(child, true);
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Inspects every file of a folder scan on a pool of its own, reporting each result as it comes.
 * Files are handed out as workers free up (two in flight per worker), so each starts with the
 * scan's OCR budget as it is then.
 */
export async function runPool(
  files: FileOnDisk[],
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
    // As many lanes as the pool keeps files in flight, so a worker never waits for the next one.
    await Promise.all(Array.from({ length: Math.max(1, options.threads) * AHEAD }, lane));
  } finally {
    await pool.close();
  }
}
