import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Clock } from '../../connectors/index.js';
import { createGraphConnector, graphUnits } from '../../connectors/index.js';
import { FakeGraph, fakeCredential } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { QuotaPacer, runCloudScan } from '../../scan/cloud/index.js';
import { openStore, type Store } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();

/**
 * A clock the test moves: a sleeper wakes at once, the clock moved on to its wake-up time
 * (sleepers that overlap share the time that passes), so a day of pacing takes a moment.
 */
class TestClock implements Clock {
  constructor(public t = Date.UTC(2026, 10, 30, 0, 0, 0)) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    const wake = this.t + Math.max(0, ms);
    await new Promise((r) => setImmediate(r));
    this.t = Math.max(this.t, wake);
  }
}

const windows = async (store: Store, budget: string, span: '10s' | 'hour') =>
  (
    await store.db
      .selectFrom('quota_usage')
      .select(['starts_at', 'used'])
      .where('budget', '=', budget)
      .where('span', '=', span)
      .orderBy('starts_at')
      .execute()
  ).map((w) => ({ at: Number(w.starts_at), used: Number(w.used) }));

describe.each(ENGINES)("pacing to the tenant's quota, on %s", (engine) => {
  let store: Store;
  let url: string | undefined;
  let dataDir: string | undefined;
  let cleanup: () => Promise<void>;
  let fake: FakeGraph;
  let run = 0;

  beforeAll(async () => {
    ({ store, url, dataDir, cleanup } = await freshStore(engine));
    fake = await new FakeGraph({
      users: 1,
      sites: 0,
      filesPerDrive: 30,
      file: (_d, i) => ({ name: `memo-${i}.txt`, content: `会議の時間: ${i}時から` }),
    }).start();
  });
  afterAll(async () => {
    await fake.stop();
    await cleanup();
  });

  /** A first scan of the fake's drive (a fresh drive id each time: the fake resets nothing). */
  const scanWith = async (limits: { perMinute: number; perDay: number }, clock: TestClock) => {
    const budget = `graph:test-${engine}-${++run}`;
    const pacer = new QuotaPacer({ store, budget, ...limits, clock, log: quietLog });
    await store.db.deleteFrom('drives').execute();
    const connector = createGraphConnector({
      credential: fakeCredential(),
      baseUrl: fake.url,
      backoffBaseMs: 5,
      pacer,
      clock,
      drives: { onedrive: true, sharepoint: false },
    });
    const started = clock.now();
    const result = await runCloudScan({
      store,
      pack: getPack('kumamoto'),
      connector,
      log: quietLog,
      maxBytes: 1_000_000,
      concurrency: 1,
      filesInFlight: 4,
    });
    return { result, budget, pacer, elapsed: clock.now() - started, units: connector.stats().units ?? 0 };
  };

  test('a minute budget: no 10 seconds spend more than a sixth of it, and the scan takes as long as the budget says', async () => {
    fake.clearRequests();
    const clock = new TestClock();
    const { result, budget, elapsed, units } = await scanWith({ perMinute: 60, perDay: 0 }, clock);
    expect(result).toMatchObject({ items: 30, failedDrives: 0 });
    // One OneDrive lookup, one delta page without a token, thirty downloads: 1 + 2 + 30 units.
    expect(units).toBe(graphUnits('drive') + graphUnits('delta') + 30 * graphUnits('content'));
    const spent = await windows(store, budget, '10s');
    expect(spent.every((w) => w.used <= 10)).toBe(true);
    expect(spent.reduce((n, w) => n + w.used, 0)).toBeGreaterThanOrEqual(units);
    // 33 units at 10 per 10 s: at least three windows after the first.
    expect(elapsed).toBeGreaterThanOrEqual(30_000);
    expect(fake.counts()).toMatchObject({ content: 30, delta: 1 });
  });

  test("a day budget: once it is spent the scan waits for the day's first units to stop counting, then goes on", async () => {
    const clock = new TestClock();
    const { result, budget, elapsed } = await scanWith({ perMinute: 6000, perDay: 20 }, clock);
    expect(result).toMatchObject({ items: 30, failedDrives: 0 });
    const hours = await windows(store, budget, 'hour');
    expect(hours[0]!.used).toBeLessThanOrEqual(20);
    expect(elapsed).toBeGreaterThanOrEqual(24 * 3_600_000 - 3_600_000);
    expect(hours.at(-1)!.at - hours[0]!.at).toBeGreaterThanOrEqual(23 * 3600);
  });

  test("the service's RateLimit headers and Retry-After pause the scan for as long as they say", async () => {
    const clock = new TestClock();
    // Past 80% of the app's minute, SharePoint says how much is left and when the minute resets.
    fake.rateLimit({ limit: 1200, remaining: 60, reset: 45 }, 1);
    fake.fail(429, 1, { retryAfter: 100, kinds: ['content'] });
    const { result, pacer, elapsed } = await scanWith({ perMinute: 6000, perDay: 0 }, clock);
    expect(result).toMatchObject({ items: 30, failedDrives: 0 });
    expect(pacer.waitedMs).toBeGreaterThanOrEqual(45_000);
    expect(elapsed).toBeGreaterThanOrEqual(100_000);
  });

  // Workers on several machines share PostgreSQL; two SQLite handles in one process would block each other.
  test.skipIf(engine === 'sqlite')('two processes on one database share one budget', async () => {
    const other = url ? await openStore({ databaseUrl: url }) : await openStore({ dataDir: dataDir! });
    const clock = new TestClock();
    const budget = `graph:shared-${engine}`;
    const pacers = [store, other].map((s) => new QuotaPacer({ store: s, budget, perMinute: 120, perDay: 0, clock }));
    await Promise.all(pacers.flatMap((p) => Array.from({ length: 60 }, () => p.take(1))));
    await other.close();
    const spent = await windows(store, budget, '10s');
    expect(spent.reduce((n, w) => n + w.used, 0)).toBeGreaterThanOrEqual(120);
    expect(spent.every((w) => w.used <= 20)).toBe(true);
    expect(pacers.every((p) => p.taken === 60)).toBe(true);
  });
});
