import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphConnector } from '../../connectors/graph/index.js';
import { FakeGraph, fakeCredential } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { enqueueCloudScan, startQueue, workCloudScans } from '../../scan/cloud/index.js';
import { importRoster, type Store } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { freshStore, PG_URL, warnIfNoPostgres } from '../helpers/engines.js';
import { ROOT } from '../helpers/run-cli.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8').replace(
  'hanako.yamada@school.example.jp',
  'user0@school.example.jp',
);
const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 12 }, (_, i) => `生徒${i + 1},熊本市北区${i + 1}-1,090-2222-${String(3300 + i)}`),
].join('\n');

describe.skipIf(!PG_URL)('scale-out: one pg-boss job per drive on the real PostgreSQL', () => {
  let store: Store;
  let url: string;
  let cleanup: () => Promise<void>;
  let fake: FakeGraph;
  const bosses: PgBoss[] = [];

  beforeAll(async () => {
    const fresh = await freshStore('postgres');
    ({ store, cleanup } = fresh);
    url = fresh.url!;
    await importRoster(store.db, ROSTER);
    fake = await new FakeGraph({
      users: 2,
      sites: 0,
      filesPerDrive: 4,
      file: (drive, index) =>
        drive === 0 && index === 3
          ? { name: '名簿.csv', content: ADDRESS_BOOK }
          : { name: `memo${drive}-${index}.txt`, content: '15時から会議' },
    }).start();
  });
  afterAll(async () => {
    for (const boss of bosses) await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await fake.stop();
    await cleanup();
  });

  test('a worker killed mid-drive: the job is retried by another worker, nothing lost, nothing duplicated', async () => {
    const connector = () => createGraphConnector({ credential: fakeCredential(), baseUrl: fake.url, backoffBaseMs: 5 });
    const first = await startQueue(url, quietLog);
    bosses.push(first);
    const { runId, drives } = await enqueueCloudScan({ boss: first, store, connector: connector(), source: 0 });
    expect(drives).toBe(2);

    // Worker A dies after its first download: its scan stops half-way through a drive.
    const kill = new AbortController();
    let downloads = 0;
    const dying = () => {
      const c = connector();
      return {
        ...c,
        download: async (...args: Parameters<typeof c.download>) => {
          if (++downloads === 2) kill.abort(new Error('killed'));
          return c.download(args[0], args[1], { ...args[2], signal: kill.signal });
        },
      };
    };
    await workCloudScans({
      boss: first,
      store,
      pack: getPack('kumamoto'),
      log: quietLog,
      maxBytes: 1_000_000,
      connectorFor: dying,
      signal: kill.signal,
    });
    await new Promise<void>((resolve) => {
      const t = setInterval(() => kill.signal.aborted && (clearInterval(t), resolve()), 20);
    });
    await first.stop({ graceful: false, wait: true });

    // Worker B, on "another machine", takes the retried job and finishes the run.
    const second = await startQueue(url, quietLog);
    bosses.push(second);
    await workCloudScans({
      boss: second,
      store,
      pack: getPack('kumamoto'),
      log: quietLog,
      maxBytes: 1_000_000,
      connectorFor: connector,
    });
    const deadline = Date.now() + 40_000;
    let run = await store.db.selectFrom('scan_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    while (run.status !== 'done' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      run = await store.db.selectFrom('scan_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    }
    expect(run.status).toBe('done');
    const findings = await store.db.selectFrom('findings').select(['name', 'status']).execute();
    expect(findings).toEqual([{ name: '名簿.csv', status: 'open' }]);
    const cursors = await store.db.selectFrom('drives').select('cursor').execute();
    expect(cursors).toHaveLength(2);
    expect(cursors.every((c) => c.cursor)).toBe(true);
    const digests = await store.db.selectFrom('outbox').select('kind').where('kind', '=', 'finding_digest').execute();
    expect(digests).toHaveLength(1);
  }, 60_000);
});

describe.skipIf(!PG_URL)('processes that start at once on a new database', () => {
  test('all of them get the queues: none fails on pg-boss creating a queue beside another', async () => {
    // Workers and `mamoru scan` start together on a board's first day; pg-boss 10 deadlocked
    // creating the same queue from several processes (one in two tries of four, here).
    for (let round = 0; round < 3; round++) {
      const fresh = await freshStore('postgres');
      const started = await Promise.allSettled(Array.from({ length: 6 }, () => startQueue(fresh.url!, quietLog)));
      const bosses = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
      const queues = bosses[0]
        ? (await bosses[0].getQueues())
            .map((q) => q.name)
            .filter((n) => n.startsWith('mamoru-'))
            .sort()
        : [];
      for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
      await fresh.cleanup();
      expect(failures).toEqual([]);
      expect(queues).toEqual(['mamoru-scan-drive', 'mamoru-scan-read']);
    }
  }, 120_000);

  test('a worker that cannot get its queues ends, saying why, instead of staying up without working', async () => {
    const fresh = await freshStore('postgres');
    // pg-boss installed, but its queue function gone: creating the queues fails.
    await (await startQueue(fresh.url!, quietLog)).stop({ graceful: false, wait: true });
    await sql`drop function mamoru_jobs.create_queue(text, json)`.execute(fresh.store.db);
    await sql`delete from mamoru_jobs.queue`.execute(fresh.store.db);
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-worker-start-'));
    writeFileSync(join(dir, 'mamoru.yaml'), 'sources:\n  - type: graph\n    sites: false\n');
    const child = spawn(process.execPath, ['bin/mamoru.js', 'worker'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: fresh.url!,
        MAMORU_CONFIG: join(dir, 'mamoru.yaml'),
        MAMORU_DATA_DIR: dir,
        MAMORU_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let said = '';
    child.stderr.on('data', (d) => {
      said += d;
    });
    const code = await new Promise<number | string>((resolve) => {
      const timer = setTimeout(() => resolve('still running after 60 s'), 60_000);
      child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c ?? 'killed');
      });
    });
    if (child.exitCode === null) child.kill('SIGKILL');
    await fresh.cleanup();
    rmSync(dir, { recursive: true, force: true });
    expect(said).toContain('create_queue');
    expect(said).not.toContain('waiting for scan jobs');
    expect(code).not.toBe(0);
    expect(typeof code).toBe('number');
  }, 120_000);
});
