import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { type OcrConfig, SCAN_DEFAULTS } from '../../config/index.js';
import type { Connector, DriveRef } from '../../connectors/index.js';
import { OcrBudget, scanBudget } from '../../inspect/index.js';
import type { Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import { type DigestRoute, driveScans, queueFindingNotifications, type Store, scanRuns } from '../../store/index.js';
import { listDrive } from './list-drive.js';
import { readItems } from './read-items.js';
import { DEFAULT_BATCH_SIZE, emptyStats, instanceId, type ScanContext, Slots } from './scan-context.js';

/** Listing jobs: one drive's delta pages, by one job at a time (a long listing goes on in the next job). */
export const SCAN_QUEUE = 'mamoru-scan-drive';
/** Reading jobs: one batch of a drive's listed files; any worker, many at once. */
export const READ_QUEUE = 'mamoru-scan-read';

export interface ListJob {
  scanId: string;
}
export interface ReadJob {
  scanId: string;
  batch: number;
}

/** How long jobs may run: pg-boss gives an expired job to another worker, so this is the recovery time. */
export interface JobTiming {
  /** A job's expiry (default 30 s, the config's scan.job_seconds). */
  jobSeconds?: number;
}

const seconds = (t: JobTiming) => t.jobSeconds ?? SCAN_DEFAULTS.job_seconds;

/**
 * pg-boss on the same PostgreSQL as the store, in its own schema. Its maintenance (which hands an
 * expired job, a killed worker's, back to the queue) runs every sixth of a job's time, at most 10 s.
 */
export async function startQueue(databaseUrl: string, log: Logger, timing: JobTiming = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'mamoru_jobs',
    maintenanceIntervalSeconds: Math.max(1, Math.min(10, Math.floor(seconds(timing) / 6))),
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  try {
    await ensureQueue(boss, SCAN_QUEUE);
    await ensureQueue(boss, READ_QUEUE);
  } catch (error) {
    // A started pg-boss keeps its timers (and so the process) alive: stop it, so that the error ends the process.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
  return boss;
}

/**
 * Creates a queue unless it exists. pg-boss 10 creates a queue's partition without its advisory
 * lock, so processes starting at once on a new database (workers, `mamoru scan`) can deadlock
 * there (PostgreSQL 40P01): the loser tries again, by then usually to find the queue made.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(name))) await boss.createQueue(name);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 8) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 200));
    }
  }
}

const jobOptions = (timing: JobTiming) => ({
  // A killed worker's job is retried as soon as it expires; a job that fails for good fails its walk.
  retryLimit: 20,
  retryDelay: 1,
  retryBackoff: false,
  expireInSeconds: seconds(timing),
});

/** pg-boss priorities are read highest first: a batch's is its likeliest file's. */
export async function sendReadJobs(
  boss: PgBoss,
  scanId: string,
  batches: { batch: number; priority: number }[],
  timing: JobTiming,
  startAfter?: number,
): Promise<void> {
  for (const { batch, priority } of batches) {
    const job: ReadJob = { scanId, batch };
    await boss.send(READ_QUEUE, job, {
      ...jobOptions(timing),
      priority,
      ...(startAfter ? { startAfter } : {}),
    });
  }
}

/**
 * Starts a run split into jobs for `mamoru worker` processes on any machine: one walk per drive
 * (an unfinished walk an earlier run left is taken up where it stopped), one listing job per
 * walk; the listers send reading jobs as they store pages. A run of the same source still being
 * worked on is not doubled: its id comes back with `busy`.
 */
export async function enqueueCloudScan(
  o: {
    boss: PgBoss;
    store: Store;
    connector: Connector;
    source: number;
    route?: DigestRoute;
  } & JobTiming,
): Promise<{ runId: string; drives: number; interrupted: scanRuns.ScanRunRow[]; busy?: boolean }> {
  const { db } = o.store;
  // Runs split into jobs are 'queued' (pg-boss retries a dead worker's job); a 'running' run
  // here is a default-mode run whose process is gone.
  const interrupted = await scanRuns.interruptAbandonedRuns(db);
  const going = await db
    .selectFrom('scan_runs')
    .select(['id', 'drives_total'])
    .where('source', '=', o.connector.source)
    .where('status', '=', 'queued')
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
  if (going) return { runId: going.id, drives: Number(going.drives_total), interrupted, busy: true };
  const runId = randomUUID();
  const drives: DriveRef[] = [];
  for await (const drive of o.connector.listDrives()) drives.push(drive);
  await db
    .insertInto('scan_runs')
    .values({
      id: runId,
      source: o.connector.source,
      status: 'queued',
      started_at: new Date().toISOString(),
      finished_at: null,
      stats: '{}',
      error: null,
      drives_total: drives.length,
      drives_done: 0,
    })
    .execute();
  if (drives.length === 0) {
    await db
      .updateTable('scan_runs')
      .set({ status: 'done', finished_at: new Date().toISOString() })
      .where('id', '=', runId)
      .execute();
    await queueFindingNotifications(db, runId, o.route ? { route: o.route } : {});
  }
  for (const drive of drives) {
    const scan = await driveScans.openDriveScan(db, { runId, sourceIndex: o.source, drive: { ...drive } });
    if (!scan) {
      // Walked by a default-mode run still going: left to it, and not waited for.
      await db
        .updateTable('scan_runs')
        .set((eb) => ({ drives_total: eb('drives_total', '-', 1) }))
        .where('id', '=', runId)
        .execute();
      continue;
    }
    if (scan.state === 'listing') await o.boss.send(SCAN_QUEUE, { scanId: scan.id } satisfies ListJob, jobOptions(o));
    else {
      // Listed by an earlier run: its files left to read (or, with none, a job that finishes it).
      const batches = await driveScans.pendingBatches(db, scan.id);
      await sendReadJobs(o.boss, scan.id, batches.length > 0 ? batches : [{ batch: 0, priority: 0 }], o);
    }
  }
  return { runId, drives: drives.length, interrupted };
}

export interface WorkOptions extends JobTiming {
  boss: PgBoss;
  store: Store;
  pack: Pack;
  log: Logger;
  maxBytes: number;
  /** The board's `scan.ocr`: its seconds_per_scan is the run's, shared by every worker. */
  ocr?: OcrConfig;
  connectorFor: (source: number) => Connector;
  route?: DigestRoute;
  /** Files this process reads at once (default 8). */
  filesInFlight?: number;
  signal?: AbortSignal;
}

/**
 * Works the scan queues in this process: listing jobs (one page after another, each page's files
 * stored and their reading jobs sent at once, so other workers start reading while the listing
 * goes on) and reading jobs (a batch each, several files at a time across the jobs this process
 * holds). A job stops taking work at half its expiry and hands the rest to a next job; a killed
 * worker's job expires and goes to another, whose claims skip files a live worker is reading.
 * The last file of a drive commits its cursor; the last drive of a run queues its digests.
 */
export async function workCloudScans(o: WorkOptions): Promise<string[]> {
  const owner = instanceId();
  const slots = new Slots(o.filesInFlight ?? SCAN_DEFAULTS.files_in_flight);
  const total = scanBudget(o.ocr).totalMs;
  const ms = seconds(o) * 1000;
  // What the run's OCR has taken so far, read at most every half minute (a sum over its files).
  const ocrSpent = new Map<string, { ms: number; at: number }>();
  const ocrLeft = async (runId: string): Promise<number> => {
    if (o.ocr?.enabled === false || total === 0) return 0;
    let spent = ocrSpent.get(runId);
    if (!spent || Date.now() - spent.at > 30_000) {
      spent = { ms: await driveScans.runOcrMs(o.store.db, runId), at: Date.now() };
      ocrSpent.set(runId, spent);
    }
    return Math.max(0, total - spent.ms);
  };
  const context = async (runId: string): Promise<ScanContext> => ({
    store: o.store,
    pack: o.pack,
    log: o.log,
    maxBytes: o.maxBytes,
    budget: new OcrBudget(await ocrLeft(runId)),
    connectorFor: o.connectorFor,
    owner,
    claimMs: ms,
    slots,
    batchSize: DEFAULT_BATCH_SIZE,
    stats: emptyStats(),
    ...(o.ocr ? { ocr: o.ocr } : {}),
    ...(o.route ? { route: o.route } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const finishing = { ...(o.route ? { route: o.route } : {}) };
  // Failing for good (no retries left) gives the walk up, so its run can end (partial).
  const lastTry = async (job: PgBoss.JobWithMetadata<ListJob | ReadJob>, error: unknown) => {
    if (job.retryCount >= job.retryLimit)
      await driveScans.failDriveScan(o.store.db, job.data.scanId, String((error as Error)?.message ?? error), finishing);
    throw error;
  };

  const listing = async ([job]: PgBoss.JobWithMetadata<ListJob>[]) => {
    if (!job) return;
    const started = Date.now();
    try {
      const scan = await upgradeJob(o, job.data);
      if (scan?.state !== 'listing') return;
      const ctx = await context(scan.run_id);
      // Batches stored by an earlier attempt that was killed before it sent their jobs.
      const unsent = await driveScans.pendingBatches(o.store.db, scan.id, scan.batches_sent);
      await sendReadJobs(o.boss, scan.id, unsent, o);
      const status = await listDrive(ctx, scan, {
        deadline: started + ms / 2,
        onBatches: async (batches) => {
          await sendReadJobs(o.boss, scan.id, batches, o);
          await driveScans.markBatchesSent(o.store.db, scan.id, Math.max(...batches.map((b) => b.batch)));
        },
      });
      if (status === 'paused') await o.boss.send(SCAN_QUEUE, { scanId: scan.id } satisfies ListJob, jobOptions(o));
      else await driveScans.finishDriveScan(o.store.db, scan.id, finishing);
      o.log.info({ scan: scan.id, drive: scan.drive_id, status, ms: Date.now() - started }, 'drive listing job done');
    } catch (error) {
      await lastTry(job, error);
    }
  };

  const reading = async ([job]: PgBoss.JobWithMetadata<ReadJob>[]) => {
    if (!job) return;
    const started = Date.now();
    const { scanId, batch } = job.data;
    try {
      const scan = await driveScans.getDriveScan(o.store.db, scanId);
      if (!scan || scan.state === 'done' || scan.state === 'failed') return;
      const ctx = await context(scan.run_id);
      await readItems(ctx, {
        claim: (limit) => driveScans.claimItems(o.store.db, { scanId, batch }, owner, ms, limit),
        softDeadline: started + ms / 2,
        hardDeadline: started + ms - 3000,
      });
      const left = await o.store.db
        .selectFrom('drive_scan_items')
        .select(['claimed_until', 'priority'])
        .where('scan_id', '=', scanId)
        .where('batch', '=', batch)
        .where('state', '=', 'pending')
        .execute();
      if (left.length > 0) {
        // Files claimed by a live reader are waited for (a job later); free ones go on at once.
        const now = new Date().toISOString();
        const free = left.some((l) => !l.claimed_until || l.claimed_until < now);
        await o.boss.send(READ_QUEUE, { scanId, batch } satisfies ReadJob, {
          ...jobOptions(o),
          priority: Math.max(...left.map((l) => Number(l.priority))),
          singletonKey: `${scanId}:${batch}`,
          singletonSeconds: 2,
          ...(free ? {} : { startAfter: Math.ceil(ms / 2000) }),
        });
      } else await driveScans.finishDriveScan(o.store.db, scanId, finishing);
      o.log.info({ scan: scanId, batch, left: left.length, ms: Date.now() - started, ...ctx.stats }, 'read job done');
    } catch (error) {
      await lastTry(job, error);
    }
  };

  // pg-boss waits out its polling interval after a job that took less: woken, a loop takes the
  // next job at once, and waits only when the queue is empty.
  const loop = async <T extends object>(
    queue: string,
    handler: (jobs: PgBoss.JobWithMetadata<T>[]) => Promise<void>,
  ): Promise<string> => {
    let id = '';
    id = await o.boss.work<T>(queue, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 }, async (jobs) => {
      try {
        await handler(jobs);
      } finally {
        if (id) o.boss.notifyWorker(id);
      }
    });
    return id;
  };
  const ids = [await loop<ListJob>(SCAN_QUEUE, listing), await loop<ListJob>(SCAN_QUEUE, listing)];
  // Several reading jobs at once, so that the process's slots stay full while one job ends.
  for (let i = 0; i < 3; i++) ids.push(await loop<ReadJob>(READ_QUEUE, reading));
  return ids;
}

/** A job queued by an older mamoru (one job per drive: {runId, source, drive}) becomes a walk. */
async function upgradeJob(o: WorkOptions, data: ListJob | { runId: string; source: number; drive: DriveRef }) {
  if ('scanId' in data) return driveScans.getDriveScan(o.store.db, data.scanId);
  return driveScans.openDriveScan(o.store.db, { runId: data.runId, sourceIndex: data.source, drive: { ...data.drive } });
}
