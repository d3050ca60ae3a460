import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliResult } from './run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/mamoru.js', import.meta.url));

export interface MeasuredRun extends CliResult {
  ms: number;
  /** The most resident memory the command and all its descendants held at once (MB), read from /proc every 20 ms. */
  peakMb: number;
}

/** Runs the built `mamoru` command as a user would and measures its wall time and peak memory, workers included. */
export function runMeasured(args: string[], env: Record<string, string> = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssKb(child.pid));
    }, 20);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr, ms: performance.now() - started, peakMb: Math.round(peak / 1024) });
    });
    child.stdin.end();
  });
}

/** The resident memory (kB) of a process and every process below it. */
function treeRssKb(pid: number): number {
  let total = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // exited between the listing and the reading
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/)) {
        if (child) out.push(Number(child), ...descendants(Number(child)));
      }
    }
  } catch {
    // exited
  }
  return out;
}
