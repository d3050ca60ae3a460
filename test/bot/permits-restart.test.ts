import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startBot } from '../../bot/start-bot.js';
import { FakeConnector } from '../../devkit/index.js';
import { openStore, outbox } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { seedPendingRequest, serveChild } from '../helpers/serve-child.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data dir with the roster, the principal's chat (on the fake) and one pending request. */
async function seeded(connector: FakeConnector) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-restart-'));
  dirs.push(dataDir);
  const store = await openStore({ dataDir });
  const permit = await seedPendingRequest(store, connector.url);
  return { dataDir, store, permit };
}

describe('a restart loses no request and sends no notification twice', () => {
  test('claimed before a crash → sent once after the restart, once its claim has run out; a second restart sends nothing', async () => {
    const connector = await new FakeConnector().start();
    const { dataDir, store } = await seeded(connector);
    // Crashed mid-send: claimed (for a 1 s lease), never marked sent.
    const [row] = await outbox.pendingMessages(store.db);
    expect(await outbox.claim(store.db, row!, 'crashed-instance', 1000)).toBeDefined();
    await store.close();

    const leases = { outboxMs: 1000 };
    const first = await startBot({ port: 0, store: { dataDir }, teams: {}, log: quietLog, leases });
    await connector.waitFor(1, 10_000);
    await first.close();
    const second = await startBot({ port: 0, store: { dataDir }, teams: {}, log: quietLog, leases });
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
    // A short lease: a claim a killed serve left behind is taken back within seconds.
    const serve = () => serveChild({ dataDir }, { MAMORU_OUTBOX_LEASE_SECONDS: '2' });
    for (let round = 0; round < 3; round++) {
      const child = serve();
      await new Promise((r) => setTimeout(r, 150 + round * 400));
      await child.kill('SIGKILL');
    }
    const last = serve();
    await connector.waitFor(1, 20_000);
    await new Promise((r) => setTimeout(r, 300));
    await last.kill('SIGTERM');
    expect(connector.sent.filter((s) => s.conversationId === 'a:principal-chat')).toHaveLength(1);
    const check = await openStore({ dataDir });
    const rows = await check.db.selectFrom('outbox').select(['status', 'kind']).execute();
    expect(rows).toEqual([{ status: 'sent', kind: 'approval' }]);
    expect(await check.db.selectFrom('permits').select('status').execute()).toEqual([{ status: 'pending' }]);
    await check.close();
    await connector.stop();
  }, 40_000);
});
