import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { askClass, createPermit, decidePermit, findUser, grantStanding, importRoster, openStore } from '../../store/index.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';
import { runCli } from '../helpers/run-cli.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');

/** `mamoru roster import --removals …` as an operator runs it, at the end of a school year (4-1(5)). */
describe.each(ENGINES)('roster import --removals on %s', (engine) => {
  let env: Record<string, string>;
  let dir: string;
  let cleanup: () => Promise<void>;
  const file = (name: string, csv: string) => {
    const path = join(dir, name);
    writeFileSync(path, csv);
    return path;
  };
  beforeAll(async () => {
    const fresh = await freshStore(engine);
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    dir = fresh.dataDir ?? mkdtempSync(join(tmpdir(), 'mamoru-roster-'));
    env = fresh.dataDir ? { MAMORU_DATA_DIR: fresh.dataDir, DATABASE_URL: '' } : { DATABASE_URL: fresh.url! };
    const { store } = fresh;
    await importRoster(store.db, ROSTER);
    // 山田 has a take-out out and a request waiting.
    const t = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
    const p = (await findUser(store.db, { email: 'taro.suzuki@school.example.jp' }))!;
    const base = {
      kind: 'permit' as const,
      policy: 'kumamoto',
      schoolId: t.school_id,
      requesterId: t.id,
      approverRole: 'principal',
      class: 'II',
      assetId: 'report_card',
      assetName: '通知表',
      decision: 'permit_required',
      details: { language: 'ja', confirmations: [], declarations: [] },
    };
    const out = await createPermit(
      store.db,
      { ...base, action: 'take_out', purpose: '家庭訪問', returnOn: '2099-03-31', destination: '生徒宅' },
      [p],
    );
    await decidePermit(store.db, { permitId: out.id, actorId: p.id, approve: true });
    await createPermit(store.db, { ...base, action: 'copy', purpose: '学年会で配布' }, [p]);
    cleanup = fresh.cleanup;
  });
  afterAll(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('without --removals nothing changes and it says who is missing; report lists what is open; apply makes them inactive', async () => {
    // The optional status column marks who leaves.
    const lines = ROSTER.trim().split('\n');
    const leaving = file(
      'leaving.csv',
      `${[`${lines[0]},status`, ...lines.slice(1).map((l) => `${l},${l.startsWith('hanako.yamada') ? 'leaving' : ''}`)].join('\n')}\n`,
    );
    expect(readFileSync(leaving, 'utf8').split('\n')[0]).toBe('email,name,school,role,teams_aad_object_id,google_user_id,status');

    const plain = await runCli(['roster', 'import', leaving], undefined, env);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('名簿にない職員が 1 人います（そのままです）');

    const report = await runCli(['roster', 'import', leaving, '--removals', 'report'], undefined, env);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(
      '山田 花子 <hanako.yamada@school.example.jp> 熊本市立第一中学校 教職員（離任の印あり）: 持ち出し中 1 件、承認待ちの申請 1 件',
    );
    expect(report.stdout).toContain('持ち出し中: 通知表（返却予定日 2099-03-31）');

    const applied = await runCli(['roster', 'import', leaving, '--removals', 'apply'], undefined, env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('名簿から外れた 1 人を無効にしました（記録は削除していません');

    const store = await openStore(engine === 'sqlite' ? { dataDir: env.MAMORU_DATA_DIR! } : { databaseUrl: env.DATABASE_URL! });
    try {
      const row = await store.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'hanako.yamada@school.example.jp')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ active: 0, left_at: expect.any(String) });
      const permits = await store.db.selectFrom('permits').select(['status', 'purpose']).execute();
      // The take-out stays open (the principal is told of it); the request waiting is cancelled.
      expect(Object.fromEntries(permits.map((p) => [p.purpose, p.status]))).toEqual({
        家庭訪問: 'approved',
        学年会で配布: 'cancelled',
      });
      expect(await store.db.selectFrom('outbox').select('kind').where('kind', '=', 'staff_left').execute()).toHaveLength(1);
    } finally {
      await store.close();
    }
    const records = await runCli(
      ['records', 'export', '--from', '2000-01-01', '--to', '2099-12-31', '--format', 'json'],
      undefined,
      env,
    );
    expect(JSON.parse(records.stdout).map((r: { requester: string }) => r.requester)).toEqual(['山田 花子', '山田 花子']);
  });

  test('a file that would remove every principal asks for the count first; nothing changes until it is given', async () => {
    const boardOnly = file(
      'board.csv',
      `${ROSTER.split('\n')
        .filter((l) => l.startsWith('email,') || l.includes('@board.'))
        .join('\n')}\n`,
    );
    const refused = await runCli(['roster', 'import', boardOnly, '--removals', 'apply'], undefined, env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('校長 2 人全員が名簿から外れます（外れるのは合わせて 3 人）。何も変えていません。');
    expect(refused.stderr).toContain('--confirm-removals 3');
    const wrongCount = await runCli(
      ['roster', 'import', boardOnly, '--removals', 'apply', '--confirm-removals', '2'],
      undefined,
      env,
    );
    expect(wrongCount.code).toBe(3);
    const bad = await runCli(['roster', 'import', boardOnly, '--removals', 'everyone'], undefined, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--removals は report か apply です');
    const confirmed = await runCli(
      ['roster', 'import', boardOnly, '--removals', 'apply', '--confirm-removals', '3'],
      undefined,
      env,
    );
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('名簿から外れた 3 人を無効にしました');
  });

  test('records export --type standing and feedback classes: the standing permissions and the principals’ class decisions', async () => {
    const store = await openStore(engine === 'sqlite' ? { dataDir: env.MAMORU_DATA_DIR! } : { databaseUrl: env.DATABASE_URL! });
    try {
      await importRoster(store.db, ROSTER);
      const p = (await findUser(store.db, { email: 'taro.suzuki@school.example.jp' }))!;
      const t = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
      await grantStanding(store.db, {
        policy: 'kumamoto',
        schoolId: p.school_id!,
        granteeId: t.id,
        grantedBy: p.id,
        classes: ['III'],
        items: ['class_list'],
        actions: ['take_out'],
        startsOn: '2026-04-01',
        endsOn: '2027-03-31',
        note: '=HYPERLINK("x")',
      });
      await askClass(
        store.db,
        {
          policy: 'kumamoto',
          schoolId: t.school_id,
          requesterId: t.id,
          answerId: 'a-1',
          action: 'take_out',
          description: '学年会のメモ',
        },
        [p],
      );
    } finally {
      await store.close();
    }
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const standing = await runCli(['records', 'export', '--from', today, '--to', today, '--type', 'standing'], undefined, env);
    expect(standing.code).toBe(0);
    expect(standing.stdout).toContain(
      'id,granted_at,school,grantee,grantee_email,granted_by,classes,items,actions,starts_on,ends_on',
    );
    expect(standing.stdout).toContain(
      '熊本市立第一中学校,山田 花子,hanako.yamada@school.example.jp,鈴木 太郎,重要性分類Ⅲ,名列表,外部持ち出し,2026-04-01,2027-03-31',
    );
    expect(standing.stdout).toContain(`"'=HYPERLINK(""x"")"`);
    const badType = await runCli(['records', 'export', '--from', today, '--to', today, '--type', 'everything'], undefined, env);
    expect(badType.code).toBe(2);
    const classes = await runCli(['feedback', 'classes'], undefined, env);
    expect(classes.code).toBe(0);
    expect(classes.stdout).toContain('学年会のメモ');
    expect(classes.stdout).toContain('（判断待ち）');
  });
});
