import { parentPort, workerData } from 'node:worker_threads';
import { loadPack } from '../policy/index.js';
import { inspectBuffer } from './inspect-buffer.js';
import { inspectFile } from './inspect-file.js';
import type { InspectTask } from './worker-pool.js';

/** An inspection worker: inspects the files the pool sends, one at a time, and posts each result back. */
const { packDir } = workerData as { packDir: string };
const pack = loadPack(packDir);

parentPort?.on('message', async ({ id, task }: { id: number; task: InspectTask }) => {
  try {
    const result =
      task.kind === 'file'
        ? await inspectFile(pack, task.file, task.limits)
        : await inspectBuffer(pack, task.data, task.name, task.path, task.limits);
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
});
