import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type OutboxRow = Selectable<Database['outbox']>;

/** approval: the approver's card; submitted: the requester's own card (recorded as sent when the
 * request is filed, so it can be updated); decision: the requester is told; refresh: an approval
 * or submitted card is updated to the current state; reminder_*: reminders from the reminders table. */
export type OutboxKind =
  | 'approval'
  | 'submitted'
  | 'decision'
  | 'refresh'
  | 'reminder_return'
  | 'reminder_overdue'
  | 'finding_digest'
  | 'finding_owner';

/**
 * Queues a notification in the same transaction as the change it announces, so a crash can
 * neither lose it nor queue it twice (the dedupe key is unique).
 */
export async function enqueue(
  tx: Transaction<Database>,
  message: {
    kind: OutboxKind;
    recipientId: string;
    permitId?: string;
    dedupeKey: string;
    conversationId?: string;
    activityId?: string;
    payload?: Record<string, unknown>;
  },
  at = new Date(),
): Promise<void> {
  await tx
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      dedupe_key: message.dedupeKey,
      recipient_id: message.recipientId,
      permit_id: message.permitId ?? null,
      kind: message.kind,
      status: 'pending',
      attempts: 0,
      channel: null,
      conversation_id: message.conversationId ?? null,
      activity_id: message.activityId ?? null,
      last_error: null,
      created_at: at.toISOString(),
      sent_at: null,
      ...(message.payload ? { payload: JSON.stringify(message.payload) } : {}),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export const MAX_ATTEMPTS = 5;

export async function pendingMessages(db: Kysely<Database>, limit = 50): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('status', '=', 'pending').orderBy('created_at').limit(limit).execute();
}

/** Takes a message for sending; false when another process took it first. */
export async function claim(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markSent(
  db: Kysely<Database>,
  id: string,
  sent: { channel: string; conversationId: string; activityId?: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      sent_at: new Date().toISOString(),
      channel: sent.channel,
      conversation_id: sent.conversationId,
      activity_id: sent.activityId ?? null,
    })
    .where('id', '=', id)
    .execute();
}

/** A failed send goes back to the queue until MAX_ATTEMPTS; `final` gives up at once. */
export async function markFailed(db: Kysely<Database>, row: OutboxRow, error: string, final = false): Promise<void> {
  const giveUp = final || row.attempts + 1 >= MAX_ATTEMPTS;
  await db
    .updateTable('outbox')
    .set({ status: giveUp ? (final ? 'undeliverable' : 'failed') : 'pending', last_error: error.slice(0, 1000) })
    .where('id', '=', row.id)
    .execute();
}

/** Messages interrupted mid-send by a crash go back to the queue on start-up. */
export async function requeueInterrupted(db: Kysely<Database>): Promise<number> {
  const result = await db.updateTable('outbox').set({ status: 'pending' }).where('status', '=', 'sending').executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The approval cards already delivered for a permit (to update them when it is decided). */
export async function deliveredApprovals(db: Kysely<Database>, permitId: string): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('permit_id', '=', permitId)
    .where('kind', '=', 'approval')
    .where('status', '=', 'sent')
    .execute();
}
