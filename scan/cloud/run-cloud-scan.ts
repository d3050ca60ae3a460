import { randomUUID } from 'node:crypto';
import { type OcrConfig, SCAN_DEFAULTS } from '../../config/index.js';
import type { Connector, DriveRef } from '../../connectors/index.js';
import { scanBudget } from '../../inspect/index.js';
import type { Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import { type DigestRoute, driveScans, queueFindingNotifications, type Store, scanRuns } from '../../store/index.js';
import { listDrive } from './list-drive.js';
import { readItems } from './read-items.js';
import { DEFAULT_BATCH_SIZE, emptyStats, instanceId, type ScanContext, type ScanStats, Slots } from './scan-context.js';

export interface ScanProgress {
  drivesDone: number;
  drivesTotal: number;
  filesDone: number;
  /** Files listed so far (it grows while drives are still being listed). */
  filesListed: number;
}

export interface CloudScanOptions {
  store: Store;
  pack: Pack;
  connector: Connector;
  log: Logger;
  maxBytes: number;
  /** Drives listed at once. */
  concurrency: number;
  /** Files read at once (default 8): downloads overlap with classification. */
  filesInFlight?: number;
  /** The board's `scan.ocr`: its seconds_per_scan is shared by all the run's drives. */
  ocr?: OcrConfig;
  /** Who gets each school's digest (the config's notify; default: the principal). */
  route?: DigestRoute;
  /** Called as files and drives are done, for a progress display. */
  onProgress?: (progress: ScanProgress) => void;
  signal?: AbortSignal;
  /** How long the run may go without a heartbeat before others count it as interrupted (default 5 min). */
  leaseMs?: number;
}

export interface CloudScanResult extends ScanStats {
  runId: string;
  drives: number;
  failedDrives: number;
  /** Drives another run still at work was walking: left to it, neither scanned nor failed here. */
  busyDrives: number;
  apiCalls: number;
  digests: number;
  /** Earlier runs found abandoned by their process when this one started, now marked interrupted. */
  interrupted: scanRuns.ScanRunRow[];
}

/**
 * One run over a source in this process: every drive is listed (a few at a time) into its walk,
 * and the files are read as they are listed, the likeliest violations first, several at a time;
 * each drive's cursor is committed once all of its files are done. Then one digest per school and
 * one card per owner about what changed. A walk this run could not finish (a drive that failed, a
 * killed process) is taken up by the next run where it stopped.
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
  const { db } = o.store;
  const drives: DriveRef[] = [];
  for await (const drive of o.connector.listDrives({ signal: o.signal })) drives.push(drive);
  await db.updateTable('scan_runs').set({ drives_total: drives.length }).where('id', '=', runId).execute();
  const scans: driveScans.DriveScanRow[] = [];
  let busy = 0;
  for (const drive of drives) {
    const scan = await driveScans.openDriveScan(db, { runId, sourceIndex: 0, drive: { ...drive } });
    if (!scan) {
      busy++;
      o.log.warn({ drive: drive.driveId }, 'another run is walking this drive: it is left to that run');
      continue;
    }
    // A walk an interrupted run left: its files in hand were claimed by a process that is gone.
    if (scan.state === 'reading' || scan.listed > 0) await driveScans.dropClaims(db, scan.id);
    scans.push(scan);
  }
  const ctx: ScanContext = {
    store: o.store,
    pack: o.pack,
    log: o.log,
    maxBytes: o.maxBytes,
    budget: scanBudget(o.ocr),
    connectorFor: () => o.connector,
    owner: instanceId(),
    claimMs: Math.max(60_000, leaseMsOf(o)),
    slots: new Slots(o.filesInFlight ?? SCAN_DEFAULTS.files_in_flight),
    batchSize: DEFAULT_BATCH_SIZE,
    stats: emptyStats(),
    ...(o.ocr ? { ocr: o.ocr } : {}),
    ...(o.route ? { route: o.route } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  };
  const failed = new Set<string>();
  let finished = 0;
  const progress = async () => {
    if (!o.onProgress) return;
    const p = await driveScans.runProgress(db, runId);
    o.onProgress({ drivesDone: finished, drivesTotal: drives.length, filesDone: p.files.done, filesListed: p.files.listed });
  };
  const finish = async (scanId: string) => {
    const { finished: now } = await driveScans.finishDriveScan(db, scanId, o.route ? { route: o.route } : {});
    if (now) {
      finished++;
      await progress();
    }
  };

  // Listers: a few drives at a time; a drive that fails keeps its walk for the next run.
  let listing = 0;
  let next = 0;
  const lister = async () => {
    while (next < scans.length) {
      const scan = scans[next++]!;
      listing++;
      try {
        await listDrive(ctx, scan);
        await finish(scan.id);
      } catch (error) {
        failed.add(scan.id);
        o.log.error({ err: error, drive: scan.drive_id, source: scan.source }, 'drive listing failed; its walk goes on next run');
      } finally {
        listing--;
      }
    }
  };
  const listers = Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, lister));
  let shown = 0;
  const touched = await readItems(ctx, {
    claim: async (limit) => {
      const rows = await driveScans.claimItems(db, { runId }, ctx.owner, ctx.claimMs, limit);
      if (Date.now() - shown > 2000) {
        shown = Date.now();
        await progress();
      }
      return rows;
    },
    more: () => listing > 0 || next < scans.length,
  });
  await listers;
  for (const scanId of new Set([...touched, ...scans.map((s) => s.id)])) if (!failed.has(scanId)) await finish(scanId);
  const states = await db.selectFrom('drive_scans').select(['id', 'state']).where('run_id', '=', runId).execute();
  const failedDrives = states.filter((s) => s.state !== 'done').length;
  const digests = (await queueFindingNotifications(db, runId, { route: o.route })).digests;
  return {
    runId,
    drives: drives.length,
    failedDrives,
    busyDrives: busy,
    ...ctx.stats,
    apiCalls: o.connector.stats().calls,
    digests,
  };
}

/** A claim outlives a stalled moment of this process; in one process nobody else takes it anyway. */
function leaseMsOf(o: CloudScanOptions): number {
  return o.leaseMs ?? scanRuns.DEFAULT_RUN_LEASE_MS;
}
