import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../bot/start-bot.js';
import type { Leases } from '../../config/index.js';
import { FakeGoogleChat, kidOf, newSigningKey } from '../../devkit/index.js';
import { createPermit, findUser, importRoster, type Store } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const SPACE = 'spaces/AAAAyokoDM';
const ROSTER = `${readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8').replace(
  'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,',
  'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,users/200000000000000000001',
)}ken.mori@school.example.jp,森 健,熊本市立第二小学校,teacher,,users/300000000000000000002\n`;
const google = new FakeGoogleChat([newSigningKey(kidOf('chat'))]);
beforeAll(async () => {
  await google.start();
  google.dms.set('users/200000000000000000001', SPACE);
});
afterAll(() => google.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Ken's take-out request, waiting for 佐藤 (who reaches mamoru only in Google Chat). */
async function seed(store: Store): Promise<string> {
  const ken = (await findUser(store.db, { email: 'ken.mori@school.example.jp' }))!;
  const yoko = (await findUser(store.db, { email: 'yoko.sato@school.example.jp' }))!;
  const permit = await createPermit(
    store.db,
    {
      kind: 'permit',
      policy: 'kumamoto',
      schoolId: ken.school_id,
      requesterId: ken.id,
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
    [yoko],
  );
  return permit.id;
}

const approval = (store: Store, permitId: string) =>
  store.db
    .selectFrom('outbox')
    .selectAll()
    .where('kind', '=', 'approval')
    .where('permit_id', '=', permitId)
    .executeTakeFirstOrThrow();
/** The posts of one outbox message (its id is the requestId). */
const posts = (id: string) => google.calls.filter((c) => c.method === 'POST' && c.requestId === id);

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

describe.each(ENGINES)('Google Chat notifications from instances on one %s database', (engine) => {
  let fresh: Awaited<ReturnType<typeof freshStore>>;
  const bots: RunningBot[] = [];
  const instance = async (leases: Leases) => {
    const bot = await startBot({
      port: 0,
      store: engine === 'sqlite' ? { dataDir: fresh.dataDir! } : { databaseUrl: fresh.url! },
      teams: {},
      log: quietLog,
      leases,
      googleChat: { auth: { mode: 'project_number', audience: '1', certsUrl: google.certsUrl }, client: google.client() },
    });
    bots.push(bot);
    return bot;
  };
  beforeAll(async () => {
    fresh = await freshStore(engine);
    await importRoster(fresh.store.db, ROSTER);
  });
  afterAll(async () => {
    for (const bot of bots) await bot.close().catch(() => {});
    await fresh.cleanup();
  });

  test('another instance restarting while the approval card is being posted does not post it again', async () => {
    const permitId = await seed(fresh.store);
    const { id } = await approval(fresh.store, permitId);
    google.hold(1);
    const a = await instance({ outboxMs: 600_000 });
    await until(async () => google.held === 1);
    const b = await instance({ outboxMs: 600_000 });
    await b.notifier.drain();
    await b.close();
    const again = await instance({ outboxMs: 600_000 });
    await again.notifier.drain();
    expect(posts(id)).toHaveLength(1);
    google.release();
    await until(async () => (await approval(fresh.store, permitId)).status === 'sent');
    await a.close();
    await again.close();
    expect(posts(id)).toHaveLength(1);
    expect(await approval(fresh.store, permitId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  test('a post whose answer never comes is given up and retried with the same requestId: one message in the DM', async () => {
    const permitId = await seed(fresh.store);
    const { id } = await approval(fresh.store, permitId);
    const before = google.created(SPACE).length;
    // The post creates the message but its answer is lost; with a 2 s lease the send gets 500 ms.
    google.hold(1);
    const one = await instance({ outboxMs: 2000 });
    await until(async () => (await approval(fresh.store, permitId)).status === 'sent');
    await one.close();
    google.release();
    expect(posts(id)).toHaveLength(2);
    expect(google.created(SPACE)).toHaveLength(before + 1);
    expect(await approval(fresh.store, permitId)).toMatchObject({
      status: 'sent',
      attempts: 2,
      channel: 'google_chat',
      activity_id: expect.stringMatching(/^spaces\/AAAAyokoDM\/messages\/m\d+$/),
    });
  });
});
