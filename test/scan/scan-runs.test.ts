import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBot } from '../../bot/start-bot.js';
import { FAKE_GRAPH_TOKEN, FakeGraph } from '../../devkit/index.js';
import { openStore, scanRuns } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { ENGINES, freshStore } from '../helpers/engines.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a scan run whose process is killed mid-way', () => {
  let fake: FakeGraph;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await new FakeGraph({ users: 2, sites: 0, filesPerDrive: 2 }).start();
    dir = mkdtempSync(join(tmpdir(), 'mamoru-scan-runs-'));
    const config = join(dir, 'mamoru.yaml');
    writeFileSync(config, `sources:\n  - type: graph\n    base_url: ${fake.url}\n    sites: false\n`);
    env = {
      MAMORU_CONFIG: config,
      MAMORU_GRAPH_STATIC_TOKEN: FAKE_GRAPH_TOKEN,
      MAMORU_DATA_DIR: join(dir, 'data'),
      DATABASE_URL: '',
      MAMORU_LOG_LEVEL: 'silent',
      // A run silent for 3 s counts as interrupted: the heartbeat comes every 750 ms.
      MAMORU_SCAN_LEASE_SECONDS: '3',
    };
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const runs = async () => {
    const store = await openStore({ dataDir: env.MAMORU_DATA_DIR });
    const rows = await store.db.selectFrom('scan_runs').select(['id', 'status']).orderBy('started_at').execute();
    await store.close();
    return rows;
  };

  test('stays running while its process lives, and the next run shows it as interrupted once it is killed', async () => {
    fake.hold('delta', 1); // the first run stops at its first drive's changes
    const first: ChildProcess = spawn(process.execPath, ['bin/mamoru.js', 'scan', '--source', 'graph'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    const exited = new Promise((r) => first.once('exit', r));
    for (let i = 0; i < 300 && fake.holding === 0; i++) await sleep(50);
    expect(fake.holding).toBe(1);
    const [running] = await runs();
    expect(running).toMatchObject({ status: 'running' });

    // Another run, and a status check after more than a lease: the live run is left alone.
    const second = await runCli(['scan', '--source', 'graph'], '', env);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('中断');
    // The drive the live run is listing is left to it: not walked twice, and not a failure either.
    expect(second.stdout).toMatch(/失敗したドライブ: 0/);
    expect(second.stdout).toMatch(/ドライブ [12] 件は、そちらに任せました/);
    await sleep(4000);
    const live = await runCli(['scan', 'status'], '', env);
    expect(live.code).toBe(0);
    expect(live.stdout).toMatch(new RegExp(`実行中 \\(running\\)\\s+.*${running!.id}`));

    first.kill('SIGKILL');
    await exited;
    fake.release();
    await sleep(3500); // its lease runs out

    const third = await runCli(['scan', '--source', 'graph'], '', env);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`「中断」としました (run ${running!.id}: interrupted`);
    expect((await runs()).map((r) => r.status)).toEqual(['interrupted', 'done', 'done']);
    const status = await runCli(['scan', 'status'], '', env);
    expect(status.stdout).toMatch(new RegExp(`中断 \\(interrupted\\)\\s+.*${running!.id}`));
    expect(status.stdout.match(/完了 \(done\)/g)).toHaveLength(2);
  }, 90_000);
});

describe('mamoru serve marks interrupted runs on its tick', () => {
  test('a run without a heartbeat for a whole lease becomes interrupted; a beating one does not', async () => {
    const fresh = await freshStore('sqlite');
    const { db } = fresh.store;
    await scanRuns.startRun(db, { id: 'dead', source: 'graph', leaseMs: 500 });
    await scanRuns.startRun(db, { id: 'alive', source: 'google', leaseMs: 60_000 });
    await sleep(600);
    const running = await startBot({
      port: 0,
      store: { dataDir: fresh.dataDir! },
      teams: {},
      log: quietLog,
      leases: { outboxMs: 1000 },
    });
    let statuses: Record<string, string> = {};
    for (let i = 0; i < 100 && statuses.dead !== 'interrupted'; i++) {
      await sleep(100);
      const rows = await db.selectFrom('scan_runs').select(['id', 'status']).execute();
      statuses = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    }
    await running.close();
    expect(statuses).toEqual({ dead: 'interrupted', alive: 'running' });
    await fresh.cleanup();
  });
});

describe.each(ENGINES)('scan run heartbeats on %s', (engine) => {
  test('interrupted only after the lease the last heartbeat gave', async () => {
    const fresh = await freshStore(engine);
    const { db } = fresh.store;
    const t0 = Date.now();
    await scanRuns.startRun(db, { id: 'r1', source: 'graph', leaseMs: 60_000 }, new Date(t0));
    expect(await scanRuns.interruptAbandonedRuns(db, new Date(t0 + 59_000))).toEqual([]);
    await scanRuns.keepRunAlive(db, 'r1', 120_000);
    expect(await scanRuns.interruptAbandonedRuns(db, new Date(t0 + 61_000))).toEqual([]);
    const marked = await scanRuns.interruptAbandonedRuns(db, new Date(Date.now() + 121_000));
    expect(marked.map((r) => [r.id, r.status])).toEqual([['r1', 'interrupted']]);
    // A finished run is never touched.
    await scanRuns.startRun(db, { id: 'r2', source: 'graph', leaseMs: 1 }, new Date(t0));
    await scanRuns.finishRun(db, 'r2', { status: 'done', stats: {} });
    expect(await scanRuns.interruptAbandonedRuns(db, new Date(t0 + 10_000_000))).toEqual([]);
    await fresh.cleanup();
  });
});
