import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startBot } from '../bot/start-bot.js';
import { createPermit, findUser, importRoster, openStore, outbox } from '../store/index.js';
import { fixture, quietLog } from './helpers/bot-harness.js';
import { FakeConnector } from './helpers/fake-connector.js';
import { ROOT } from './helpers/run-cli.js';

const ROSTER = readFileSync(new URL('./fixtures/roster-demo.csv', import.meta.url), 'utf8');
const PRINCIPAL_AAD = '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data dir with the roster, the principal's chat (on the fake) and one pending request. */
async function seeded(connector: FakeConnector) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-restart-'));
  dirs.push(dataDir);
  const store = await openStore({ dataDir });
  await importRoster(store.db, ROSTER);
  const principal = (await findUser(store.db, { aadObjectId: PRINCIPAL_AAD }))!;
  const teacher = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
  const bot = fixture<{ recipient: Record<string, unknown> }>('teams/message-personal.json').recipient;
  await store.bot.saveConversationReference({
    channel: 'teams',
    userId: '29:principal',
    conversationId: 'a:principal-chat',
    conversationKind: 'personal',
    aadObjectId: PRINCIPAL_AAD,
    reference: {
      serviceUrl: connector.url,
      channelId: 'msteams',
      conversation: { id: 'a:principal-chat' },
      bot,
      user: { id: '29:principal' },
    },
  });
  const permit = await createPermit(
    store.db,
    {
      kind: 'permit',
      policy: 'kumamoto',
      schoolId: teacher.school_id,
      requesterId: teacher.id,
      approverRole: 'principal',
      action: 'take_out',
      class: 'II',
      assetId: 'report_card',
      assetName: '通知表',
      decision: 'permit_required',
      purpose: '家庭訪問',
      returnOn: '2030-01-01',
      details: { language: 'ja', confirmations: [], declarations: [] },
    },
    [principal],
  );
  return { dataDir, store, permit };
}

describe('a restart loses no request and sends no notification twice', () => {
  test('queued before a crash → sent once after the restart; a second restart sends nothing', async () => {
    const connector = await new FakeConnector().start();
    const { dataDir, store } = await seeded(connector);
    // Crashed mid-send: claimed, never marked sent.
    const [row] = await outbox.pendingMessages(store.db);
    expect(await outbox.claim(store.db, row!.id)).toBe(true);
    await store.close();

    const first = await startBot({ port: 0, store: { dataDir }, teams: {}, log: quietLog });
    await connector.waitFor(1);
    await first.close();
    const second = await startBot({ port: 0, store: { dataDir }, teams: {}, log: quietLog });
    await second.notifier.drain();
    await second.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent.filter((s) => s.conversationId === 'a:principal-chat')).toHaveLength(1);
    await connector.stop();
  });

  test('mamoru serve killed (SIGKILL) right after start-up, then restarted: the approval card arrives exactly once', async () => {
    const connector = await new FakeConnector().start();
    const { dataDir, store } = await seeded(connector);
    await store.close();
    const serve = () =>
      spawn(process.execPath, ['bin/mamoru.js', 'serve', '--port', '0'], {
        cwd: ROOT,
        env: { ...process.env, MAMORU_DATA_DIR: dataDir, MAMORU_LOG_LEVEL: 'silent', MicrosoftAppId: '', DATABASE_URL: '' },
        stdio: 'ignore',
      });
    for (let round = 0; round < 3; round++) {
      const child = serve();
      await new Promise((r) => setTimeout(r, 150 + round * 400));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    const last = serve();
    await connector.waitFor(1, 15_000);
    await new Promise((r) => setTimeout(r, 300));
    last.kill('SIGTERM');
    await new Promise((r) => last.once('exit', r));
    expect(connector.sent.filter((s) => s.conversationId === 'a:principal-chat')).toHaveLength(1);
    const check = await openStore({ dataDir });
    const rows = await check.db.selectFrom('outbox').select(['status', 'kind']).execute();
    expect(rows).toEqual([{ status: 'sent', kind: 'approval' }]);
    expect(await check.db.selectFrom('permits').select('status').execute()).toEqual([{ status: 'pending' }]);
    await check.close();
    await connector.stop();
  }, 30_000);
});
