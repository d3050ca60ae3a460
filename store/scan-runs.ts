import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';

export type ScanRunRow = Selectable<Database['scan_runs']>;

/**
 * queued: split into drive jobs for `mamoru worker`; running: a process is scanning (and beating);
 * done; partial: some drives failed; failed: the run itself failed; interrupted: its process
 * stopped mid-way (killed, crashed, the machine went down) and nobody finished it.
 */
export type ScanRunStatus = 'queued' | 'running' | 'done' | 'partial' | 'failed' | 'interrupted';

/** How long a run may go without a heartbeat before it counts as interrupted (default). */
export const DEFAULT_RUN_LEASE_MS = 300_000;

const until = (leaseMs: number, now = new Date()) => new Date(now.getTime() + leaseMs).toISOString();

/** Records a run that this process is starting now; it must beat (`keepRunAlive`) within `leaseMs`. */
export async function startRun(
  db: Kysely<Database>,
  run: { id: string; source: string; leaseMs: number },
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('scan_runs')
    .values({
      id: run.id,
      source: run.source,
      status: 'running',
      started_at: now.toISOString(),
      finished_at: null,
      stats: '{}',
      error: null,
      lease_until: until(run.leaseMs, now),
    })
    .execute();
}

/** The heartbeat: the run is still being worked on, for `leaseMs` more. */
export async function keepRunAlive(db: Kysely<Database>, runId: string, leaseMs: number): Promise<void> {
  await db
    .updateTable('scan_runs')
    .set({ lease_until: until(leaseMs) })
    .where('id', '=', runId)
    .where('status', '=', 'running')
    .execute();
}

export async function finishRun(
  db: Kysely<Database>,
  runId: string,
  end: { status: Exclude<ScanRunStatus, 'queued' | 'running'>; stats?: unknown; error?: string },
): Promise<void> {
  await db
    .updateTable('scan_runs')
    .set({
      status: end.status,
      finished_at: new Date().toISOString(),
      lease_until: null,
      ...(end.stats === undefined ? {} : { stats: JSON.stringify(end.stats) }),
      ...(end.error === undefined ? {} : { error: end.error.slice(0, 2000) }),
    })
    .where('id', '=', runId)
    .execute();
}

/**
 * Marks `interrupted` the runs whose process is gone: `running` with no heartbeat for a whole
 * lease (or none at all: started before heartbeats existed). A run another live process is
 * working on keeps beating, so it is left alone. Returns the runs it marked.
 */
export async function interruptAbandonedRuns(db: Kysely<Database>, now = new Date()): Promise<ScanRunRow[]> {
  return db
    .updateTable('scan_runs')
    .set({
      status: 'interrupted',
      finished_at: now.toISOString(),
      error: 'the process running the scan stopped before it finished (no heartbeat)',
    })
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
    .returningAll()
    .execute();
}

/** The latest runs, newest first (`mamoru scan status`). */
export async function recentRuns(db: Kysely<Database>, limit = 10): Promise<ScanRunRow[]> {
  return db.selectFrom('scan_runs').selectAll().orderBy('started_at', 'desc').limit(limit).execute();
}
