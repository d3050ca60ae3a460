import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-cli-'));
const env = { MAMORU_DATA_DIR: dataDir, DATABASE_URL: '' };
const roster = new URL('../fixtures/roster-demo.csv', import.meta.url).pathname;
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the store commands on the SQLite default', () => {
  test('db migrate creates the schema, then says it is up to date', async () => {
    const first = await runCli(['db', 'migrate'], undefined, env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('001-answers, 002-permits');
    expect((await runCli(['db', 'migrate'], undefined, env)).stdout).toContain('up to date');
  });

  test('roster import: all rows, then a bad file is refused whole with line numbers', async () => {
    const ok = await runCli(['roster', 'import', roster], undefined, env);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('5 人, 2 校');
    const bad = join(dataDir, 'bad.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, `${readFileSync(roster, 'utf8')}x@y,名前,学校,janitor,,\n`);
    const refused = await runCli(['roster', 'import', bad], undefined, env);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/bad\.csv:7: email: not an e-mail address/);
    expect(refused.stderr).toMatch(/bad\.csv:7: role: role must be one of/);
  });

  test('roster delegate: a principal’s delegate for a date range', async () => {
    const ok = await runCli(
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
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('田中 次郎さんが 2026-11-01〜2026-11-30 の間');
    const wrong = await runCli(
      [
        'roster',
        'delegate',
        '--principal',
        'hanako.yamada@school.example.jp',
        '--delegate',
        'x@y.jp',
        '--from',
        '2026-11-01',
        '--until',
        '2026-11-30',
      ],
      undefined,
      env,
    );
    expect(wrong.code).toBe(2);
  });

  test('records export: CSV with a BOM for Excel, or JSON', async () => {
    const csv = await runCli(['records', 'export', '--from', '2026-04-01', '--to', '2027-03-31'], undefined, env);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFid,requested_at,school,requester')).toBe(true);
    const json = await runCli(
      ['records', 'export', '--from', '2026-04-01', '--to', '2027-03-31', '--format', 'json'],
      undefined,
      env,
    );
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect((await runCli(['records', 'export', '--from', 'yesterday', '--to', '2027-03-31'], undefined, env)).code).toBe(2);
  });

  test('audit verify: 0 when intact; names the first broken entry after tampering', async () => {
    const intact = await runCli(['audit', 'verify'], undefined, env);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/改ざんされていません: 2 件/);
    const db = new Database(join(dataDir, 'mamoru.sqlite'));
    db.prepare("update audit_log set actor = 'someone-else' where seq = 1").run();
    db.close();
    const broken = await runCli(['audit', 'verify'], undefined, env);
    expect(broken.code).toBe(10);
    expect(broken.stderr).toContain('記録の書き換え (an entry was edited): 1 件目の内容がハッシュと一致しません');
  });
});

describe('feedback summary|export: answers teachers marked 違う, for the board to revise the pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-cli-feedback-'));
  const fbEnv = { MAMORU_DATA_DIR: dir, DATABASE_URL: '' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the wrong ones first, grouped by what was answered; no question text anywhere', async () => {
    expect((await runCli(['db', 'migrate'], undefined, fbEnv)).code).toBe(0);
    const db = new Database(join(dir, 'mamoru.sqlite'));
    const answer = db.prepare(
      "insert into answers (id, channel, user_id, conversation_id, policy, language, decision, class, action, asset_id, situation_id, created_at) values (?, 'teams', 'u', 'c', 'kumamoto', 'ja', ?, ?, ?, ?, null, '2026-11-20T01:00:00.000Z')",
    );
    const feedback = db.prepare(
      "insert into feedback (answer_id, channel, user_id, helpful, created_at) values (?, 'teams', 'u', ?, '2026-11-20T02:00:00.000Z')",
    );
    answer.run('a1', 'conditional', 'II', 'email_external', 'report_card');
    answer.run('a2', 'conditional', 'II', 'email_external', 'report_card');
    answer.run('a3', 'prohibited', 'I', 'cloud_store', 'health_exam');
    feedback.run('a1', 0);
    feedback.run('a2', 0);
    feedback.run('a3', 1);
    db.close();
    const summary = await runCli(['feedback', 'summary'], undefined, fbEnv);
    expect(summary.code).toBe(0);
    const lines = summary.stdout.split('\n').filter((l) => l.includes('kumamoto'));
    // The decision in words, as every other output shows it (条件付きで可), not its code.
    expect(lines[0]).toMatch(/通知表\s+外部電子メール\s+条件付きで可\s+2\s+0$/);
    expect(lines[1]).toMatch(/健康診断票\s+クラウドサービスに保管\s+禁止\s+0\s+1$/);
    expect(summary.stdout).not.toMatch(/conditional|prohibited/);
    const csv = await runCli(['feedback', 'export', '--from', '2026-11-01', '--to', '2026-11-30'], undefined, fbEnv);
    expect(csv.stdout.startsWith('\uFEFFat,channel,verdict,policy')).toBe(true);
    expect(csv.stdout).toContain('2026-11-20T11:00:00+09:00,teams,違う,kumamoto,conditional,条件付きで可,II,email_external');
    const none = await runCli(
      ['feedback', 'export', '--from', '2026-12-01', '--to', '2026-12-31', '--format', 'json'],
      undefined,
      fbEnv,
    );
    expect(JSON.parse(none.stdout)).toEqual([]);
    expect((await runCli(['feedback', 'summary', '--from', '2026-12-01', '--to', '2026-11-01'], undefined, fbEnv)).code).toBe(2);
    expect((await runCli(['feedback', '--help'], undefined, fbEnv)).code).toBe(0);
  });
});

describe('findings summary|export: the cloud findings for the board, across schools', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-cli-findings-'));
  const findingsEnv = { MAMORU_DATA_DIR: dir, DATABASE_URL: '' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a school with a file shared with anyone comes first; export is CSV (or JSON) with reasons and no contents', async () => {
    const empty = await runCli(['findings', 'summary'], undefined, findingsEnv);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/まだありません/);

    const { openStore, importRoster, recordVerdict, judgeFinding, findUser } = await import('../../store/index.js');
    const store = await openStore({ dataDir: dir });
    await importRoster(store.db, readFileSync(roster, 'utf8'));
    const file = (itemId: string, ownerEmail: string, sharing: 'anonymous' | 'private') => ({
      source: 'graph',
      driveId: `d-${ownerEmail}`,
      itemId,
      name: `${itemId}.xlsx`,
      path: `/${itemId}.xlsx`,
      ownerEmail,
      version: 'v1',
      sharing,
    });
    const reasons = [{ text: '携帯電話番号 12件（090-●●●●-5600 ほか） → 住所録（第2表 Ⅰ）' }];
    await recordVerdict(store.db, file('成績一覧', 'hanako.yamada@school.example.jp', 'private'), {
      class: 'II',
      confidence: 0.9,
      reasons,
    });
    await recordVerdict(store.db, file('=住所録', 'yoko.sato@school.example.jp', 'anonymous'), {
      class: 'I',
      confidence: 0.95,
      reasons,
    });
    await recordVerdict(store.db, file('memo', 'hanako.yamada@school.example.jp', 'private'), {
      class: 'II',
      confidence: 0.6,
      reasons,
    });
    const memo = await store.db.selectFrom('findings').select('id').where('item_id', '=', 'memo').executeTakeFirstOrThrow();
    const taro = await findUser(store.db, { email: 'taro.suzuki@school.example.jp' });
    await judgeFinding(store.db, memo.id, 'false_positive', taro!.id);
    await store.close();

    const summary = await runCli(['findings', 'summary'], undefined, findingsEnv);
    expect(summary.code).toBe(0);
    const lines = summary.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^学校\s+未解決\s+うち分類Ⅰ/);
    expect(lines[2]).toMatch(/^熊本市立第二小学校\s+1\s+1\s+0\s+1\s+\d{4}-\d{2}-\d{2}\s+0\s+0\s+0$/);
    expect(lines[3]).toMatch(/^熊本市立第一中学校\s+1\s+0\s+1\s+0\s+\d{4}-\d{2}-\d{2}\s+0\s+1\s+0$/);

    const csv = await runCli(['findings', 'export', '--status', 'open'], undefined, findingsEnv);
    expect(csv.code).toBe(0);
    const rows = csv.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'id,school,status,class,sharing,name,path,owner,owner_email,first_seen,last_seen,status_by,status_at,resolved_at,source,web_url,reasons',
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(`"'=住所録.xlsx"`); // a formula-looking name stays text in Excel
    expect(rows[1]).toContain('090-●●●●-5600');

    const json = await runCli(
      ['findings', 'export', '--format', 'json', '--school', '熊本市立第一中学校'],
      undefined,
      findingsEnv,
    );
    const parsed = JSON.parse(json.stdout) as { status: string; status_by: string | null }[];
    expect(parsed.map((r) => r.status)).toEqual(['open', 'false_positive']);
    expect(parsed[1]!.status_by).toBe('鈴木 太郎');
    // One convention for every export: JST with the offset, as records export writes it.
    const times = parsed.flatMap((r) =>
      (['first_seen', 'last_seen', 'status_at', 'resolved_at'] as const).map((k) => (r as Record<string, unknown>)[k]),
    );
    expect(times.filter(Boolean)).toHaveLength(5);
    for (const t of times.filter(Boolean)) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(rows[1]).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00,/);
    expect(csv.stdout).not.toMatch(/\d{2}:\d{2}(:\d{2})?(\.\d+)?Z/);

    const bad = await runCli(['findings', 'export', '--status', 'closed'], undefined, findingsEnv);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--status は open, resolved, false_positive, exception/);
  });
});

describe('records export for audits (10-1, 10-2), and the store commands’ usage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-cli-records-'));
  const recordsEnv = { MAMORU_DATA_DIR: dir, DATABASE_URL: '' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('JST times with the offset, labels beside the codes, declarations and measures as text, who cancelled and when', async () => {
    const { openStore, importRoster, findUser, createPermit, decidePermit, cancelPermit } = await import('../../store/index.js');
    const store = await openStore({ dataDir: dir });
    await importRoster(store.db, readFileSync(roster, 'utf8'));
    const teacher = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
    const principal = (await findUser(store.db, { email: 'taro.suzuki@school.example.jp' }))!;
    const base = {
      kind: 'permit' as const,
      policy: 'kumamoto',
      schoolId: teacher.school_id,
      requesterId: teacher.id,
      approverRole: 'principal',
      decision: 'permit_required',
    };
    const device = await createPermit(
      store.db,
      {
        ...base,
        action: 'private_device',
        class: null,
        assetId: null,
        assetName: '重要性分類Ⅲ・Ⅳの情報',
        purpose: '=自宅で教材作成',
        details: {
          language: 'ja',
          confirmations: [{ id: 'no_class_1_2_on_device', text: '重要性分類Ⅰ・Ⅱの情報…' }],
          declarations: [
            { id: 'os', label: 'OS', value: 'iOS 18' },
            { id: 'antivirus', label: 'ウイルス対策ソフトを入れている', value: 'true' },
          ],
        },
      },
      [principal],
      new Date('2026-11-29T12:13:28Z'),
    );
    await decidePermit(store.db, { permitId: device.id, actorId: principal.id, approve: true }, new Date('2026-11-30T00:00:00Z'));
    const copy = await createPermit(
      store.db,
      {
        ...base,
        action: 'copy',
        class: 'II',
        assetId: 'grade_list',
        assetName: '成績一覧',
        purpose: '学年会',
        details: {
          language: 'en',
          confirmations: [{ id: 'needed_copies_only', text: 'Make only as many copies as needed' }],
          declarations: [],
        },
      },
      [principal],
      new Date('2026-11-30T01:00:00Z'),
    );
    await cancelPermit(store.db, { permitId: copy.id, actorId: teacher.id }, new Date('2026-11-30T02:30:00Z'));
    await store.close();

    const json = await runCli(
      ['records', 'export', '--from', '2026-11-29', '--to', '2026-11-30', '--format', 'json'],
      undefined,
      recordsEnv,
    );
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(rows).toEqual([
      expect.objectContaining({
        requested_at: '2026-11-29T21:13:28+09:00',
        action: 'private_device',
        action_label: '私物端末の利用',
        status: 'approved',
        status_label: '承認',
        kind: 'permit',
        kind_label: '個別許可',
        decided_at: '2026-11-30T09:00:00+09:00',
        declarations: 'OS: iOS 18 / ウイルス対策ソフトを入れている: はい',
        confirmations: expect.stringMatching(/^重要性分類Ⅰ・Ⅱの情報（通知表・成績・住所録など）はこの端末で扱わない/),
        cancelled_by: null,
      }),
      expect.objectContaining({
        status: 'cancelled',
        status_label: '取り消し',
        class: 'II',
        class_label: '重要性分類Ⅱ',
        confirmations: '複製は必要な部数のみとする', // in Japanese, whatever language the form was in
        cancelled_by: '山田 花子',
        cancelled_at: '2026-11-30T11:30:00+09:00',
      }),
    ]);

    const csv = await runCli(['records', 'export', '--from', '2026-11-29', '--to', '2026-11-30'], undefined, recordsEnv);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = csv.stdout.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,requested_at,school,requester,requester_email,kind,kind_label,action,action_label,class,class_label,asset,purpose,destination,return_on,until,declarations,confirmations,status,status_label,decided_by,decided_at,decision_comment,returned_at,cancelled_by,cancelled_at,forwarded_to,forwarded_at,disposed_on,disposal_method,disposed_by,disposal_witness,disposal_items,contractor,certificate_due,certificate_received_at',
    );
    expect(lines[1]).toContain(',2026-11-29T21:13:28+09:00,熊本市立第一中学校,山田 花子,');
    expect(lines[1]).toContain(`"'=自宅で教材作成"`); // formula-safe
    expect(lines[1]).toContain(',approved,承認,鈴木 太郎,2026-11-30T09:00:00+09:00,');
    // …and the columns after it (forwarded, disposal) are empty for a cancelled copy.
    expect(lines[2]).toMatch(/,cancelled,取り消し,,,,,山田 花子,2026-11-30T11:30:00\+09:00,{10}$/);
  });

  test('--from after --to is a usage error, not an empty file', async () => {
    const late = await runCli(['records', 'export', '--from', '2027-03-31', '--to', '2026-04-01'], undefined, recordsEnv);
    expect(late.code).toBe(2);
    expect(late.stdout).toBe('');
    expect(late.stderr).toMatch(/--from は --to 以前の日付/);
  });

  test.each([
    ['records', 'records export --from YYYY-MM-DD --to YYYY-MM-DD'],
    ['audit', 'audit verify'],
    ['findings', 'findings summary'],
    ['roster', 'roster import FILE'],
    ['db', 'db migrate'],
    ['policy', 'policy check PATH'],
  ])('mamoru %s --help prints its usage and exits 0', async (command, usage) => {
    for (const args of [
      [command, '--help'],
      [command, 'export', '-h'],
    ]) {
      const help = await runCli(args, undefined, recordsEnv);
      expect(help.code).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout).toContain(`npx mamoru ${usage}`);
      expect(help.stdout).not.toContain('エラー');
    }
  });
});
