import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../helpers/playground.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** A port held by another program, as a user finds it when mamoru is already running. */
let holder: Server;
let port: number;
const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-port-'));

beforeAll(async () => {
  port = await freePort();
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a script as `npm start` does, until it exits (it must, when its port is taken). */
function runScript(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not exit with its port taken:\n${output}`));
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('a port already taken is named, with how to choose another', () => {
  test('npm start: which port, PORT and MAMORU_PLAYGROUND_PORT, no TypeError', async () => {
    const { code, output } = await runScript('scripts/start.mjs', {
      PORT: String(port),
      MAMORU_PLAYGROUND_PORT: String(await freePort()),
      MAMORU_DATA_DIR: dataDir,
      MAMORU_ROSTER: '',
    });
    expect(code).toBe(1);
    expect(output).toContain(`port ${port} (127.0.0.1) is already in use`);
    expect(output).toContain(`PORT=${port + 1} npm start`);
    expect(output).toContain('MAMORU_PLAYGROUND_PORT');
    expect(output).not.toMatch(/TypeError|\n\s+at /);
  }, 90_000);

  test('npm run demo:cloud says the same, and stops its stand-in for Graph', async () => {
    const { code, output } = await runScript('scripts/demo-cloud.mjs', {
      PORT: String(port),
      MAMORU_PLAYGROUND_PORT: String(await freePort()),
      MAMORU_DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    expect(output).toContain(`PORT=${port + 1} npm run demo:cloud`);
    expect(output).not.toMatch(/TypeError|\n\s+at /);
  }, 90_000);

  test('mamoru serve --port N: exit 2, the port and --port, no stack trace', async () => {
    const serve = await runCli(['serve', '--port', String(port)], undefined, {
      MAMORU_DATA_DIR: dataDir,
      DATABASE_URL: '',
      MicrosoftAppId: '',
      MAMORU_CONFIG: '',
      MAMORU_LOG_LEVEL: 'silent',
    });
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain(`ポート ${port} (127.0.0.1) はほかのプログラムが使っています`);
    expect(serve.stderr).toContain(`npx mamoru serve --port ${port + 1}`);
    expect(serve.stderr).not.toMatch(/TypeError|内部エラー|\n\s+at /);
  }, 60_000);
});
