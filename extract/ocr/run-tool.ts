import { spawn } from 'node:child_process';

export interface ToolRun {
  /** The exit code; null when the process was killed (time or output limit). */
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
  /** The program is not installed (spawn failed, or the shell could not find it). */
  missing: boolean;
  ms: number;
}

export interface ToolLimits {
  /** Wall time: the process is killed after it. */
  timeoutMs: number;
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
export function runTool(command: string, args: string[], input: Uint8Array, limits: ToolLimits): Promise<ToolRun> {
  const started = Date.now();
  const cpuSeconds = Math.max(1, Math.ceil(limits.timeoutMs / 1000) + 1);
  // `exec "$0" "$@"` runs the tool itself in the shell's place, with the arguments as they are (no quoting).
  const script = `ulimit -v ${Math.round(limits.memoryMb * 1024)} && ulimit -t ${cpuSeconds} && exec "$0" "$@"`;
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', script, command, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
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
      resolve({ code, stdout: Buffer.concat(out), stderr, timedOut, missing: missing || code === 127, ms: Date.now() - started });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limits.maxOutputBytes) child.kill('SIGKILL');
      else out.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', () => finish(null, true));
    child.on('close', (code) => finish(code));
    // A tool that exits before reading all its input closes the pipe: that is its answer, not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  });
}
