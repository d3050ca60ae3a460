import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { driveScans, openStore } from '../../store/index.js';
import { freshStore, PG_URL, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Index rows PostgreSQL fetched from drive_scan_items so far (counted once the backends that read them have ended). */
async function fetched(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(
    "select coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0) as n from pg_stat_user_tables where relname = 'drive_scan_items'",
  );
  await client.end();
  return Number(rows[0]?.n ?? 0);
}

describe.skipIf(!PG_URL)('a worker claiming files of one batch, on the real PostgreSQL', () => {
  test('reads that batch, not every pending file of the drive (its statistics not gathered yet)', async () => {
    // A walk just listed, as on a first scan: the table has grown from nothing and has not been
    // analysed, so the planner knows nothing of it. 4,000 files in batches of 25.
    const fresh = await freshStore('postgres');
    const { db } = fresh.store;
    const scan = await driveScans.openDriveScan(db, {
      runId: 'run-1',
      sourceIndex: 0,
      drive: { source: 'graph', driveId: 'huge', kind: 'onedrive', name: 'huge' },
    });
    const items = Array.from({ length: 4000 }, (_, i) => ({
      itemId: `item-${i}`,
      version: 'v1',
      priority: i % 10 === 0 ? 3 : 0,
      json: JSON.stringify({ id: `item-${i}`, name: `memo-${i}.txt`, path: '/memo' }),
    }));
    const batches = await driveScans.saveListedPage(db, scan!.id, { items, full: true }, 25);
    await fresh.store.close();
    const before = await fetched(fresh.url!);

    // One claim, as a reading job makes it, of a batch in the middle of the drive.
    const batch = batches[Math.floor(batches.length / 2)]!.batch;
    const store = await openStore({ databaseUrl: fresh.url!, migrate: false });
    const claimed = await driveScans.claimItems(store.db, { scanId: scan!.id, batch }, 'worker-a', 30_000, 4);
    await store.close();
    expect(claimed.map((c) => c.batch)).toEqual([batch, batch, batch, batch]);

    // The statistics arrive once the claiming connection has ended.
    let read = 0;
    for (let i = 0; i < 100 && read < claimed.length; i++) {
      await sleep(100);
      read = (await fetched(fresh.url!)) - before;
    }
    expect(read).toBeGreaterThanOrEqual(claimed.length);
    // Its batch's 25 files and their updates; walking the drive's pending files by priority read thousands.
    expect(read).toBeLessThan(200);
    await fresh.cleanup();
  }, 60_000);
});
