import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractLimits } from '../extract/index.js';
import { notInspected } from './inspect-buffer.js';
import type { FileResult } from './types.js';
import type { WalkedFile } from './walk-folder.js';

/** The compiled worker: beside this file in dist/, or in dist/ when this runs from the sources. */
function workerPath(): string {
  const here = new URL('./scan-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return fileURLToPath(new URL('../dist/scan/scan-worker.js', import.meta.url));
}

interface Slot {
  worker: Worker;
  task: { id: number; file: WalkedFile; timer: NodeJS.Timeout } | null;
}

export interface PoolOptions {
  packDir: string;
  limits: Partial<ExtractLimits>;
  threads: number;
  /** The hard time limit per file: the worker is ended and replaced. */
  hardTimeoutMs: number;
  /** Heap limit per worker, so one file cannot take the machine's memory. */
  maxHeapMb: number;
}

/**
 * Inspects files on worker threads (one file per worker at a time). A file that overruns the time
 * limit or crashes its worker (out of memory) gets a result saying so and the worker is replaced.
 */
export function runPool(files: WalkedFile[], options: PoolOptions, onResult: (result: FileResult) => void): Promise<void> {
  const script = workerPath();
  let next = 0;
  let done = 0;
  let nextId = 0;
  return new Promise((resolve, reject) => {
    if (files.length === 0) return resolve();
    const slots: Slot[] = [];
    const finish = (slot: Slot, result: FileResult) => {
      if (slot.task) clearTimeout(slot.task.timer);
      slot.task = null;
      onResult(result);
      done++;
      if (done === files.length) {
        for (const s of slots) void s.worker.terminate();
        resolve();
      } else dispatch(slot);
    };
    const spawn = (): Slot => {
      const slot: Slot = {
        worker: new Worker(script, {
          workerData: { packDir: options.packDir, limits: options.limits },
          resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
        }),
        task: null,
      };
      slot.worker.on('message', (msg: { id: number; result?: FileResult; error?: string }) => {
        if (!slot.task || slot.task.id !== msg.id) return;
        const file = slot.task.file;
        finish(
          slot,
          msg.result ??
            notInspected(
              file.rel,
              file.size,
              'cannot_inspect',
              'INTERNAL',
              msg.error ?? 'unknown',
              '確認できません: 読み取り中に内部エラーが起きました',
            ),
        );
      });
      slot.worker.on('error', (error) =>
        replace(slot, 'CRASHED', error.message, '確認できません: 読み取り中にメモリ不足などで処理が止まりました'),
      );
      slot.worker.on('exit', (code) => {
        if (slot.task) replace(slot, 'CRASHED', `worker exited with ${code}`, '確認できません: 読み取り中に処理が止まりました');
      });
      return slot;
    };
    const replace = (slot: Slot, code: string, message: string, reason: string) => {
      const task = slot.task;
      if (!task) return;
      clearTimeout(task.timer);
      slot.task = null;
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      const fresh = spawn();
      slots[slots.indexOf(slot)] = fresh;
      fresh.task = null;
      onResult(notInspected(task.file.rel, task.file.size, 'cannot_inspect', code, message, reason));
      done++;
      if (done === files.length) {
        for (const s of slots) void s.worker.terminate();
        resolve();
      } else dispatch(fresh);
    };
    const dispatch = (slot: Slot) => {
      if (next >= files.length) return;
      const file = files[next++]!;
      const id = nextId++;
      const timer = setTimeout(
        () =>
          replace(
            slot,
            'TIMEOUT',
            `not finished in ${options.hardTimeoutMs} ms`,
            '確認できません: 時間内に読み終わらなかったため確認を打ち切りました',
          ),
        options.hardTimeoutMs,
      );
      slot.task = { id, file, timer };
      slot.worker.postMessage({ id, file });
    };
    try {
      for (let i = 0; i < Math.max(1, Math.min(options.threads, files.length)); i++) slots.push(spawn());
    } catch (error) {
      reject(error);
      return;
    }
    for (const slot of slots) dispatch(slot);
  });
}
