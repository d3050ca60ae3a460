import { createHash } from 'node:crypto';
import { PostgresAdapter, type Transaction } from 'kysely';
import { auditKeyOf } from './audit-key.js';
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

/** The hash the first entry links to, and the head of an empty chain. */
export const GENESIS = '0'.repeat(64);

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

/** An entry's hash: the one before it, then its own fields, canonically. */
export function hashOf(
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
 * A store opened with an audit key signs the entry and the head (see audit-key.ts).
 */
export async function appendAudit(tx: Transaction<Database>, entry: AuditEntry, at = new Date()): Promise<void> {
  const key = auditKeyOf(tx);
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
    .values({ ...row, prev_hash: head.hash, hash, mac: key?.entryMac(hash) ?? null })
    .execute();
  await tx
    .updateTable('audit_head')
    .set({ seq: row.seq, hash, mac: key?.headMac(row.seq, hash) ?? null })
    .where('id', '=', 1)
    .execute();
}

/** Locks the chain's head row for the rest of the transaction (appends, `audit seal`). */
export async function lockHead(tx: Transaction<Database>): Promise<{ seq: number; hash: string }> {
  // PostgreSQL: row lock. SQLite: the write below takes the database lock; take it first.
  const isPostgres = tx.getExecutor().adapter instanceof PostgresAdapter;
  const query = tx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  if (!isPostgres) await tx.updateTable('audit_head').set({ id: 1 }).where('id', '=', 1).execute();
  const head = await (isPostgres ? query.forUpdate() : query).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}
