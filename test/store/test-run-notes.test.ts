import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/** vitest as `npm test` runs it, on two store test files, without a PostgreSQL server. */
function vitestWithoutPostgres(files: string[]): Promise<{ code: number | null; output: string }> {
  const bin = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const { MAMORU_TEST_DATABASE_URL: _pg, ...env } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', ...files], { cwd: ROOT, env: { ...env, CI: '1', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('a run without PostgreSQL says so once, however many store test files ran', async () => {
  const { code, output } = await vitestWithoutPostgres(['test/store/findings.test.ts', 'test/scan/cloud-scan.test.ts']);
  expect(code).toBe(0);
  expect(output).toMatch(/Test Files\s+2 passed/);
  expect(output.match(/PostgreSQL skipped/g)).toHaveLength(1);
}, 180_000);
