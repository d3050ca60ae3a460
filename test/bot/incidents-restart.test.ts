import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startBot } from '../../bot/start-bot.js';
import { FakeConnector } from '../../devkit/index.js';
import { createIncident, findUser, importRoster, openStore, outbox, queueDueReminders, type Store } from '../../store/index.js';
import { fixture, quietLog } from '../helpers/bot-harness.js';
import { ENGINES, freshStore } from '../helpers/engines.js';
import { INCIDENT_ROSTER, MONDAY_10 } from '../helpers/incident-roster.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A Teams chat of a roster user, on the fake connector. */
async function chatOf(store: Store, connectorUrl: string, aadObjectId: string, conversationId: string) {
  const bot = fixture<{ recipient: Record<string, unknown> }>('teams/message-personal.json').recipient;
  await store.bot.saveConversationReference({
    channel: 'teams',
    userId: `29:${conversationId}`,
    conversationId,
    conversationKind: 'personal',
    aadObjectId,
    reference: {
      serviceUrl: connectorUrl,
      channelId: 'msteams',
      conversation: { id: conversationId },
      bot,
      user: { id: `29:${conversationId}` },
    },
  });
}

/** A store with the roster, the principal's and the CSIRT's chats, and one report just filed (as submit files it). */
async function seeded(engine: 'sqlite' | 'postgres', connector: FakeConnector) {
  let where: { dataDir: string } | { databaseUrl: string };
  let cleanup = async () => {};
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-incident-restart-'));
    dirs.push(dataDir);
    where = { dataDir };
  } else {
    const fresh = await freshStore('postgres');
    await fresh.store.close();
    where = { databaseUrl: fresh.url! };
    cleanup = fresh.cleanup;
  }
  const store = await openStore(where);
  await importRoster(store.db, INCIDENT_ROSTER);
  await chatOf(store, connector.url, '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55', 'a:principal-chat');
  await chatOf(store, connector.url, '2f3e4d5c-6b7a-4890-8a1b-2c3d4e5f6a7b', 'a:csirt-chat');
  const teacher = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
  const { incident } = await createIncident(
    store.db,
    {
      policy: 'kumamoto',
      schoolId: teacher.school_id,
      reporterId: teacher.id,
      kinds: ['lost'],
      class: 'II',
      assetId: null,
      assetName: null,
      what: 'USBメモリを置き忘れた',
      occurred: '今朝',
      language: 'ja',
    },
    MONDAY_10,
  );
  return { where, store, incident, cleanup };
}

describe.each(ENGINES)('a crash between the steps of a report loses nothing and sends nothing twice (%s)', (engine) => {
  test('the principal’s card claimed before a crash arrives once after the restart; the timer escalates once for racing ticks', async () => {
    const connector = await new FakeConnector().start();
    const { where, store, cleanup } = await seeded(engine, connector);
    // Crashed mid-send: the principal's card claimed (for a 1 s lease), never marked sent.
    const [row] = await outbox.pendingMessages(store.db);
    expect(row).toMatchObject({ kind: 'incident_card' });
    expect(await outbox.claim(store.db, row!, 'crashed-instance', 1000)).toBeDefined();
    await store.close();

    const leases = { outboxMs: 1000 };
    const first = await startBot({ port: 0, store: where, teams: {}, log: quietLog, leases, clock: () => MONDAY_10 });
    await connector.waitFor(1, 10_000);
    expect(connector.sent.map((s) => s.conversationId)).toEqual(['a:principal-chat']);

    // Nobody acknowledges: ticks race past the due time (on PostgreSQL from a second process's
    // connections; SQLite is one process, its ticks share a connection); the CSIRT is told once.
    const second =
      engine === 'postgres'
        ? await startBot({ port: 0, store: where, teams: {}, log: quietLog, leases, clock: () => MONDAY_10 })
        : first;
    const late = new Date(MONDAY_10.getTime() + 31 * 60_000);
    const fired = await Promise.all([queueDueReminders(first.store.db, late), queueDueReminders(second.store.db, late)]);
    expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
    await first.notifier.drain();
    await second.notifier.drain();
    await first.close();
    if (second !== first) await second.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent.filter((s) => s.conversationId === 'a:csirt-chat')).toHaveLength(1);
    expect(connector.sent.filter((s) => s.conversationId === 'a:principal-chat' && s.method === 'POST')).toHaveLength(2); // the card, then the reminder

    const check = await openStore(where);
    const steps = await check.db.selectFrom('incident_steps').select(['step', 'told_how', 'timer']).orderBy('position').execute();
    expect(steps).toEqual([
      { step: 'school', told_how: 'reported', timer: 'done' },
      { step: 'systems', told_how: 'escalated', timer: 'pending' },
    ]);
    const pending = await check.db.selectFrom('outbox').select('status').where('status', 'in', ['pending', 'sending']).execute();
    expect(pending).toEqual([]);
    await check.close();
    await connector.stop();
    await cleanup();
  });
});
