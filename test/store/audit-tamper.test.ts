import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { GENESIS, hashOf } from '../../store/audit.js';
import { AuditKey, anchorHead, appendAudit, openStore, type Store, startAnchoring } from '../../store/index.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

warnIfNoPostgres();
const KEY = randomBytes(32).toString('hex');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/**
 * A chain of five entries written through the store (signed with KEY unless `signed: false`),
 * its head anchored after entries 3 and 5; `verify` runs `npx mamoru audit verify` on it.
 */
async function chainOn(engine: 'sqlite' | 'postgres', { signed = true } = {}) {
  const fresh = await freshStore(engine);
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-audit-'));
  cleanups.push(async () => {
    await fresh.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const where = fresh.dataDir ? { dataDir: fresh.dataDir } : { databaseUrl: fresh.url! };
  const writer = await openStore({ ...where, ...(signed ? { auditKey: new AuditKey(KEY) } : {}) });
  const anchor = join(dir, 'anchor.jsonl');
  for (let i = 1; i <= 5; i++) {
    await writer.db
      .transaction()
      .execute((tx) => appendAudit(tx, { actor: 'system', action: 'permit.approved', subject: `permit:${i}`, data: { i } }));
    if (i === 3 || i === 5) await anchorHead(writer.db, { file: anchor });
  }
  await writer.close();
  const db = fresh.store.db;
  const env = {
    ...(fresh.dataDir ? { MAMORU_DATA_DIR: fresh.dataDir, DATABASE_URL: '' } : { DATABASE_URL: fresh.url! }),
    MAMORU_AUDIT_KEY: KEY,
    MAMORU_AUDIT_KEY_FILE: '',
    MAMORU_AUDIT_ANCHOR: anchor,
  };
  return {
    db,
    dir,
    anchor,
    env,
    /** Tampering, as someone with write access to the database would do it. */
    run: (text: string) => sql.raw(text).execute(db),
    verify: (over: Record<string, string> = {}) => runCli(['audit', 'verify'], undefined, { ...env, ...over }),
    seal: (over: Record<string, string> = {}) => runCli(['audit', 'seal'], undefined, { ...env, ...over }),
  };
}

const NO_KEY = { MAMORU_AUDIT_KEY: '' };
const NO_ANCHOR = { MAMORU_AUDIT_ANCHOR: '' };

/** Edits entry 2 and recomputes every later hash and the head: a chain that looks valid. */
async function rewriteFrom2(store: Pick<Store, 'db'>) {
  const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prev = GENESIS;
  for (const row of rows) {
    const seq = Number(row.seq);
    const data = seq === 2 ? '{"i":2,"approvedBy":"someone-else"}' : row.data;
    const hash = hashOf(prev, { ...row, seq, data });
    await sql`update audit_log set data = ${data}, prev_hash = ${prev}, hash = ${hash} where seq = ${seq}`.execute(store.db);
    prev = hash;
  }
  await sql`update audit_head set hash = ${prev} where id = 1`.execute(store.db);
}

describe.each(ENGINES)('npx mamoru audit verify names each kind of tampering, on %s', (engine) => {
  test('an untouched chain passes, its MACs and both anchors checked; without a key it says what it cannot see', async () => {
    const chain = await chainOn(engine);
    const ok = await chain.verify();
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('改ざんされていません: 5 件');
    expect(ok.stdout).toContain('the MACs of every entry and of the head hold');
    expect(ok.stdout).toContain('アンカー 2 件と一致しました');
    const keyless = await chain.verify({ ...NO_KEY, ...NO_ANCHOR });
    expect(keyless.code).toBe(0);
    expect(keyless.stdout).toContain('検出できるのは偶発的な破損だけです');
    expect(keyless.stdout).toContain('no key: only accidental damage is detected');
    expect(`${ok.stdout}${ok.stderr}`).not.toContain(KEY);
  }, 60_000);

  test('an edited entry: its hash no longer matches (10)', async () => {
    const chain = await chainOn(engine);
    await chain.run(`update audit_log set data = '{"i":99}' where seq = 2`);
    const result = await chain.verify();
    expect(result.code).toBe(10);
    expect(result.stderr).toContain('[10] 記録の書き換え (an entry was edited): 2 件目の内容がハッシュと一致しません');
  }, 60_000);

  test('a rewritten chain with every later hash recomputed: its MACs fail (10); without the key, only the anchor sees it', async () => {
    const chain = await chainOn(engine);
    await rewriteFrom2(chain);
    const signed = await chain.verify(NO_ANCHOR);
    expect(signed.code).toBe(10);
    expect(signed.stderr).toContain("entry 2's MAC fails: the chain was rewritten from here");
    const anchored = await chain.verify(NO_KEY);
    expect(anchored.code).toBe(10);
    expect(anchored.stderr).toContain(`3 件目がアンカー ${chain.anchor}:1 と違います`);
    expect(anchored.stderr).toContain('the log was rewritten after it was anchored');
    // Neither key nor anchor: the limit the README states.
    const blind = await chain.verify({ ...NO_KEY, ...NO_ANCHOR });
    expect(blind.code).toBe(0);
    expect(blind.stdout).toContain('only accidental damage is detected');
  }, 90_000);

  test('entries removed from the end, with or without the head (11)', async () => {
    const chain = await chainOn(engine);
    await chain.run('delete from audit_log where seq > 3');
    const cut = await chain.verify(NO_ANCHOR);
    expect(cut.code).toBe(11);
    expect(cut.stderr).toContain(
      '[11] 末尾の記録の削除 (entries removed from the end): 先頭はログが 5 件目まであると言っていますが',
    );

    // The head moved back to the new end: its MAC gives it away, and the anchor still remembers 5.
    const third = await chain.db.selectFrom('audit_log').select('hash').where('seq', '=', 3).executeTakeFirstOrThrow();
    await sql`update audit_head set seq = 3, hash = ${third.hash} where id = 1`.execute(chain.db);
    const moved = await chain.verify();
    expect(moved.code).toBe(11);
    expect(moved.stderr).toContain(`アンカー ${chain.anchor}:2 ではログは 5 件目までありましたが、いまは 3 件目で終わっています`);
    expect(moved.stderr).toContain(
      '[13] 先頭 (audit_head) の書き換え (the head was rewritten): 先頭 (3 件目まで) の署名 (MAC) が一致しません',
    );
    expect((await chain.verify(NO_KEY)).code).toBe(11);

    // The head deleted with them.
    await chain.run('delete from audit_head');
    const headless = await chain.verify();
    expect(headless.code).toBe(11);
    expect(headless.stderr).toContain('先頭の行 (audit_head) がありません (the head row is gone)');
  }, 90_000);

  test('everything deleted: an empty log, but a signed head or an anchor says otherwise (12)', async () => {
    const chain = await chainOn(engine);
    await chain.run('delete from audit_log');
    const byHead = await chain.verify(NO_ANCHOR);
    expect(byHead.code).toBe(12);
    expect(byHead.stderr).toContain(
      '[12] 全件の削除 (everything deleted): 先頭はログが 5 件目まであると言っていますが、いまは空です',
    );
    // The head reset to an empty chain's: only the anchor remembers.
    await sql`update audit_head set seq = 0, hash = ${GENESIS}, mac = null where id = 1`.execute(chain.db);
    const byAnchor = await chain.verify();
    expect(byAnchor.code).toBe(12);
    expect(byAnchor.stderr).toContain(`アンカー ${chain.anchor}:2 ではログは 5 件目までありましたが、いまは空です`);
  }, 60_000);

  test('a rewritten head: its MAC fails (13)', async () => {
    const chain = await chainOn(engine);
    await chain.run('update audit_head set seq = 9 where id = 1');
    const result = await chain.verify(NO_ANCHOR);
    expect(result.code).toBe(13);
    expect(result.stderr).toContain('[13] 先頭 (audit_head) の書き換え (the head was rewritten)');
  }, 60_000);

  test('an unsigned entry while a key is set (14)', async () => {
    const chain = await chainOn(engine);
    await chain.run('update audit_log set mac = null where seq = 4');
    const result = await chain.verify();
    expect(result.code).toBe(14);
    expect(result.stderr).toContain('[14] 署名のない記録 (an unsigned entry while a key is set): 4 件目に署名がありません');
  }, 60_000);

  test('a wrong key fails', async () => {
    const chain = await chainOn(engine);
    const result = await chain.verify({ MAMORU_AUDIT_KEY: randomBytes(32).toString('hex') });
    expect(result.code).toBe(10);
    expect(result.stderr).toContain(
      "entry 1's MAC fails: the chain was rewritten from here, or this is not the key that signed it",
    );
  }, 60_000);

  test('audit seal signs a chain from before the key, once, and only an intact one', async () => {
    const chain = await chainOn(engine, { signed: false });
    const keyFile = join(chain.dir, 'audit.key');
    writeFileSync(keyFile, `${KEY}\n`);
    const viaFile = { MAMORU_AUDIT_KEY: '', MAMORU_AUDIT_KEY_FILE: keyFile };
    const before = await chain.verify(viaFile);
    expect(before.code).toBe(14);
    expect(before.stderr).toContain('npx mamoru audit seal');

    const sealed = await chain.seal(viaFile);
    expect(sealed.code).toBe(0);
    expect(sealed.stdout).toContain('署名しました: 5 件と先頭');
    const after = await chain.verify(viaFile);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('アンカー 3 件と一致しました'); // seal anchored the head too

    // An entry stripped of its MAC after that is not signed again: it cannot be told from a forgery.
    await chain.run('update audit_log set mac = null where seq = 5');
    const again = await chain.seal(viaFile);
    expect(again.code).toBe(14);
    expect(again.stderr).toContain('何も署名していません');
  }, 90_000);

  test('audit seal refuses a broken chain and signs nothing', async () => {
    const chain = await chainOn(engine, { signed: false });
    await chain.run(`update audit_log set actor = 'someone-else' where seq = 3`);
    const refused = await chain.seal();
    expect(refused.code).toBe(10);
    expect(refused.stderr).toContain('3 件目の内容がハッシュと一致しません');
    const macs = await chain.db.selectFrom('audit_log').select('mac').where('mac', 'is not', null).execute();
    expect(macs).toEqual([]);
  }, 60_000);
});

/** Every anchored head in a JSON-lines file (an anchor file, or a log with `audit_anchor` lines). */
function anchored(text: string): { seq: number; hash: string; at: string; mac: string | null }[] {
  return text
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l))
    .map((v) => v.audit_anchor ?? v)
    .filter((v) => typeof v.seq === 'number');
}

describe('the key and anchor come from the environment of the commands that write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-audit-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const anchor = join(dir, 'anchor.jsonl');
  const env = {
    MAMORU_DATA_DIR: dir,
    DATABASE_URL: '',
    MAMORU_AUDIT_KEY: KEY,
    MAMORU_AUDIT_KEY_FILE: '',
    MAMORU_AUDIT_ANCHOR: anchor,
  };
  const roster = new URL('../fixtures/roster-demo.csv', import.meta.url).pathname;

  test('roster import signs its entry and anchors the head; verify agrees; the key is stored and printed nowhere', async () => {
    const imported = await runCli(['roster', 'import', roster], undefined, env);
    expect(imported.code).toBe(0);
    expect(anchored(readFileSync(anchor, 'utf8'))).toEqual([
      {
        seq: 1,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: expect.any(String),
        mac: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    const verified = await runCli(['audit', 'verify'], undefined, env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('the MACs of every entry and of the head hold');
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).includes(Buffer.from(KEY))).toBe(false);
    expect(`${imported.stdout}${imported.stderr}${verified.stdout}${verified.stderr}`).not.toContain(KEY);
  }, 60_000);

  test('a key too short is a usage error that does not echo it', async () => {
    const result = await runCli(['audit', 'verify'], undefined, { ...env, MAMORU_AUDIT_KEY: 'short-secret' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('32 バイト以上');
    expect(result.stderr).not.toContain('short-secret');
  }, 30_000);
});

describe.each(ENGINES)('the head is anchored outside the database, on %s', (engine) => {
  test('npx mamoru serve anchors it at start and on shutdown, to the file and as a log line', async () => {
    const fresh = await freshStore(engine);
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-audit-serve-'));
    cleanups.push(async () => {
      await fresh.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });
    const anchor = join(dir, 'anchor.jsonl');
    const env = {
      ...(fresh.dataDir ? { MAMORU_DATA_DIR: fresh.dataDir, DATABASE_URL: '' } : { DATABASE_URL: fresh.url! }),
      MAMORU_AUDIT_KEY: KEY,
      MAMORU_AUDIT_KEY_FILE: '',
      MAMORU_AUDIT_ANCHOR: anchor,
      MAMORU_ROSTER: new URL('../fixtures/roster-demo.csv', import.meta.url).pathname,
      MicrosoftAppId: '',
      MAMORU_LOG_LEVEL: 'info',
    };
    const child = spawn(process.execPath, [join(ROOT, 'bin/mamoru.js'), 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (let i = 0; i < 300 && !stderr.includes('listening on'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(stderr).toContain('listening on');
    expect(anchored(readFileSync(anchor, 'utf8')).map((a) => a.seq)).toEqual([1]); // the roster import at start

    // Another process appends while the server runs: the server anchors the new head on shutdown.
    const delegated = await runCli(
      [
        'roster',
        'delegate',
        '--principal',
        'taro.suzuki@school.example.jp',
        '--delegate',
        'jiro.tanaka@school.example.jp',
        '--from',
        '2026-11-01',
        '--until',
        '2026-11-30',
      ],
      undefined,
      env,
    );
    expect(delegated.code).toBe(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const file = anchored(readFileSync(anchor, 'utf8'));
    expect(file.map((a) => a.seq)).toEqual([1, 2, 2]); // serve at start, roster delegate, serve on shutdown
    expect(file.every((a) => /^[0-9a-f]{64}$/.test(a.mac ?? ''))).toBe(true);
    const logged = anchored(stdout);
    expect(logged.map((a) => a.seq)).toEqual([1, 2]);
    expect(logged[1]).toEqual(file[2]);
    expect(`${stdout}${stderr}`).not.toContain(KEY);
    const verified = await runCli(['audit', 'verify'], undefined, env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('アンカー 3 件と一致しました');
    // A rollback to the head of before (its MAC was valid then): only an anchor sees it; the log is one.
    await sql.raw('delete from audit_log where seq = 2').execute(fresh.store.db);
    await sql`update audit_head set seq = 1, hash = ${file[0]!.hash}, mac = ${file[0]!.mac} where id = 1`.execute(fresh.store.db);
    expect((await runCli(['audit', 'verify'], undefined, { ...env, MAMORU_AUDIT_ANCHOR: '' })).code).toBe(0);
    const log = join(dir, 'mamoru.log');
    writeFileSync(log, stdout);
    const fromLog = await runCli(['audit', 'verify', '--anchor', log], undefined, env);
    expect(fromLog.code).toBe(11);
    expect(fromLog.stderr).toMatch(
      new RegExp(`アンカー ${log}:\\d+ ではログは 2 件目までありましたが、いまは 1 件目で終わっています`),
    );
  }, 120_000);

  test('while running, the head is anchored again each period it has moved, and once more on stop', async () => {
    const fresh = await freshStore(engine);
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-audit-period-'));
    cleanups.push(async () => {
      await fresh.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });
    const file = join(dir, 'anchor.jsonl');
    const logged: object[] = [];
    const log = { info: (obj: object) => logged.push(obj), error: () => {} };
    const append = (i: number) =>
      fresh.store.db
        .transaction()
        .execute((tx) => appendAudit(tx, { actor: 'system', action: 'test', subject: `t:${i}`, data: {} }));
    const anchoring = await startAnchoring(fresh.store.db, { file, log }, 50);
    await append(1);
    for (let i = 0; i < 200 && anchored(readFileSync(file, 'utf8')).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 200)); // more periods, the head unchanged: no more lines
    await append(2);
    await anchoring.stop();
    expect(anchored(readFileSync(file, 'utf8')).map((a) => a.seq)).toEqual([0, 1, 2]);
    expect(logged).toHaveLength(3);
  }, 60_000);
});
