import { spawn } from 'node:child_process';

export interface ToolRun {
  /** The exit code; null when the process was killed (time or output limit). */
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
  /** The program is not installed (spawn failed, or the shell could not find it). */
  missing: boolean;
  /** Wall time the run took. */
  ms: number;
  /**
   * CPU time (user and system) the tool used, from the shell's `times` once it ended; undefined
   * when it was killed or the shell did not report it. On a loaded machine the wall time is a
   * multiple of it: the work a file's OCR did is this, not how long it waited for a core.
   */
  cpuMs?: number;
}

export interface ToolLimits {
  /** Wall time: the process is killed after it. */
  timeoutMs: number;
  /** CPU time (ulimit -t, whole seconds, rounded up); the wall time when not given. */
  cpuMs?: number;
  /** Output kept; past it the process is killed. */
  maxOutputBytes: number;
  /** Address space of the process (ulimit -v), so a hostile file cannot take the machine's memory. */
  memoryMb: number;
  /** Where the tool is looked up (PATH), from the configuration. */
  path: string;
}

/**
 * Runs an OCR tool (tesseract, pdftoppm, pdfinfo) on bytes given on its standard input, bounded in
 * wall time, CPU time, memory and output. The CPU limit (ulimit -t) is kept by the kernel, so the
 * process ends even if the worker that started it is ended first. Nothing is written to disk.
 */
/** Written to stderr before the shell's `times`, so the tool's own messages stay apart. */
const TIMES_MARK = '--mamoru-times--';

/**
 * The children's user and system time from the shell's `times` (its second line, as
 * `0m5.120000s 0m0.210000s`), in ms; undefined when it is not there.
 */
export function childCpuMs(stderrTail: string): number | undefined {
  const at = stderrTail.lastIndexOf(TIMES_MARK);
  if (at < 0) return undefined;
  const lines = stderrTail
    .slice(at + TIMES_MARK.length)
    .trim()
    .split(/\r?\n/);
  const m = /^(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s$/.exec(lines[1]?.trim() ?? '');
  if (!m) return undefined;
  return Math.round((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
}

export function runTool(command: string, args: string[], input: Uint8Array, limits: ToolLimits): Promise<ToolRun> {
  const started = Date.now();
  const cpuSeconds = Math.max(1, Math.ceil((limits.cpuMs ?? limits.timeoutMs) / 1000) + 1);
  // The tool runs in a subshell-free child of the shell, with the arguments as they are (no quoting); once
  // it ends the shell prints its children's CPU times (`times`, second line) to stderr and exits with its code.
  const script = `ulimit -v ${Math.round(limits.memoryMb * 1024)} && ulimit -t ${cpuSeconds} && { "$0" "$@"; c=$?; echo '${TIMES_MARK}' >&2; times >&2; exit $c; }`;
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', script, command, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // A process group of its own: the tool is the shell's child, and both are ended together.
      detached: true,
      env: { PATH: limits.path, OMP_THREAD_LIMIT: '1', LANG: 'C.UTF-8' },
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (code: number | null, missing = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const times = childCpuMs(tail);
      const err = stderr.includes(TIMES_MARK) ? stderr.slice(0, stderr.lastIndexOf(TIMES_MARK)) : stderr;
      resolve({
        code,
        stdout: Buffer.concat(out),
        stderr: err,
        timedOut,
        missing: missing || code === 127,
        ms: Date.now() - started,
        ...(times === undefined || timedOut ? {} : { cpuMs: times }),
      });
    };
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limits.maxOutputBytes) kill();
      else out.push(chunk);
    });
    let tail = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
      tail = (tail + chunk).slice(-400);
    });
    child.on('error', () => finish(null, true));
    child.on('close', (code) => finish(code));
    // A tool that exits before reading all its input closes the pipe: that is its answer, not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  });
}
