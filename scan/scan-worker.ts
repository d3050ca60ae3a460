import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractLimits } from '../extract/index.js';
import { loadPack } from '../policy/index.js';
import { inspectFile } from './inspect-file.js';
import type { WalkedFile } from './walk-folder.js';

/** A scan worker: inspects the files the pool sends, one at a time, and posts each result back. */
const { packDir, limits } = workerData as { packDir: string; limits: Partial<ExtractLimits> };
const pack = loadPack(packDir);

parentPort?.on('message', async (task: { id: number; file: WalkedFile }) => {
  try {
    const result = await inspectFile(pack, task.file, limits);
    parentPort?.postMessage({ id: task.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error)?.message ?? String(error) });
  }
});
