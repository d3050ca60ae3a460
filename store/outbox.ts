import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
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
  | 'finding_owner'
  // A request nobody decided: the approvers reminded, the requester told it went on or expired.
  | 'reminder_pending'
  | 'forwarded'
  | 'expired'
  // A contractor's disposal certificate not received by its due date.
  | 'certificate_due'
  // 2-2(4)③: the principal asked to decide a class; the teacher told the decision.
  | 'class_question'
  | 'class_decided'
  // 4-1(5): a person the roster no longer lists, and what is still open in their name.
  | 'staff_left'
  // Incidents (bot/features/incidents): a chain member's card, a notice to the reporter, the
  // reporter's own card (recorded as sent, to be updated), and an update of a delivered card.
  | 'incident_card'
  | 'incident_notice'
  | 'incident_reported'
  | 'incident_refresh';

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
    incidentId?: string;
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
      ...(message.incidentId ? { incident_id: message.incidentId } : {}),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export const MAX_ATTEMPTS = 5;

export async function pendingMessages(db: Kysely<Database>, limit = 50): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().where('status', '=', 'pending').orderBy('created_at').limit(limit).execute();
}

/**
 * A message taken for sending: by whom (an instance id) and as which attempt. The attempt is the
 * fence: a write from an older claim of the same message (a sender that outlived its lease)
 * matches no row.
 */
export interface Claim {
  id: string;
  owner: string;
  attempt: number;
}

/**
 * Takes a pending message for `leaseMs`; undefined when another process took it first. Until the
 * lease ends nobody else takes it back, so the sender must finish (or give up) well before.
 */
export async function claim(
  db: Kysely<Database>,
  row: Pick<OutboxRow, 'id' | 'attempts'>,
  owner: string,
  leaseMs: number,
  now = new Date(),
): Promise<Claim | undefined> {
  const attempt = row.attempts + 1;
  const result = await db
    .updateTable('outbox')
    .set({
      status: 'sending',
      attempts: attempt,
      claimed_by: owner,
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
    })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? { id: row.id, owner, attempt } : undefined;
}

/** The row is still this claim's: nobody took it back after its lease ran out. */
const held = (c: Claim) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb.and([eb('id', '=', c.id), eb('status', '=', 'sending'), eb('claimed_by', '=', c.owner), eb('attempts', '=', c.attempt)]);

/** Records the delivery; false when the claim was lost (its lease ran out and it was taken back). */
export async function markSent(
  db: Kysely<Database>,
  c: Claim,
  sent: { channel: string; conversationId: string; activityId?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      sent_at: new Date().toISOString(),
      lease_until: null,
      channel: sent.channel,
      conversation_id: sent.conversationId,
      activity_id: sent.activityId ?? null,
    })
    .where(held(c))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A failed send goes back to the queue until MAX_ATTEMPTS; `final` gives up at once. Nothing
 * changes when the claim was lost (another process has the message now).
 */
export async function markFailed(db: Kysely<Database>, c: Claim, error: string, final = false): Promise<boolean> {
  const giveUp = final || c.attempt >= MAX_ATTEMPTS;
  const result = await db
    .updateTable('outbox')
    .set({
      status: giveUp ? (final ? 'undeliverable' : 'failed') : 'pending',
      lease_until: null,
      last_error: error.slice(0, 1000),
    })
    .where(held(c))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes back the messages whose sender is gone (its lease ran out: a crash or a kill mid-send),
 * and only those: a message another live process is sending keeps its claim. A message whose
 * senders died MAX_ATTEMPTS times is given up, so one that crashes every sender stops there.
 * `claimed_by` stays as the last owner, for the record. Rows claimed before leases existed have none.
 */
export async function requeueExpired(db: Kysely<Database>, now = new Date()): Promise<{ requeued: number; failed: number }> {
  const expired = (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.and([eb('status', '=', 'sending'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())])]);
  const lastError = 'its sender stopped before finishing (claim expired)';
  const failed = await db
    .updateTable('outbox')
    .set({ status: 'failed', lease_until: null, last_error: lastError })
    .where(expired)
    .where('attempts', '>=', MAX_ATTEMPTS)
    .executeTakeFirst();
  const requeued = await db
    .updateTable('outbox')
    .set({ status: 'pending', lease_until: null, last_error: lastError })
    .where(expired)
    .executeTakeFirst();
  return { requeued: Number(requeued.numUpdatedRows), failed: Number(failed.numUpdatedRows) };
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

/** How the last message to this person ended: sent, undeliverable, or undefined when none has ended yet. */
export async function lastDelivery(db: Kysely<Database>, recipientId: string): Promise<'sent' | 'undeliverable' | undefined> {
  const last = await db
    .selectFrom('outbox')
    .select('status')
    .where('recipient_id', '=', recipientId)
    .where('status', 'in', ['sent', 'undeliverable'])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return last ? (last.status as 'sent' | 'undeliverable') : undefined;
}

/** A scan digest, only if it was sent to this person (a card's digest id is checked like any other id). */
export async function digestSentTo(db: Kysely<Database>, digestId: string, recipientId: string): Promise<OutboxRow | undefined> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('id', '=', digestId)
    .where('kind', '=', 'finding_digest')
    .where('recipient_id', '=', recipientId)
    .executeTakeFirst();
}
