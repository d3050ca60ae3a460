import { readFileSync } from 'node:fs';

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

/** A process's resident memory in MB, from /proc (Linux); null where there is no /proc or no such process. */
export function residentMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
