import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  acknowledgeIncident,
  closeIncident,
  createIncident,
  findUser,
  forwardIncident,
  importRoster,
  openStore,
} from '../../store/index.js';
import { INCIDENT_ROSTER, MONDAY_10 } from '../helpers/incident-roster.js';
import { runCli } from '../helpers/run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-incidents-cli-'));
const env = { MAMORU_DATA_DIR: dataDir, DATABASE_URL: '' };
const at = (minutes: number) => new Date(MONDAY_10.getTime() + minutes * 60_000);

beforeAll(async () => {
  const store = await openStore({ dataDir });
  await importRoster(store.db, INCIDENT_ROSTER);
  const user = async (email: string) => (await findUser(store.db, { email }))!;
  const teacher = await user('hanako.yamada@school.example.jp');
  const principal = await user('taro.suzuki@school.example.jp');
  const csirt = await user('csirt@board.example.jp');
  // The principal and the board's people have chats with mamoru (so the chain stops where it should).
  for (const u of [principal, csirt, await user('center@board.example.jp')]) {
    await store.bot.saveConversationReference({
      channel: 'teams',
      userId: `29:${u.id}`,
      conversationId: `a:${u.id}`,
      conversationKind: 'personal',
      aadObjectId: u.teams_aad_object_id!,
      reference: {},
    });
  }
  const base = { policy: 'kumamoto', schoolId: teacher.school_id, reporterId: teacher.id, language: 'ja' as const };
  // One closed: reported, acknowledged after 12 minutes, sent on, closed with its cause.
  const { incident } = await createIncident(
    store.db,
    {
      ...base,
      kinds: ['lost'],
      class: 'II',
      assetId: 'report_card',
      assetName: '通知表',
      what: '=HYPERLINK("https://evil.example") 通知表のUSBを電車に置き忘れた',
      occurred: '17時40分',
      affected: 35,
    },
    at(0),
  );
  await acknowledgeIncident(store.db, { incidentId: incident.id, actorId: principal.id, steps: ['school'] }, at(12));
  await forwardIncident(store.db, { incidentId: incident.id, actorId: principal.id, steps: [] }, at(13));
  await closeIncident(
    store.db,
    { incidentId: incident.id, actorId: csirt.id, cause: '網棚に置いた', prevention: '<b>身につけて運ぶ</b>' },
    at(60 * 24),
  );
  // One still open, nobody has acknowledged it.
  await createIncident(
    store.db,
    { ...base, kinds: ['infection'], class: null, assetId: null, assetName: null, what: '変なメールを開いた', occurred: '朝' },
    at(60),
  );
  await store.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('mamoru incidents list|export', () => {
  test('list: the open ones first, with the time to acknowledge', async () => {
    const { code, stdout } = await runCli(['incidents', 'list'], undefined, env);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^報告日時\s+学校\s+種類\s+分類\s+状態\s+受領まで\s+報告者$/);
    expect(lines[2]).toMatch(/^2030-06-03 11:00 +熊本市立第一中学校 +ウイルス感染の疑い +不明 +対応中 +未受領 +山田 花子$/);
    expect(lines[3]).toMatch(/紛失・盗難 +重要性分類Ⅱ +対応完了 +12 分 +山田 花子$/);
  });

  test('export: CSV with a BOM, JST times with the offset, the timeline, formulas quoted as text', async () => {
    const { code, stdout } = await runCli(['incidents', 'export', '--from', '2030-06-01', '--to', '2030-06-30'], undefined, env);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFid,policy,reported_at,school,reporter,')).toBe(true);
    expect(stdout).toContain(',2030-06-03T10:00:00+09:00,熊本市立第一中学校,山田 花子,');
    expect(stdout).toContain(`"'=HYPERLINK(""https://evil.example"") 通知表のUSBを電車に置き忘れた"`);
    expect(stdout).toContain(
      '2030-06-03T10:00:00+09:00 報告 山田 花子 / 2030-06-03T10:00:00+09:00 連絡 学校情報セキュリティ管理者（校長） / 2030-06-03T10:12:00+09:00 受領 学校情報セキュリティ管理者（校長） 鈴木 太郎 / 2030-06-03T10:13:00+09:00 連絡 教育情報システム担当者（教育CSIRT） 鈴木 太郎',
    );
    expect(stdout).toContain('2030-06-04T10:00:00+09:00 対応完了 高橋 CSIRT');
  });

  test('export --format json: every record with its timeline as a list', async () => {
    const { stdout } = await runCli(['incidents', 'export', '--format', 'json', '--status', 'closed'], undefined, env);
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kinds: 'lost',
      kind_labels: '紛失・盗難',
      class: 'II',
      class_label: '重要性分類Ⅱ',
      status: 'closed',
      acknowledged_at: '2030-06-03T10:12:00+09:00',
      acknowledged_by: '鈴木 太郎',
      minutes_to_acknowledge: 12,
      closed_by: '高橋 CSIRT',
      cause: '網棚に置いた',
      affected: 35,
    });
    expect(rows[0].timeline.map((e: { event: string }) => e.event)).toEqual([
      'reported',
      'told',
      'acknowledged',
      'told',
      'told',
      'forwarded',
      'closed',
    ]);
  });

  test('export --format html: a printable summary for the board, open first, with charts; typed text escaped', async () => {
    const { code, stdout } = await runCli(['incidents', 'export', '--format', 'html'], undefined, env);
    expect(code).toBe(0);
    expect(stdout).toContain('<h1>情報セキュリティインシデントの記録</h1>');
    expect(stdout).toContain('熊本市教育委員会');
    expect(stdout).toContain('<div>対応中</div><div class="n">1</div>');
    expect(stdout).toContain('<div>受領までの時間（中央値）</div><div class="n">12 分</div>');
    expect(stdout).toContain('<svg role="img" aria-label="種類ごとの件数"');
    expect(stdout.indexOf('変なメールを開いた')).toBeLessThan(stdout.indexOf('通知表のUSBを電車に置き忘れた'));
    expect(stdout).toContain('&lt;b&gt;身につけて運ぶ&lt;/b&gt;');
    expect(stdout).not.toContain('<b>身につけて運ぶ');
    expect(stdout).toContain('@page { size: A4');
  });

  test('usage errors say how to write it', async () => {
    const bad = await runCli(['incidents', 'export', '--format', 'xml'], undefined, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format は csv, json, html のどれかです');
    const backwards = await runCli(['incidents', 'list', '--from', '2030-07-01', '--to', '2030-06-01'], undefined, env);
    expect(backwards.code).toBe(2);
    const help = await runCli(['incidents', '--help'], undefined, env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npx mamoru incidents export');
  });

  test('roster import --removals report counts the open incidents of someone who leaves (4-1(5)); nothing changes', async () => {
    const file = join(dataDir, 'without-yamada.csv');
    writeFileSync(
      file,
      INCIDENT_ROSTER.split('\n')
        .filter((l) => !l.startsWith('hanako.yamada@'))
        .join('\n'),
    );
    const { code, stdout } = await runCli(['roster', 'import', file, '--removals', 'report'], undefined, env);
    expect(code).toBe(0);
    // The closed one is not counted; the open one she reported is.
    expect(stdout).toContain(
      '山田 花子 <hanako.yamada@school.example.jp> 熊本市立第一中学校 教職員（名簿にない）: 対応中のインシデント 1 件',
    );
  });
});
