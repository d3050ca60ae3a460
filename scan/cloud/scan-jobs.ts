import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { OcrConfig } from '../../config/index.js';
import type { Connector, DriveRef } from '../../connectors/index.js';
import type { Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import { type DigestRoute, queueFindingNotifications, type Store, scanRuns } from '../../store/index.js';
import { scanDrive } from './scan-drive.js';

/** The queue of the scale-out mode: one job per drive. */
export const SCAN_QUEUE = 'mamoru-scan-drive';

export interface DriveJob {
  runId: string;
  /** Which configured source the drive belongs to (its index in the configuration). */
  source: number;
  drive: DriveRef;
}

/** pg-boss on the same PostgreSQL as the store, in its own schema. */
export async function startQueue(databaseUrl: string, log: Logger): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'mamoru_jobs' });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await boss.createQueue(SCAN_QUEUE);
  return boss;
}

/** Splits a run into one job per drive; `mamoru worker` processes on any machine take them. */
export async function enqueueCloudScan(o: {
  boss: PgBoss;
  store: Store;
  connector: Connector;
  source: number;
  expireInSeconds?: number;
}): Promise<{ runId: string; drives: number; interrupted: scanRuns.ScanRunRow[] }> {
  // Runs split into jobs are 'queued' (pg-boss retries a dead worker's job); a 'running' run
  // here is a default-mode run whose process is gone.
  const interrupted = await scanRuns.interruptAbandonedRuns(o.store.db);
  const runId = randomUUID();
  const drives: DriveRef[] = [];
  for await (const drive of o.connector.listDrives()) drives.push(drive);
  await o.store.db
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
  for (const drive of drives) {
    const job: DriveJob = { runId, source: o.source, drive };
    await o.boss.send(SCAN_QUEUE, job, {
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: o.expireInSeconds ?? 3600,
      singletonKey: `${runId}:${drive.driveId}`,
    });
  }
  return { runId, drives: drives.length, interrupted };
}

/**
 * Works drive jobs: scans the drive (its cursor is committed only after its findings), counts
 * the run's finished drives, and the last one queues the digests. A worker killed mid-drive
 * leaves the job to be retried from the drive's old cursor: nothing lost, nothing duplicated.
 */
export async function workCloudScans(o: {
  boss: PgBoss;
  store: Store;
  pack: Pack;
  log: Logger;
  maxBytes: number;
  /** The board's `scan.ocr`; with jobs, its seconds_per_scan counts per drive job. */
  ocr?: OcrConfig;
  connectorFor: (source: number) => Connector;
  route?: DigestRoute;
  signal?: AbortSignal;
}): Promise<string> {
  return o.boss.work<DriveJob>(SCAN_QUEUE, { batchSize: 1 }, async ([job]) => {
    if (!job) return;
    const { runId, source, drive } = job.data;
    const stats = await scanDrive(
      {
        store: o.store,
        pack: o.pack,
        connector: o.connectorFor(source),
        log: o.log,
        maxBytes: o.maxBytes,
        ocr: o.ocr,
        signal: o.signal,
      },
      drive,
    );
    const counted = await o.store.db
      .updateTable('scan_runs')
      .set((eb) => ({ drives_done: eb('drives_done', '+', 1) }))
      .where('id', '=', runId)
      .returning(['drives_done', 'drives_total'])
      .executeTakeFirst();
    o.log.info(
      { runId, drive: drive.driveId, ...stats, done: counted?.drives_done, total: counted?.drives_total },
      'drive job done',
    );
    if (counted && Number(counted.drives_done) >= Number(counted.drives_total)) {
      const { digests } = await queueFindingNotifications(o.store.db, runId, { route: o.route });
      await o.store.db
        .updateTable('scan_runs')
        .set({ status: 'done', finished_at: new Date().toISOString() })
        .where('id', '=', runId)
        .execute();
      o.log.info({ runId, digests }, 'run finished');
    }
  });
}
