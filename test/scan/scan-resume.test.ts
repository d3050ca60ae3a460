import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_GRAPH_TOKEN, FakeGraph } from '../../devkit/index.js';
import { openStore } from '../../store/index.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FILES = 40;

describe('a first scan killed half-way goes on where it stopped', () => {
  let fake: FakeGraph;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await new FakeGraph({
      users: 1,
      sites: 0,
      filesPerDrive: FILES,
      file: (_d, i) => ({ name: `memo-${i}.txt`, content: `会議は${i}時から` }),
      downloadLatencyMs: 150,
    }).start();
    dir = mkdtempSync(join(tmpdir(), 'mamoru-resume-'));
    const config = join(dir, 'mamoru.yaml');
    writeFileSync(
      config,
      `scan:\n  files_in_flight: 2\nsources:\n  - type: graph\n    base_url: ${fake.url}\n    sites: false\n`,
    );
    env = {
      MAMORU_CONFIG: config,
      MAMORU_GRAPH_STATIC_TOKEN: FAKE_GRAPH_TOKEN,
      MAMORU_DATA_DIR: join(dir, 'data'),
      DATABASE_URL: '',
      MAMORU_LOG_LEVEL: 'silent',
      MAMORU_SCAN_LEASE_SECONDS: '2',
    };
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the next run reads only the files the killed one had not done, and lists nothing again', async () => {
    const first = spawn(process.execPath, ['bin/mamoru.js', 'scan', '--source', 'graph'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => first.once('exit', r));
    let done = 0;
    for (let i = 0; i < 600 && done < FILES / 4; i++) {
      await sleep(50);
      try {
        const store = await openStore({ dataDir: env.MAMORU_DATA_DIR!, migrate: false });
        const row = await store.db
          .selectFrom('drive_scan_items')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('state', '=', 'done')
          .executeTakeFirst();
        await store.close();
        done = Number(row?.n ?? 0);
      } catch {
        // the first run has not created its tables yet
      }
    }
    expect(done).toBeGreaterThanOrEqual(FILES / 4);
    first.kill('SIGKILL');
    await exited;
    const before = fake.counts();
    expect(before.delta).toBe(1);
    expect(before.content).toBeLessThan(FILES);
    await sleep(2500); // its lease runs out

    const second = await runCli(['scan', '--source', 'graph'], '', env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('中断');
    const after = fake.counts();
    // Not listed again; the files done before the kill not downloaded again (those in hand then, at most twice).
    expect(after.delta).toBe(1);
    expect(after.content).toBeGreaterThanOrEqual(FILES);
    expect(after.content).toBeLessThanOrEqual(FILES + 2);
    const store = await openStore({ dataDir: env.MAMORU_DATA_DIR! });
    const drives = await store.db.selectFrom('drives').select('cursor').execute();
    const scans = await store.db.selectFrom('drive_scans').select('state').execute();
    await store.close();
    expect(drives.map((d) => Boolean(d.cursor))).toEqual([true]);
    expect(scans).toEqual([{ state: 'done' }]);
  }, 120_000);
});
