import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { packOf } from './records.js';
import type { Database } from './schema.js';

/** Reminder kinds that follow a request while it waits for a decision. */
export const WHILE_PENDING = ['pending_remind', 'pending_forward', 'pending_expire'] as const;

const HOUR = 3_600_000;

/** The date a request is about (its return date, or the end of its period), if it has one. */
export function requestDate(permit: { return_on: string | null; details: string }): string | null {
  if (permit.return_on) return permit.return_on;
  try {
    const until = (JSON.parse(permit.details) as { until?: unknown }).until;
    return typeof until === 'string' ? until : null;
  } catch {
    return null;
  }
}

/** The first instant after a JST calendar day: a request for that day is then too late to decide. */
export function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00+09:00`) + 24 * HOUR).toISOString();
}

/**
 * A new request's follow-ups, in the transaction that files it: the approver is reminded and the
 * request forwarded after the hours the pack sets (pack.yaml `requests`), and it expires once its
 * date has passed. Each fires once (reminders_once: one row per permit and kind).
 */
export async function scheduleFollowUps(
  tx: Transaction<Database>,
  permit: { id: string; policy: string; return_on: string | null; details: string },
  at: Date,
): Promise<void> {
  const settings = packOf(permit.policy)?.meta.requests ?? { remind_after_hours: 24, forward_after_hours: 72 };
  const date = requestDate(permit);
  const rows = [
    { kind: 'pending_remind', due_at: new Date(at.getTime() + settings.remind_after_hours * HOUR).toISOString() },
    { kind: 'pending_forward', due_at: new Date(at.getTime() + settings.forward_after_hours * HOUR).toISOString() },
    ...(date ? [{ kind: 'pending_expire', due_at: dayAfter(date) }] : []),
  ];
  await tx
    .insertInto('reminders')
    .values(rows.map((r) => ({ id: randomUUID(), permit_id: permit.id, status: 'pending', done_at: null, ...r })))
    .execute();
}

/** A request decided, cancelled or expired needs no more follow-ups. */
export async function cancelFollowUps(tx: Transaction<Database>, permitId: string, at: Date): Promise<void> {
  await tx
    .updateTable('reminders')
    .set({ status: 'cancelled', done_at: at.toISOString() })
    .where('permit_id', '=', permitId)
    .where('kind', 'in', [...WHILE_PENDING])
    .where('status', '=', 'pending')
    .execute();
}
