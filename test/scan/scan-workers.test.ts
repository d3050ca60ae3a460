import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_GRAPH_TOKEN, FakeGraph } from '../../devkit/index.js';
import { importRoster, type Store } from '../../store/index.js';
import { freshStore, PG_URL, warnIfNoPostgres } from '../helpers/engines.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

warnIfNoPostgres();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8')
  .replace('hanako.yamada@school.example.jp', 'user0@school.example.jp')
  .replace('jiro.tanaka@school.example.jp', 'user1@school.example.jp');
const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 12 }, (_, i) => `生徒${i + 1},熊本市北区${i + 1}-1,090-2222-${String(3300 + i)}`),
].join('\n');
/** One huge drive and a small one; every 20th file is a class Ⅰ address list. */
const HUGE = 600;
const SMALL = 20;
const misplaced = (drive: number, index: number) => index % 20 === 7 && (drive === 0 || index < SMALL);
const EXPECTED_FINDINGS = HUGE / 20 + 1;

describe.skipIf(!PG_URL)('two `mamoru worker` processes on the real PostgreSQL, one killed mid-scan', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let fake: FakeGraph;
  let dir: string;
  let env: Record<string, string>;
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    const child = spawn(process.execPath, ['bin/mamoru.js', 'worker'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    workers.push(child);
    return child;
  };
  const count = async (query: string) =>
    Number(
      (
        await store.db
          .selectFrom(query as 'findings')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );

  beforeAll(async () => {
    const fresh = await freshStore('postgres');
    ({ store, cleanup } = fresh);
    await importRoster(store.db, ROSTER);
    fake = await new FakeGraph({
      users: 2,
      sites: 0,
      filesPerDrive: 0,
      // The cloud's latency: the scan lasts long enough to be killed half-way.
      downloadLatencyMs: 120,
    }).start();
    for (const [d, user] of fake.users.entries())
      for (let i = 0; i < (d === 0 ? HUGE : SMALL); i++)
        fake.addFile(
          user.driveId!,
          misplaced(d, i)
            ? { name: `名簿${d}-${i}.csv`, content: ADDRESS_BOOK }
            : { name: `memo${i}.txt`, content: `会議は${i}時から` },
        );
    dir = mkdtempSync(join(tmpdir(), 'mamoru-workers-'));
    const config = join(dir, 'mamoru.yaml');
    writeFileSync(
      config,
      [
        'scan:',
        '  job_seconds: 10',
        '  files_in_flight: 4',
        'sources:',
        '  - type: graph',
        `    base_url: ${fake.url}`,
        '    sites: false',
        '    quota: { per_minute: 100000 }',
        '',
      ].join('\n'),
    );
    env = {
      MAMORU_CONFIG: config,
      MAMORU_GRAPH_STATIC_TOKEN: FAKE_GRAPH_TOKEN,
      DATABASE_URL: fresh.url!,
      MAMORU_DATA_DIR: join(dir, 'data'),
      MAMORU_LOG_LEVEL: 'silent',
    };
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await fake.stop();
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('both read the one huge drive; the killed one’s files are finished by the other; nothing lost or doubled', async () => {
    const a = startWorker();
    const b = startWorker();
    const queued = await runCli(['scan', '--source', 'graph'], '', env);
    expect(queued.code).toBe(0);
    const run = await store.db.selectFrom('scan_runs').selectAll().executeTakeFirstOrThrow();
    const huge = await store.db
      .selectFrom('drive_scans')
      .select('id')
      .where('drive_id', '=', fake.users[0]!.driveId!)
      .executeTakeFirstOrThrow();

    // Wait until both workers have done files of the huge drive, and a quarter of it is done.
    let readers: string[] = [];
    let done = 0;
    for (let i = 0; i < 1200 && (readers.length < 2 || done < HUGE / 4); i++) {
      await sleep(50);
      const rows = await store.db
        .selectFrom('drive_scan_items')
        .select('done_by')
        .distinct()
        .where('scan_id', '=', huge.id)
        .where('state', '=', 'done')
        .execute();
      readers = rows.map((r) => r.done_by!).filter(Boolean);
      done = await store.db
        .selectFrom('drive_scan_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('scan_id', '=', huge.id)
        .where('state', '=', 'done')
        .executeTakeFirst()
        .then((r) => Number(r?.n ?? 0));
    }
    expect(readers).toHaveLength(2);
    expect(done).toBeLessThan(HUGE);

    const killedAt = Date.now();
    a.kill('SIGKILL');
    let status = run.status;
    for (let i = 0; i < 1800 && status === 'queued'; i++) {
      await sleep(100);
      status = (await store.db.selectFrom('scan_runs').select('status').where('id', '=', run.id).executeTakeFirstOrThrow())
        .status;
    }
    const recoveredMs = Date.now() - killedAt;
    console.log(`the run finished ${(recoveredMs / 1000).toFixed(1)} s after a worker was killed (job_seconds: 10)`);
    expect(status).toBe('done');
    expect(b.exitCode).toBeNull();

    // Every misplaced file found once, with one audit entry; one digest for the principal, one card per owner.
    const findings = await store.db.selectFrom('findings').select(['id', 'name', 'status']).execute();
    expect(findings).toHaveLength(EXPECTED_FINDINGS);
    expect(new Set(findings.map((f) => f.name)).size).toBe(EXPECTED_FINDINGS);
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'subject'])
      .where('action', 'like', 'finding.%')
      .execute();
    expect(audit).toHaveLength(EXPECTED_FINDINGS);
    expect(new Set(audit.map((a) => a.subject)).size).toBe(EXPECTED_FINDINGS);
    const outbox = await store.db.selectFrom('outbox').select(['kind', 'recipient_id']).execute();
    expect(outbox.filter((m) => m.kind === 'finding_digest')).toHaveLength(1);
    expect(new Set(outbox.filter((m) => m.kind === 'finding_owner').map((m) => m.recipient_id)).size).toBe(2);
    expect(outbox.filter((m) => m.kind === 'finding_owner')).toHaveLength(2);
    // Both cursors committed; the walks' file lists dropped.
    const drives = await store.db.selectFrom('drives').select('cursor').execute();
    expect(drives.map((d) => Boolean(d.cursor))).toEqual([true, true]);
    expect(await count('drive_scan_items')).toBe(0);
    // Every file downloaded; those the killed worker had in hand at most twice.
    const downloads = fake.counts().content ?? 0;
    expect(downloads).toBeGreaterThanOrEqual(HUGE + SMALL);
    expect(downloads).toBeLessThan(HUGE + SMALL + 20);

    // A re-run with nothing changed: one delta call per drive, no download, no digest.
    fake.clearRequests();
    const again = await runCli(['scan', '--source', 'graph', '--wait'], '', env);
    expect(again.code).toBe(0);
    expect(fake.counts()).toMatchObject({ delta: 2 });
    expect(fake.counts().content ?? 0).toBe(0);
    expect(await count('outbox')).toBe(3);

    // scan status: the runs, the progress of the latest, the quota used.
    const shown = await runCli(['scan', 'status'], '', env);
    expect(shown.code).toBe(0);
    expect(shown.stdout.match(/完了 \(done\)/g)).toHaveLength(2);
    expect(shown.stdout).toMatch(/ドライブ 2 \/ 2 完了/);
    expect(shown.stdout).toMatch(/graph\s+\d[\d,]* \/ 100,000\s+[\d,]+ \/ 960,000\s+resource units/);
  }, 240_000);
});
