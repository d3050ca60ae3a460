import { afterAll, describe, expect, test } from 'vitest';
import { FakeConnector } from '../../devkit/index.js';
import type { Store } from '../../store/index.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';
import { type ServeChild, seedPendingRequest, serveChild, type Where } from '../helpers/serve-child.js';

warnIfNoPostgres();
const children: ServeChild[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of children) await c.kill('SIGKILL');
  for (const cleanup of cleanups) await cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh store on the engine, as `mamoru serve` children reach it. */
async function database(engine: 'sqlite' | 'postgres'): Promise<{ store: Store; where: Where }> {
  const fresh = await freshStore(engine);
  cleanups.push(fresh.cleanup);
  return { store: fresh.store, where: engine === 'sqlite' ? { dataDir: fresh.dataDir! } : { databaseUrl: fresh.url! } };
}

function serve(where: Where, env: Record<string, string> = {}): ServeChild {
  const child = serveChild(where, env);
  children.push(child);
  return child;
}

const approvalRow = (store: Store) =>
  store.db.selectFrom('outbox').selectAll().where('kind', '=', 'approval').executeTakeFirstOrThrow();

describe.each(ENGINES)('two mamoru serve processes on one %s database', (engine) => {
  test('one restarts while the other is sending: the card is delivered exactly once', async () => {
    const connector = await new FakeConnector().start();
    const { store, where } = await database(engine);
    await seedPendingRequest(store, connector.url);
    connector.hold(1);
    // A long lease: however slow the machine, a's send is still within its time when released.
    const env = { MAMORU_OUTBOX_LEASE_SECONDS: '600' };
    const a = serve(where, env);
    await connector.waitForHeld(1, 20_000); // a is sending; Teams has not answered yet
    let b = serve(where, env);
    await b.ready;
    await b.kill('SIGTERM');
    b = serve(where, env);
    await b.ready;
    await sleep(1500); // b's start-up drain and its first tick
    expect(connector.sent).toHaveLength(0);
    expect((await approvalRow(store)).status).toBe('sending');
    connector.release();
    await connector.waitFor(1, 10_000);
    await sleep(1000);
    await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
    expect(connector.sent).toHaveLength(1);
    expect(connector.dropped).toHaveLength(0);
    expect(await approvalRow(store)).toMatchObject({ status: 'sent', attempts: 1 });
    await connector.stop();
  }, 60_000);

  test('the one sending is killed (SIGKILL) mid-send: the other, still running, delivers it once its lease runs out', async () => {
    const connector = await new FakeConnector().start();
    const { store, where } = await database(engine);
    // An 8 s lease (a send may take 2 s of it); both processes tick every 8 s.
    const env = { MAMORU_OUTBOX_LEASE_SECONDS: '8' };
    const both = [serve(where, env), serve(where, env)];
    await Promise.all(both.map((c) => c.ready));
    connector.hold(1);
    await seedPendingRequest(store, connector.url);
    await connector.waitForHeld(1, 30_000);
    const claimedBy = (await approvalRow(store)).claimed_by ?? '';
    const sender = both.find((c) => claimedBy.split('/')[1] === String(c.pid));
    const other = both.find((c) => c !== sender)!;
    expect(sender).toBeDefined();
    await sender!.kill('SIGKILL');
    await connector.waitFor(1, 40_000); // the lease (8 s) and a tick (8 s), on a loaded machine
    await sleep(1000);
    await other.kill('SIGTERM');
    expect(connector.dropped).toHaveLength(1); // the killed sender's request never completed
    expect(connector.sent).toHaveLength(1);
    const row = await approvalRow(store);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(row.claimed_by!.split('/')[1]).toBe(String(other.pid));
    await connector.stop();
  }, 90_000);
});

describe('one mamoru serve process on SQLite', () => {
  test('a send Teams never answers is given up within the lease and sent again: delivered once', async () => {
    const connector = await new FakeConnector().start();
    const { store, where } = await database('sqlite');
    await seedPendingRequest(store, connector.url);
    connector.hold(1); // never released
    const one = serve(where, { MAMORU_OUTBOX_LEASE_SECONDS: '4' });
    await connector.waitForHeld(1, 20_000);
    await connector.waitFor(1, 30_000);
    await sleep(500);
    await one.kill('SIGTERM');
    expect(connector.dropped).toHaveLength(1);
    expect(connector.sent).toHaveLength(1);
    expect(await approvalRow(store)).toMatchObject({ status: 'sent', attempts: 2 });
    await connector.stop();
  }, 60_000);
});
