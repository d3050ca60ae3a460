import { createHash } from 'node:crypto';
import { type Kysely, PostgresAdapter, type Transaction } from 'kysely';
import type { Database } from './schema.js';

export interface AuditEntry {
  /** Who: a user id, or `system`. */
  actor: string;
  /** What happened: `permit.requested`, `permit.approved`, `roster.imported` … */
  action: string;
  /** What it happened to: `permit:ID`, `roster`. */
  subject: string;
  data: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);

/** JSON with sorted keys, so the same entry always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function hashOf(
  prev: string,
  row: { seq: number; at: string; actor: string; action: string; subject: string; data: string },
): string {
  return createHash('sha256')
    .update(
      `${prev}\n${canonical({ seq: row.seq, at: row.at, actor: row.actor, action: row.action, subject: row.subject, data: row.data })}`,
    )
    .digest('hex');
}

/**
 * Appends an entry to the hash-chained audit log, inside the caller's transaction: each entry
 * holds the hash of the one before, and the chain's head row is locked so appends are sequential.
 */
export async function appendAudit(tx: Transaction<Database>, entry: AuditEntry, at = new Date()): Promise<void> {
  const head = await lockHead(tx);
  const row = {
    seq: head.seq + 1,
    at: at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    data: canonical(entry.data),
  };
  const hash = hashOf(head.hash, row);
  await tx
    .insertInto('audit_log')
    .values({ ...row, prev_hash: head.hash, hash })
    .execute();
  await tx.updateTable('audit_head').set({ seq: row.seq, hash }).where('id', '=', 1).execute();
}

async function lockHead(tx: Transaction<Database>): Promise<{ seq: number; hash: string }> {
  // PostgreSQL: row lock. SQLite: the write below takes the database lock; take it first.
  const isPostgres = tx.getExecutor().adapter instanceof PostgresAdapter;
  const query = tx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  if (!isPostgres) await tx.updateTable('audit_head').set({ id: 1 }).where('id', '=', 1).execute();
  const head = await (isPostgres ? query.forUpdate() : query).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

export type AuditVerdict = { ok: true; entries: number } | { ok: false; entries: number; seq: number; reason: string };

/** Walks the chain from the start: names the first entry whose link or hash is broken. */
export async function verifyAudit(db: Kysely<Database>): Promise<AuditVerdict> {
  let prev = GENESIS;
  let expected = 1;
  let entries = 0;
  const batch = 1000;
  for (let from = 0; ; from += batch) {
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').limit(batch).offset(from).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expected) return { ok: false, entries, seq: expected, reason: `entry ${expected} is missing (next is ${seq})` };
      if (row.prev_hash !== prev) return { ok: false, entries, seq, reason: 'it does not link to the entry before it' };
      if (hashOf(prev, { ...row, seq }) !== row.hash)
        return { ok: false, entries, seq, reason: 'its contents do not match its hash' };
      prev = row.hash;
      expected++;
      entries++;
    }
    if (rows.length < batch) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (head && (Number(head.seq) !== entries || head.hash !== prev)) {
    return {
      ok: false,
      entries,
      seq: entries + 1,
      reason: `the log ends at entry ${entries} but the chain's head says ${head.seq}: entries were removed from the end`,
    };
  }
  return { ok: true, entries };
}
