import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractLimits } from '../extract/index.js';
import { notInspected } from './inspect-buffer.js';
import { residentMb } from './resident-memory.js';
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

/**
 * The resident memory an inspection process may use (heap, buffers, native parsers) before it is
 * ended: the 1024 MB heap and half as much outside it. The largest document within the file bounds
 * (a 35 MB xlsx of 190 MB of sheet XML) takes about 1.2 GB.
 */
export const DEFAULT_MAX_RSS_MB = 1536;

/**
 * The memory limit per inspection worker: `MAMORU_WORKER_MEMORY_MB`, else 1536. An operator lowers
 * it on a small server (workers × limit is what inspections may take at once) or raises it for
 * unusually large documents.
 */
export function workerMemoryMb(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.MAMORU_WORKER_MEMORY_MB?.trim();
  if (!text) return DEFAULT_MAX_RSS_MB;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 128)
    throw new Error(`MAMORU_WORKER_MEMORY_MB must be a whole number of MB, 128 or more (got "${text}")`);
  return value;
}
/** How often the pool reads each busy worker's resident memory. */
const MEMORY_POLL_MS = 50;

export interface PoolOptions {
  packDir: string;
  /** How many files are read at once, each in a worker process of its own. */
  threads: number;
  /** The hard time limit per file: the worker is ended and replaced. */
  hardTimeoutMs: number;
  /** JavaScript heap limit per worker (V8's --max-old-space-size). */
  maxHeapMb: number;
  /** Resident memory limit per worker, everything included: past it the worker is ended (Linux). Default: workerMemoryMb(). */
  maxRssMb?: number;
}

interface Job {
  id: number;
  task: InspectTask;
  resolve: (result: FileResult) => void;
}
interface Slot {
  child: ChildProcess;
  job: Job | null;
  timer?: NodeJS.Timeout;
  /** The end of the worker's stderr, to say why it died. */
  stderr: string;
}

const where = (task: InspectTask) =>
  task.kind === 'file' ? { path: task.file.rel, size: task.file.size } : { path: task.path, size: task.data.byteLength };

/**
 * Inspects files in worker processes, one file per worker at a time, so that parsing a large
 * document never blocks the caller's event loop (the bot keeps answering meanwhile), and so that
 * a file's memory is bounded as a whole: pdf.js and zlib keep their buffers outside the JavaScript
 * heap, where a worker thread's heap limit does not reach, while a process's resident memory can
 * be read (/proc) and the process ended. A file that overruns the hard time limit or the memory
 * limit, or crashes its worker, gets a result saying so, and the worker is replaced. Workers start
 * on first use and do not keep the process alive while idle.
 */
export class InspectPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private watcher?: NodeJS.Timeout;
  private readonly maxRssMb: number;

  constructor(private readonly options: PoolOptions) {
    this.maxRssMb = options.maxRssMb ?? workerMemoryMb();
  }

  inspect(task: InspectTask): Promise<FileResult> {
    if (this.closed) return Promise.reject(new Error('the inspection pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watcher);
    await Promise.all(this.slots.splice(0).map((slot) => stop(slot.child)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < Math.max(1, this.options.threads)) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const busy = slot;
      busy.job = job;
      hold(busy.child, true);
      busy.timer = setTimeout(
        () =>
          this.fail(
            busy,
            'TIMEOUT',
            `not finished in ${this.options.hardTimeoutMs} ms`,
            '確認できません: 時間内に読み終わらなかったため確認を打ち切りました',
          ),
        this.options.hardTimeoutMs,
      );
      busy.child.send({ id: job.id, task: job.task }, (error) => {
        if (error) this.fail(busy, 'CRASHED', error.message, '確認できません: 読み取り中に処理が止まりました');
      });
    }
  }

  private spawn(): Slot {
    const child = fork(workerPath(), [this.options.packDir], {
      execArgv: [`--max-old-space-size=${this.options.maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, job: null, stderr: '' };
    this.slots.push(slot);
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-2000);
    });
    child.on('message', (msg: { id: number; result?: FileResult; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      clearTimeout(slot.timer);
      slot.job = null;
      hold(child, false);
      // A worker that kept much of the memory a large file took starts the next file with less room: replace it.
      if (child.pid !== undefined && (residentMb(child.pid) ?? 0) > this.maxRssMb / 2) this.retire(slot);
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
    hold(child, false);
    this.watch();
    return slot;
  }

  /** Reads the resident memory of each busy worker and ends the ones past the limit. */
  private watch(): void {
    if (this.watcher) return;
    const limit = this.maxRssMb;
    this.watcher = setInterval(() => {
      for (const slot of [...this.slots]) {
        if (!slot.job || slot.child.pid === undefined) continue;
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

  /** Ends a worker that overran or crashed: its file gets a result of its own, a fresh worker follows. */
  private fail(slot: Slot, code: string, message: string, reason: string): void {
    if (!this.retire(slot)) return;
    const job = slot.job;
    slot.job = null;
    if (job) {
      const { path, size } = where(job.task);
      job.resolve(notInspected(path, size, 'cannot_inspect', code, message, reason));
    }
    if (!this.closed) this.dispatch();
  }

  /** Takes a worker out of the pool and ends it; false when it was out already. */
  private retire(slot: Slot): boolean {
    const index = this.slots.indexOf(slot);
    if (index < 0) return false;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    slot.child.removeAllListeners();
    slot.child.stderr?.removeAllListeners();
    slot.child.kill('SIGKILL');
    return true;
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

/** Inspects every file of a folder scan on a pool of its own, reporting each result as it comes. */
export async function runPool(
  files: WalkedFile[],
  options: PoolOptions & { limits: Partial<ExtractLimits> },
  onResult: (result: FileResult) => void,
): Promise<void> {
  if (files.length === 0) return;
  const pool = new InspectPool(options);
  try {
    await Promise.all(files.map((file) => pool.inspect({ kind: 'file', file, limits: options.limits }).then(onResult)));
  } finally {
    await pool.close();
  }
}
