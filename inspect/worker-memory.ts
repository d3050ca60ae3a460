import { readFileSync } from 'node:fs';
import { DEFAULT_WORKER_MEMORY_MB } from '../config/index.js';

/**
 * How files are read in worker processes, from the configuration: the memory limit of each
 * (MAMORU_WORKER_MEMORY_MB, default 1536) and where the OCR tools are found (PATH). The pools
 * are one per process, so the entry point sets this once, before the first file is read.
 */
export interface InspectionSettings {
  workerMemoryMb: number;
  toolPath: string;
}

let settings: InspectionSettings = { workerMemoryMb: DEFAULT_WORKER_MEMORY_MB, toolPath: '/usr/bin:/bin' };

/** Sets this process's inspection settings (the entry point, from its configuration). */
export function configureInspection(next: InspectionSettings): void {
  settings = { workerMemoryMb: next.workerMemoryMb, toolPath: next.toolPath };
}

export const inspectionSettings = (): InspectionSettings => settings;

/** A process's resident memory in MB, from /proc (Linux); null where there is no /proc or no such process. */
export function residentMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
