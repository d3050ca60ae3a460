import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-cli-'));
const env = { MAMORU_DATA_DIR: dataDir, DATABASE_URL: '' };
const roster = new URL('./fixtures/roster-demo.csv', import.meta.url).pathname;
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
    expect(ok.stdout).toContain('田中 次郎 さんが 2026-11-01〜2026-11-30 の間');
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
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('監査ログの 1 件目が壊れています');
  });
});
