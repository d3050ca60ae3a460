import { readFileSync } from 'node:fs';

/** A process's resident memory in MB, from /proc (Linux); null where there is no /proc or no such process. */
export function residentMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
