import type { DriveItem, DriveRef } from '../../connectors/index.js';
import {
  type DriveScanRow,
  driveScans,
  type Outcome,
  recordVerdictIn,
  resolveGoneIn,
  type ScanItemRow,
} from '../../store/index.js';
import { judgeItem } from './judge-item.js';
import type { ScanContext } from './scan-context.js';

/** A file that failed this many times (or killed its reader as often) fails its walk: the run ends partial. */
const MAX_ATTEMPTS = 3;
/** Files claimed at once: small, so that a batch spreads over the workers that are free. */
const PER_CLAIM = 4;

export interface ReadOptions {
  /** Claims up to `limit` files for this process (of a batch, or of a run). */
  claim: (limit: number) => Promise<ScanItemRow[]>;
  /** No new file is started after this (epoch ms): a job ends before pg-boss gives it away. */
  softDeadline?: number;
  /** Files still being read then are left to their claims (epoch ms). */
  hardDeadline?: number;
  /** When nothing is claimable: whether more may come (listers still at work) and to wait for it. */
  more?: () => boolean;
}

/**
 * Reads claimed files, as many at a time as the process has slots for (downloads overlap with
 * classification on the inspection workers), each recorded once in the transaction that marks it
 * done; a heartbeat keeps the claims alive meanwhile. Returns the walks it did files of (the
 * caller finishes those whose last file this was).
 */
export async function readItems(ctx: ScanContext, options: ReadOptions): Promise<Set<string>> {
  const touched = new Set<string>();
  const owners: Owners = new Map();
  const inFlight = new Set<Promise<void>>();
  /** The files being read now, whose claims the heartbeat renews. */
  const reading = new Map<Promise<void>, { scanId: string; itemId: string }>();
  const scans = new Map<string, Promise<DriveScanRow | undefined>>();
  const scanOf = (id: string) => {
    let row = scans.get(id);
    if (!row) {
      row = driveScans.getDriveScan(ctx.store.db, id);
      scans.set(id, row);
    }
    return row;
  };
  const heartbeat = setInterval(
    () => {
      if (reading.size === 0) return;
      driveScans
        .extendClaims(ctx.store.db, ctx.owner, [...reading.values()], ctx.claimMs)
        .catch((error) => ctx.log.warn({ err: error }, 'claim heartbeat failed'));
    },
    Math.max(200, Math.floor(ctx.claimMs / 3)),
  );
  heartbeat.unref();
  try {
    for (;;) {
      if (ctx.signal?.aborted) break;
      if (options.softDeadline !== undefined && Date.now() > options.softDeadline) break;
      if (ctx.slots.free() <= 0) {
        await Promise.race([ctx.slots.released(), ...inFlight]);
        continue;
      }
      const rows = await options.claim(Math.min(ctx.slots.free(), PER_CLAIM));
      for (const row of rows) {
        ctx.slots.take();
        touched.add(row.scan_id);
        const work = readOne(ctx, row, scanOf, owners)
          .catch((error) => failed(ctx, row, error))
          .finally(() => {
            ctx.slots.give();
            inFlight.delete(work);
            reading.delete(work);
          });
        inFlight.add(work);
        reading.set(work, { scanId: row.scan_id, itemId: row.item_id });
      }
      if (rows.length > 0) continue;
      if (inFlight.size > 0) await Promise.race(inFlight);
      else if (options.more?.()) await new Promise((r) => setTimeout(r, 50));
      else break;
    }
    const waitFor = Promise.all(inFlight);
    if (options.hardDeadline === undefined) await waitFor;
    else {
      const left = Math.max(0, options.hardDeadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([waitFor, new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    }
  } finally {
    // Files still being read keep their claims alive until they end (the heartbeat of the pool below).
    if (inFlight.size === 0) clearInterval(heartbeat);
    else void Promise.all(inFlight).finally(() => clearInterval(heartbeat));
  }
  return touched;
}

type Owners = NonNullable<Parameters<typeof recordVerdictIn>[4]>;

async function readOne(
  ctx: ScanContext,
  row: ScanItemRow,
  scanOf: (id: string) => Promise<DriveScanRow | undefined>,
  owners: Owners,
): Promise<void> {
  const scan = await scanOf(row.scan_id);
  if (!scan) return;
  const drive = JSON.parse(scan.drive) as DriveRef;
  const item = JSON.parse(row.item) as DriveItem;
  const where = { source: drive.source, driveId: drive.driveId, itemId: item.id };
  const { db } = ctx.store;
  if (item.deleted) {
    const outcome = await driveScans.completeItem(
      db,
      row,
      ctx.owner,
      async (tx) => ((await resolveGoneIn(tx, where, 'deleted')) ? 'resolved' : 'unchanged'),
      { calls: 0, ocrMs: 0 },
    );
    count(ctx, outcome);
    return;
  }
  const judged = await judgeItem(
    {
      pack: ctx.pack,
      connector: ctx.connectorFor(scan.source_index),
      maxBytes: ctx.maxBytes,
      budget: ctx.budget,
      ...(ctx.ocr ? { ocr: ctx.ocr } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    },
    drive,
    item,
  );
  const outcome = await driveScans.completeItem(
    db,
    row,
    ctx.owner,
    async (tx): Promise<Outcome> => {
      if (judged.gone) return (await resolveGoneIn(tx, where, 'deleted')) ? 'resolved' : 'unchanged';
      return recordVerdictIn(
        tx,
        {
          ...where,
          name: item.name,
          path: item.path,
          webUrl: item.webUrl,
          ownerEmail: item.ownerEmail ?? drive.ownerEmail,
          sharing: item.sharing,
          version: item.contentTag ?? item.etag,
        },
        judged.verdict,
        new Date(),
        owners,
      );
    },
    { calls: judged.downloads, ocrMs: judged.ocrMs },
  );
  if (outcome === null) return;
  ctx.stats.downloads += judged.downloads;
  if (judged.cannotInspect) ctx.stats.cannotInspect++;
  count(ctx, outcome);
}

function count(ctx: ScanContext, outcome: string | null): void {
  if (outcome === null) return;
  ctx.stats.items++;
  if (outcome === 'new' || outcome === 'reopened') ctx.stats.found++;
  if (outcome === 'resolved') ctx.stats.resolved++;
  if (outcome === 'unreadable') ctx.stats.unreadable++;
}

/**
 * A file that could not be read this time (the service kept failing, the process is stopping):
 * its claim is given back for a retry, and after MAX_ATTEMPTS its walk fails, so the drive is
 * walked again next run from its committed cursor.
 */
async function failed(ctx: ScanContext, row: ScanItemRow, error: unknown): Promise<void> {
  if (ctx.signal?.aborted) return;
  ctx.log.warn({ err: error, scan: row.scan_id, item: row.item_id, attempts: row.attempts }, 'a file could not be read');
  try {
    if (Number(row.attempts) >= MAX_ATTEMPTS)
      await driveScans.failDriveScan(ctx.store.db, row.scan_id, String((error as Error)?.message ?? error), {
        ...(ctx.route ? { route: ctx.route } : {}),
      });
    else await driveScans.releaseClaims(ctx.store.db, ctx.owner, [{ scanId: row.scan_id, itemId: row.item_id }]);
  } catch (storeError) {
    ctx.log.error({ err: storeError, scan: row.scan_id }, 'could not give a failed file back');
  }
}
