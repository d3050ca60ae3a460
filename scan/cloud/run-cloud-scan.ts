import { randomUUID } from 'node:crypto';
import type { OcrConfig } from '../../config/index.js';
import type { Connector, DriveRef } from '../../connectors/index.js';
import type { Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import { type DigestRoute, queueFindingNotifications, type Store, scanRuns } from '../../store/index.js';
import { scanBudget } from '../ocr-budget.js';
import { type DriveStats, scanDrive } from './scan-drive.js';

export interface CloudScanOptions {
  store: Store;
  pack: Pack;
  connector: Connector;
  log: Logger;
  maxBytes: number;
  concurrency: number;
  /** The board's `scan.ocr`: its seconds_per_scan is shared by all the run's drives. */
  ocr?: OcrConfig;
  /** Who gets each school's digest (the config's notify; default: the principal). */
  route?: DigestRoute;
  /** Called as drives finish, for a progress display. */
  onDrive?: (done: number, total: number, drive: DriveRef, stats: DriveStats) => void;
  signal?: AbortSignal;
  /** How long the run may go without a heartbeat before others count it as interrupted (default 5 min). */
  leaseMs?: number;
}

export interface CloudScanResult extends Omit<DriveStats, 'full'> {
  runId: string;
  drives: number;
  failedDrives: number;
  apiCalls: number;
  digests: number;
  /** Earlier runs found abandoned by their process when this one started, now marked interrupted. */
  interrupted: scanRuns.ScanRunRow[];
}

/**
 * One scheduled run over a source: every drive (a few at a time), then one digest per school
 * and one card per owner about what changed. A drive that fails is logged and retried next run
 * from its last committed cursor; the others go on.
 */
export async function runCloudScan(o: CloudScanOptions): Promise<CloudScanResult> {
  const { db } = o.store;
  const leaseMs = o.leaseMs ?? scanRuns.DEFAULT_RUN_LEASE_MS;
  const interrupted = await scanRuns.interruptAbandonedRuns(db);
  for (const run of interrupted)
    o.log.warn({ runId: run.id, source: run.source, startedAt: run.started_at }, 'an earlier scan run was interrupted');
  const runId = randomUUID();
  await scanRuns.startRun(db, { id: runId, source: o.connector.source, leaseMs });
  // The heartbeat says this process is still at it; a run that stops beating is marked interrupted.
  const heartbeat = setInterval(
    () => {
      scanRuns.keepRunAlive(db, runId, leaseMs).catch((error) => o.log.warn({ err: error, runId }, 'scan heartbeat failed'));
    },
    Math.max(250, Math.floor(leaseMs / 4)),
  );
  heartbeat.unref();
  try {
    const total = await scanAll(o, runId);
    await scanRuns.finishRun(db, runId, { status: total.failedDrives > 0 ? 'partial' : 'done', stats: total });
    return { ...total, interrupted };
  } catch (error) {
    await scanRuns.finishRun(db, runId, { status: 'failed', error: String((error as Error)?.message ?? error) });
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

async function scanAll(o: CloudScanOptions, runId: string): Promise<Omit<CloudScanResult, 'interrupted'>> {
  const drives: DriveRef[] = [];
  for await (const drive of o.connector.listDrives({ signal: o.signal })) drives.push(drive);
  const total: Omit<CloudScanResult, 'interrupted'> = {
    runId,
    drives: drives.length,
    failedDrives: 0,
    items: 0,
    downloads: 0,
    found: 0,
    resolved: 0,
    cannotInspect: 0,
    apiCalls: 0,
    digests: 0,
  };
  let next = 0;
  let done = 0;
  const budget = scanBudget(o.ocr);
  const worker = async () => {
    while (next < drives.length) {
      const drive = drives[next++]!;
      try {
        const stats = await scanDrive({ ...o, budget }, drive);
        for (const key of ['items', 'downloads', 'found', 'resolved', 'cannotInspect'] as const) total[key] += stats[key];
        o.onDrive?.(++done, drives.length, drive, stats);
      } catch (error) {
        total.failedDrives++;
        o.log.error(
          { err: error, drive: drive.driveId, source: drive.source },
          'drive scan failed; its cursor is kept for the next run',
        );
        o.onDrive?.(++done, drives.length, drive, {
          items: 0,
          downloads: 0,
          found: 0,
          resolved: 0,
          cannotInspect: 0,
          full: false,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
  total.digests = (await queueFindingNotifications(o.store.db, runId, { route: o.route })).digests;
  total.apiCalls = o.connector.stats().calls;
  return total;
}
