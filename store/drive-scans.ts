import { randomUUID } from 'node:crypto';
import { type Kysely, PostgresAdapter, type Selectable, sql, type Transaction } from 'kysely';
import { type DigestRoute, queueFindingNotificationsIn } from './finding-digests.js';
import { resolveUnseenIn } from './findings.js';
import type { Database } from './schema.js';

export type DriveScanRow = Selectable<Database['drive_scans']>;
export type ScanItemRow = Selectable<Database['drive_scan_items']>;

/** The drive a walk is of, as the store keeps it (the connector's DriveRef, whatever else it holds). */
export interface ScannedDrive {
  source: string;
  driveId: string;
  kind: string;
  name: string;
  ownerEmail?: string;
}

/** One listed file: its id, its version (so a re-listing knows what changed) and how likely it is a violation. */
export interface ListedItem {
  itemId: string;
  version: string;
  priority: number;
  /** The connector's DriveItem, as JSON. */
  json: string;
}

const isPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * The walk of `drive` for run `runId`: the drive's unfinished walk if an earlier run left one
 * (listing or reading: its cursor was never committed, so it goes on where it stopped), else a
 * new walk from the drive's committed cursor (none: a first, full listing). Undefined when a run
 * still at work (running, or queued for workers) has the drive's walk: it is not walked twice.
 */
export async function openDriveScan(
  db: Kysely<Database>,
  o: { runId: string; sourceIndex: number; drive: ScannedDrive & Record<string, unknown> },
  now = new Date(),
): Promise<DriveScanRow | undefined> {
  const open = await db
    .selectFrom('drive_scans')
    .leftJoin('scan_runs', 'scan_runs.id', 'drive_scans.run_id')
    .selectAll('drive_scans')
    .select('scan_runs.status as run_status')
    .where('drive_scans.source', '=', o.drive.source)
    .where('drive_scans.drive_id', '=', o.drive.driveId)
    .where('drive_scans.state', 'in', ['listing', 'reading'])
    .orderBy('drive_scans.started_at', 'desc')
    .executeTakeFirst();
  if (open && open.run_id !== o.runId && (open.run_status === 'running' || open.run_status === 'queued')) return undefined;
  if (open) {
    const { run_status: _status, ...scan } = open;
    await db
      .updateTable('drive_scans')
      .set({ run_id: o.runId, source_index: o.sourceIndex, drive: JSON.stringify(o.drive) })
      .where('id', '=', open.id)
      .execute();
    return { ...scan, run_id: o.runId, source_index: o.sourceIndex };
  }
  const committed = await db
    .selectFrom('drives')
    .select('cursor')
    .where('source', '=', o.drive.source)
    .where('drive_id', '=', o.drive.driveId)
    .executeTakeFirst();
  const row = {
    id: randomUUID(),
    run_id: o.runId,
    source: o.drive.source,
    source_index: o.sourceIndex,
    drive_id: o.drive.driveId,
    drive: JSON.stringify(o.drive),
    state: 'listing',
    from_cursor: committed?.cursor ?? null,
    resume: null,
    to_cursor: null,
    full: committed?.cursor ? 0 : 1,
    started_at: now.toISOString(),
    listed: 0,
    batches: 0,
    batches_sent: 0,
    ocr_ms: 0,
    error: null,
    finished_at: null,
  };
  await db.insertInto('drive_scans').values(row).execute();
  return row;
}

export async function getDriveScan(db: Kysely<Database>, id: string): Promise<DriveScanRow | undefined> {
  return db.selectFrom('drive_scans').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Stores one listed page in one transaction: its files in batches of `batchSize` (the likeliest
 * violations in batches of their own, so they are read first), where the listing goes on from,
 * and, on the last page, the cursor that will be committed once every file is done. A file listed
 * again unchanged (a lister resumed after a kill) keeps its place; a changed one is pending again.
 * Returns the batches allocated, with the priority of their likeliest file.
 */
export async function saveListedPage(
  db: Kysely<Database>,
  scanId: string,
  page: { items: ListedItem[]; resume?: string; cursor?: string; full: boolean; restarted?: boolean },
  batchSize: number,
): Promise<{ batch: number; priority: number }[]> {
  return db.transaction().execute(async (tx) => {
    const sorted = [...page.items].sort((a, b) => b.priority - a.priority);
    const groups: ListedItem[][] = [];
    for (const item of sorted) {
      const last = groups.at(-1);
      if (last && last.length < batchSize && tierOf(last[0]!.priority) === tierOf(item.priority)) last.push(item);
      else groups.push([item]);
    }
    const allocated = await tx
      .updateTable('drive_scans')
      .set((eb) => ({
        batches: eb('batches', '+', groups.length),
        listed: eb('listed', '+', page.items.length),
        resume: page.cursor ? null : (page.resume ?? null),
        ...(page.full ? { full: 1 } : {}),
        ...(page.restarted ? { resume: null } : {}),
        ...(page.cursor ? { to_cursor: page.cursor, state: 'reading' } : {}),
      }))
      .where('id', '=', scanId)
      .where('state', '=', 'listing')
      .returning('batches')
      .executeTakeFirst();
    if (!allocated) return [];
    const first = Number(allocated.batches) - groups.length + 1;
    const batches = groups.map((_, i) => first + i);
    const rows = groups.flatMap((group, i) =>
      group.map((item) => ({
        scan_id: scanId,
        item_id: item.itemId,
        batch: batches[i]!,
        priority: item.priority,
        item: item.json,
        version: item.version.slice(0, 1000),
        state: 'pending',
        claimed_by: null,
        claimed_until: null,
        attempts: 0,
        calls: 0,
        ocr_ms: 0,
        done_by: null,
        done_at: null,
      })),
    );
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insertInto('drive_scan_items')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) =>
          oc
            .columns(['scan_id', 'item_id'])
            .doUpdateSet((eb) => ({
              item: eb.ref('excluded.item'),
              version: eb.ref('excluded.version'),
              batch: eb.ref('excluded.batch'),
              priority: eb.ref('excluded.priority'),
              state: 'pending',
              claimed_by: null,
              claimed_until: null,
              attempts: 0,
              done_by: null,
              done_at: null,
            }))
            .whereRef('drive_scan_items.version', '<>', 'excluded.version'),
        )
        .execute();
    }
    return groups.map((group, i) => ({ batch: batches[i]!, priority: group[0]!.priority }));
  });
}

/** Priority tiers a batch does not mix: shared with anyone or named like the catalog; office documents; the rest. */
export function tierOf(priority: number): number {
  return priority >= 6 ? 2 : priority >= 3 ? 1 : 0;
}

/** Where the listing goes on from, or that it must start again (a resume token the service refused). */
export async function saveResume(db: Kysely<Database>, scanId: string, resume: string | null): Promise<void> {
  await db.updateTable('drive_scans').set({ resume }).where('id', '=', scanId).execute();
}

/** Records that jobs were sent for the batches up to `upTo` (a lister resumed after a kill sends the rest). */
export async function markBatchesSent(db: Kysely<Database>, scanId: string, upTo: number): Promise<void> {
  await db
    .updateTable('drive_scans')
    .set({ batches_sent: upTo })
    .where('id', '=', scanId)
    .where('batches_sent', '<', upTo)
    .execute();
}

/** The batches of a walk that still have files to read (after batch `after`: those not sent yet). */
export async function pendingBatches(
  db: Kysely<Database>,
  scanId: string,
  after = 0,
): Promise<{ batch: number; priority: number }[]> {
  const rows = await db
    .selectFrom('drive_scan_items')
    .select((eb) => ['batch', eb.fn.max('priority').as('priority')])
    .where('scan_id', '=', scanId)
    .where('batch', '>', after)
    .where('state', '=', 'pending')
    .groupBy('batch')
    .execute();
  return rows.map((r) => ({ batch: Number(r.batch), priority: Number(r.priority) }));
}

/**
 * Claims up to `limit` pending files for `owner` until `leaseMs` from now: of one batch (a
 * worker's job), or of the run's walks the likeliest violations first (one process doing it all).
 * A file whose claim ran out (its reader is gone) is claimed again; one claimed by a live reader
 * is left alone. Concurrent claimers get disjoint files.
 */
export async function claimItems(
  db: Kysely<Database>,
  where: { scanId: string; batch: number } | { runId: string },
  owner: string,
  leaseMs: number,
  limit: number,
  now = new Date(),
): Promise<ScanItemRow[]> {
  const nowIso = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const scope =
    'batch' in where
      ? sql`scan_id = ${where.scanId} and batch = ${where.batch}`
      : sql`scan_id in (select id from drive_scans where run_id = ${where.runId})`;
  const lock = isPostgres(db) ? sql`for update skip locked` : sql``;
  const result = await sql<ScanItemRow>`
    update drive_scan_items set claimed_by = ${owner}, claimed_until = ${until}, attempts = attempts + 1
    where (scan_id, item_id) in (
      select scan_id, item_id from drive_scan_items
      where ${scope} and state = 'pending' and (claimed_until is null or claimed_until < ${nowIso})
      order by priority desc
      limit ${limit} ${lock}
    )
    returning *`.execute(db);
  return result.rows;
}

/** The heartbeat of a reader: its claims on the files it is reading last `leaseMs` more. */
export async function extendClaims(
  db: Kysely<Database>,
  owner: string,
  files: { scanId: string; itemId: string }[],
  leaseMs: number,
  now = new Date(),
): Promise<void> {
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const byScan = new Map<string, string[]>();
  for (const f of files) byScan.set(f.scanId, [...(byScan.get(f.scanId) ?? []), f.itemId]);
  for (const [scanId, itemIds] of byScan)
    await db
      .updateTable('drive_scan_items')
      .set({ claimed_until: until })
      .where('scan_id', '=', scanId)
      .where('item_id', 'in', itemIds)
      .where('claimed_by', '=', owner)
      .where('state', '=', 'pending')
      .execute();
}

/** Takes back every claim on a walk's files: its readers are known to be gone (their run was interrupted). */
export async function dropClaims(db: Kysely<Database>, scanId: string): Promise<void> {
  await db
    .updateTable('drive_scan_items')
    .set({ claimed_by: null, claimed_until: null })
    .where('scan_id', '=', scanId)
    .where('state', '=', 'pending')
    .execute();
}

/** Gives claimed files back at once (a reader stopping early), for another to take. */
export async function releaseClaims(db: Kysely<Database>, owner: string, itemIds: { scanId: string; itemId: string }[]) {
  for (const { scanId, itemId } of itemIds)
    await db
      .updateTable('drive_scan_items')
      .set({ claimed_by: null, claimed_until: null })
      .where('scan_id', '=', scanId)
      .where('item_id', '=', itemId)
      .where('claimed_by', '=', owner)
      .where('state', '=', 'pending')
      .execute();
}

/**
 * Marks one file done and records what was found in it, in one transaction: `record` runs only
 * for the reader that marks it done, so a file read twice (its first reader presumed dead, or
 * listed again changed meanwhile) is recorded once, with the version that was read. Returns the
 * outcome, or null when the file was done already or changed since it was claimed.
 */
export async function completeItem(
  db: Kysely<Database>,
  item: Pick<ScanItemRow, 'scan_id' | 'item_id' | 'version'>,
  owner: string,
  record: (tx: Transaction<Database>) => Promise<string>,
  spent: { calls: number; ocrMs: number },
  now = new Date(),
): Promise<string | null> {
  return db.transaction().execute(async (tx) => {
    const marked = await tx
      .updateTable('drive_scan_items')
      .set({
        state: 'done',
        done_by: owner,
        done_at: now.toISOString(),
        claimed_until: null,
        calls: spent.calls,
        ocr_ms: Math.round(spent.ocrMs),
      })
      .where('scan_id', '=', item.scan_id)
      .where('item_id', '=', item.item_id)
      .where('version', '=', item.version)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) return null;
    return record(tx);
  });
}

/**
 * Once a walk is listed and every file it listed is done: findings of files not seen are resolved
 * (after a full listing), the cursor is committed, and the drive counts as done for its run. The
 * run's last drive queues its digests, in the same transaction. Only one caller finishes a walk,
 * so it is safe to call from every reader that may have done the last file.
 */
export async function finishDriveScan(
  db: Kysely<Database>,
  scanId: string,
  options: { route?: DigestRoute; now?: Date } = {},
): Promise<{ finished: boolean; runDone: boolean; digests: number; resolved: number }> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (tx) => {
    const scan = await tx
      .updateTable('drive_scans')
      .set({ state: 'done', finished_at: now.toISOString() })
      .where('id', '=', scanId)
      .where('state', '=', 'reading')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(selectFrom('drive_scan_items').select('item_id').where('scan_id', '=', scanId).where('state', '=', 'pending')),
        ),
      )
      .returningAll()
      .executeTakeFirst();
    if (!scan) return { finished: false, runDone: false, digests: 0, resolved: 0 };
    const drive = JSON.parse(scan.drive) as ScannedDrive;
    const resolved = scan.full ? await resolveUnseenIn(tx, scan.source, scan.drive_id, new Date(scan.started_at), now) : 0;
    const values = {
      kind: drive.kind,
      name: drive.name,
      owner_email: drive.ownerEmail ?? null,
      cursor: scan.to_cursor ?? scan.from_cursor,
      last_scan_at: now.toISOString(),
    };
    await tx
      .insertInto('drives')
      .values({ source: scan.source, drive_id: scan.drive_id, ...values })
      .onConflict((oc) => oc.columns(['source', 'drive_id']).doUpdateSet(values))
      .execute();
    // Its files are not needed any more (a walk of a city's drives lists millions); their OCR time
    // stays counted against the run's budget.
    const ocr = await tx
      .selectFrom('drive_scan_items')
      .select((eb) => eb.fn.sum('ocr_ms').as('ms'))
      .where('scan_id', '=', scanId)
      .executeTakeFirst();
    await tx
      .updateTable('drive_scans')
      .set({ ocr_ms: Number(ocr?.ms ?? 0) })
      .where('id', '=', scanId)
      .execute();
    await tx.deleteFrom('drive_scan_items').where('scan_id', '=', scanId).execute();
    const ended = await countDriveDone(tx, scan.run_id, now, options.route);
    return { finished: true, resolved, ...ended };
  });
}

/**
 * A walk given up (its job failed for good): it counts as done for its run, which ends partial.
 * Its cursor is not committed, so the next run walks the drive again from the old one.
 */
export async function failDriveScan(
  db: Kysely<Database>,
  scanId: string,
  error: string,
  options: { route?: DigestRoute; now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await db.transaction().execute(async (tx) => {
    const scan = await tx
      .updateTable('drive_scans')
      .set({ state: 'failed', error: error.slice(0, 2000), finished_at: now.toISOString() })
      .where('id', '=', scanId)
      .where('state', 'in', ['listing', 'reading'])
      .returning('run_id')
      .executeTakeFirst();
    if (scan) await countDriveDone(tx, scan.run_id, now, options.route);
  });
}

/** One more drive of a run done; for a run split into jobs, the last one ends it and queues its digests. */
async function countDriveDone(
  tx: Transaction<Database>,
  runId: string,
  now: Date,
  route?: DigestRoute,
): Promise<{ runDone: boolean; digests: number }> {
  const run = await tx
    .updateTable('scan_runs')
    .set((eb) => ({ drives_done: eb('drives_done', '+', 1) }))
    .where('id', '=', runId)
    .returning(['drives_done', 'drives_total', 'status'])
    .executeTakeFirst();
  if (run?.status !== 'queued' || Number(run.drives_done) < Number(run.drives_total)) return { runDone: false, digests: 0 };
  const failed = await tx
    .selectFrom('drive_scans')
    .select('id')
    .where('run_id', '=', runId)
    .where('state', '=', 'failed')
    .executeTakeFirst();
  const ended = await tx
    .updateTable('scan_runs')
    .set({ status: failed ? 'partial' : 'done', finished_at: now.toISOString() })
    .where('id', '=', runId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (Number(ended.numUpdatedRows) !== 1) return { runDone: false, digests: 0 };
  const { digests } = await queueFindingNotificationsIn(tx, runId, { at: now, ...(route ? { route } : {}) });
  return { runDone: true, digests };
}

export interface RunProgress {
  drives: { total: number; listing: number; reading: number; done: number; failed: number };
  files: { listed: number; done: number; pending: number };
  /** Files done in the last `windowMs`, for the rate. */
  recent: number;
  /** Download requests per file done (what a file costs in the budget). */
  callsPerFile: number;
}

/** How far a run has got: its drives by state, its files listed and done, the recent rate. */
export async function runProgress(
  db: Kysely<Database>,
  runId: string,
  windowMs = 600_000,
  now = new Date(),
): Promise<RunProgress> {
  const scans = await db
    .selectFrom('drive_scans')
    .select((eb) => ['state', eb.fn.countAll().as('n'), eb.fn.sum('listed').as('listed')])
    .where('run_id', '=', runId)
    .groupBy('state')
    .execute();
  const drives = { total: 0, listing: 0, reading: 0, done: 0, failed: 0 };
  let listed = 0;
  for (const s of scans) {
    const n = Number(s.n);
    drives.total += n;
    if (s.state in drives) drives[s.state as 'listing'] += n;
    listed += Number(s.listed ?? 0);
  }
  const items = await db
    .selectFrom('drive_scan_items')
    .innerJoin('drive_scans', 'drive_scans.id', 'drive_scan_items.scan_id')
    .select((eb) => ['drive_scan_items.state', eb.fn.countAll().as('n'), eb.fn.sum('drive_scan_items.calls').as('calls')])
    .where('drive_scans.run_id', '=', runId)
    .groupBy('drive_scan_items.state')
    .execute();
  let pending = 0;
  let doneKept = 0;
  let calls = 0;
  for (const i of items) {
    if (i.state === 'pending') pending += Number(i.n);
    else {
      doneKept += Number(i.n);
      calls += Number(i.calls ?? 0);
    }
  }
  const recent = await db
    .selectFrom('drive_scan_items')
    .innerJoin('drive_scans', 'drive_scans.id', 'drive_scan_items.scan_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('drive_scans.run_id', '=', runId)
    .where('drive_scan_items.done_at', '>=', new Date(now.getTime() - windowMs).toISOString())
    .executeTakeFirst();
  return {
    drives,
    // Finished walks drop their files: what they listed counts as done.
    files: { listed, done: Math.max(0, listed - pending), pending },
    recent: Number(recent?.n ?? 0),
    callsPerFile: doneKept > 0 ? calls / doneKept : 0,
  };
}

/** The OCR time the run's files have taken so far (the run's budget is shared by every worker). */
export async function runOcrMs(db: Kysely<Database>, runId: string): Promise<number> {
  const finished = await db
    .selectFrom('drive_scans')
    .select((eb) => eb.fn.sum('ocr_ms').as('ms'))
    .where('run_id', '=', runId)
    .executeTakeFirst();
  const row = await db
    .selectFrom('drive_scan_items')
    .innerJoin('drive_scans', 'drive_scans.id', 'drive_scan_items.scan_id')
    .select((eb) => eb.fn.sum('drive_scan_items.ocr_ms').as('ms'))
    .where('drive_scans.run_id', '=', runId)
    .executeTakeFirst();
  return Number(finished?.ms ?? 0) + Number(row?.ms ?? 0);
}
