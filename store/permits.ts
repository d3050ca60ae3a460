import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit } from './audit.js';
import { personalConversation } from './conversations.js';
import { enqueue } from './outbox.js';
import { cancelFollowUps, scheduleFollowUps } from './request-follow-ups.js';
import type { Database } from './schema.js';
import { getUser, type User } from './users.js';

export type Permit = Selectable<Database['permits']>;
/** permit: 個別許可; consult: 原則禁止 cases to consult on; exception: 6-3 例外措置. */
export type PermitKind = 'permit' | 'consult' | 'exception';
/** pending → approved | rejected | cancelled | expired (its date passed undecided); approved → returned | disposed. */
export type PermitStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'returned' | 'expired' | 'disposed';

export interface NewPermit {
  kind: PermitKind;
  policy: string;
  schoolId: string | null;
  requesterId: string;
  approverRole: string;
  action: string;
  class: string | null;
  assetId: string | null;
  assetName: string | null;
  decision: string;
  purpose: string;
  destination?: string;
  returnOn?: string;
  details: Record<string, unknown>;
  answerId?: string;
  /** What closes it once approved: a disposal record (2-2(12)); a return date alone means a return. */
  closing?: 'return' | 'disposal';
  /** The message in the requester's personal chat that shows the request (「申請しました」), if known. */
  requesterCard?: { channel: string; conversationId: string; messageId: string };
}

/**
 * The requester's own card is kept with the cards the outbox delivered (kind `submitted`, already
 * sent: it went out as the answer to the form), so it is updated in place like an approval card.
 */
const REQUESTER_CARD = 'submitted';

/** A permit's event and its audit entry, in the caller's transaction. */
export async function recordEvent(
  tx: Transaction<Database>,
  permitId: string,
  type: string,
  actorId: string | null,
  data: Record<string, unknown>,
  at: Date,
) {
  await tx
    .insertInto('permit_events')
    .values({ id: randomUUID(), permit_id: permitId, type, actor_id: actorId, data: JSON.stringify(data), at: at.toISOString() })
    .execute();
  await appendAudit(tx, { actor: actorId ?? 'system', action: `permit.${type}`, subject: `permit:${permitId}`, data }, at);
}

/** Files a request: the permit, its first event, the audit entry and the approvers' cards, at once. */
export async function createPermit(db: Kysely<Database>, input: NewPermit, approvers: User[], at = new Date()): Promise<Permit> {
  const id = randomUUID();
  const now = at.toISOString();
  return db.transaction().execute(async (tx) => {
    const row = {
      id,
      kind: input.kind,
      status: 'pending',
      policy: input.policy,
      school_id: input.schoolId,
      requester_id: input.requesterId,
      approver_role: input.approverRole,
      action: input.action,
      class: input.class,
      asset_id: input.assetId,
      asset_name: input.assetName,
      decision: input.decision,
      purpose: input.purpose,
      destination: input.destination ?? null,
      return_on: input.returnOn ?? null,
      details: JSON.stringify(input.details),
      answer_id: input.answerId ?? null,
      decided_by: null,
      decided_at: null,
      decision_comment: null,
      returned_at: null,
      created_at: now,
      updated_at: now,
      closing: input.closing ?? (input.returnOn ? 'return' : null),
      forwarded_to: null,
      forwarded_at: null,
    };
    await tx.insertInto('permits').values(row).execute();
    // A request nobody decides is reminded, forwarded, and expires with its date (pack.yaml `requests`).
    await scheduleFollowUps(tx, row, at);
    await recordEvent(
      tx,
      id,
      'requested',
      input.requesterId,
      { kind: input.kind, action: input.action, class: input.class, asset: input.assetId, returnOn: input.returnOn ?? null },
      at,
    );
    if (input.requesterCard) {
      await tx
        .insertInto('outbox')
        .values({
          id: randomUUID(),
          dedupe_key: `permit:${id}:${REQUESTER_CARD}`,
          recipient_id: input.requesterId,
          permit_id: id,
          kind: REQUESTER_CARD,
          status: 'sent',
          attempts: 0,
          channel: input.requesterCard.channel,
          conversation_id: input.requesterCard.conversationId,
          activity_id: input.requesterCard.messageId,
          last_error: null,
          created_at: now,
          sent_at: now,
        })
        .execute();
    }
    for (const approver of approvers) {
      await enqueue(
        tx,
        { kind: 'approval', recipientId: approver.id, permitId: id, dedupeKey: `permit:${id}:approval:${approver.id}` },
        at,
      );
    }
    return row;
  });
}

export async function getPermit(db: Kysely<Database>, id: string): Promise<Permit | undefined> {
  return db.selectFrom('permits').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Tell everyone whose card shows a permit that it changed, so each card is updated in place: the
 * approvers' cards, and the requester's own 「申請しました」 card while it is in the chat the
 * notifier reaches them in (else an update would arrive as a new message). `except` is the card
 * the change was made from, which the click itself updates.
 */
export async function refreshDeliveredCards(
  tx: Transaction<Database>,
  permitId: string,
  version: string,
  at: Date,
  except?: string,
) {
  const delivered = await tx
    .selectFrom('outbox')
    .selectAll()
    .where('permit_id', '=', permitId)
    .where('kind', 'in', ['approval', 'reminder_pending', REQUESTER_CARD])
    .where('status', '=', 'sent')
    .execute();
  for (const sent of delivered) {
    if (except && sent.activity_id === except) continue;
    const own = sent.kind === REQUESTER_CARD;
    if (own) {
      const requester = await getUser(tx, sent.recipient_id);
      const reachable = requester ? await personalConversation(tx, requester) : undefined;
      if (!sent.activity_id || reachable?.conversationId !== sent.conversation_id) continue;
    }
    await enqueue(
      tx,
      {
        kind: 'refresh',
        recipientId: sent.recipient_id,
        permitId,
        // An approver may hold two cards of it (the approval and a reminder): each is updated.
        dedupeKey: own
          ? `permit:${permitId}:refresh:${REQUESTER_CARD}:${version}`
          : sent.kind === 'approval'
            ? `permit:${permitId}:refresh:${sent.recipient_id}:${version}`
            : `permit:${permitId}:refresh:${sent.id}:${version}`,
        conversationId: sent.conversation_id ?? undefined,
        activityId: sent.activity_id ?? undefined,
        // The requester's card is re-rendered as theirs (see bot/notify/render-message.ts).
        ...(own ? { payload: { view: 'requester' } } : {}),
      },
      at,
    );
  }
}

/** The morning of a date in Japan (08:00 JST) as an ISO instant. */
export function morningOf(date: string, addDays = 0): string {
  const d = new Date(`${date}T08:00:00+09:00`);
  d.setUTCDate(d.getUTCDate() + addDays);
  return d.toISOString();
}

/**
 * Approves or rejects a pending permit. The first decision wins: the status changes only if it
 * is still pending, in one transaction, so of two racing clicks exactly one changes anything.
 */
export async function decidePermit(
  db: Kysely<Database>,
  input: { permitId: string; actorId: string; approve: boolean; comment?: string },
  at = new Date(),
): Promise<{ changed: boolean; permit: Permit | undefined }> {
  return db.transaction().execute(async (tx) => {
    const status: PermitStatus = input.approve ? 'approved' : 'rejected';
    const result = await tx
      .updateTable('permits')
      .set({
        status,
        decided_by: input.actorId,
        decided_at: at.toISOString(),
        decision_comment: input.comment ?? null,
        updated_at: at.toISOString(),
      })
      .where('id', '=', input.permitId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    const permit = await tx.selectFrom('permits').selectAll().where('id', '=', input.permitId).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1 || !permit) return { changed: false, permit };
    await recordEvent(tx, permit.id, status, input.actorId, { comment: input.comment ?? null }, at);
    await cancelFollowUps(tx, permit.id, at);
    await enqueue(
      tx,
      { kind: 'decision', recipientId: permit.requester_id, permitId: permit.id, dedupeKey: `permit:${permit.id}:decision` },
      at,
    );
    await refreshDeliveredCards(tx, permit.id, status, at);
    if (input.approve && permit.return_on) {
      // 2-2(8)①: the take-out record is followed until the item is back.
      await tx
        .insertInto('reminders')
        .values([
          {
            id: randomUUID(),
            permit_id: permit.id,
            kind: 'return',
            due_at: morningOf(permit.return_on),
            status: 'pending',
            done_at: null,
          },
          {
            id: randomUUID(),
            permit_id: permit.id,
            kind: 'overdue',
            due_at: morningOf(permit.return_on, 1),
            status: 'pending',
            done_at: null,
          },
        ])
        .execute();
    }
    return { changed: true, permit };
  });
}

/** Who closes a permit, and the card they pressed the button on (updated by the click itself). */
interface CloseInput {
  permitId: string;
  actorId: string;
  fromMessageId?: string;
}

/** The requester withdraws a pending request. */
export async function cancelPermit(db: Kysely<Database>, input: CloseInput, at = new Date()) {
  return closeAs(db, input, 'pending', 'cancelled', at);
}

/** 「返却しました」: an approved take-out is back; its reminders stop. A disposal is closed by its record instead. */
export async function markReturned(db: Kysely<Database>, input: CloseInput, at = new Date()) {
  return closeAs(db, input, 'approved', 'returned', at);
}

async function closeAs(db: Kysely<Database>, input: CloseInput, from: PermitStatus, to: PermitStatus, at: Date) {
  return db.transaction().execute(async (tx) => {
    let update = tx
      .updateTable('permits')
      .set({ status: to, updated_at: at.toISOString(), ...(to === 'returned' ? { returned_at: at.toISOString() } : {}) })
      .where('id', '=', input.permitId)
      .where('status', '=', from)
      .where('requester_id', '=', input.actorId);
    if (to === 'returned') update = update.where('return_on', 'is not', null);
    const result = await update.executeTakeFirst();
    const permit = await tx.selectFrom('permits').selectAll().where('id', '=', input.permitId).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1 || !permit) return { changed: false, permit };
    await recordEvent(tx, permit.id, to, input.actorId, {}, at);
    await tx
      .updateTable('reminders')
      .set({ status: 'cancelled', done_at: at.toISOString() })
      .where('permit_id', '=', permit.id)
      .where('status', '=', 'pending')
      .execute();
    await refreshDeliveredCards(tx, permit.id, to, at, input.fromMessageId);
    return { changed: true, permit };
  });
}

/**
 * mamoru itself withdraws a pending request that no longer needs a decision (its scan finding was
 * resolved, its requester left): cancelled with the reason as its comment, the requester told, the
 * cards already delivered updated. Runs in the caller's transaction; false when it was no longer pending.
 */
export async function withdrawRequest(
  tx: Transaction<Database>,
  permit: Pick<Permit, 'id' | 'requester_id'>,
  reason: string,
  at = new Date(),
): Promise<boolean> {
  const result = await tx
    .updateTable('permits')
    .set({ status: 'cancelled', decision_comment: reason, decided_at: at.toISOString(), updated_at: at.toISOString() })
    .where('id', '=', permit.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await recordEvent(tx, permit.id, 'withdrawn', null, { reason }, at);
  await cancelFollowUps(tx, permit.id, at);
  await enqueue(
    tx,
    { kind: 'decision', recipientId: permit.requester_id, permitId: permit.id, dedupeKey: `permit:${permit.id}:withdrawn` },
    at,
  );
  await refreshDeliveredCards(tx, permit.id, 'withdrawn', at);
  return true;
}

/**
 * Withdraws pending requests about a scan finding that no longer needs one (its file was deleted,
 * moved or reclassified): each is cancelled by mamoru itself with the reason as its comment, the
 * requester is told, and the cards already delivered are updated. Runs in the caller's transaction.
 */
export async function withdrawFindingRequests(
  tx: Transaction<Database>,
  findingId: string,
  reason: string,
  at = new Date(),
): Promise<number> {
  const pending = await tx
    .selectFrom('permits')
    .select(['id', 'requester_id'])
    .where('asset_id', '=', `finding:${findingId}`)
    .where('status', '=', 'pending')
    .execute();
  let withdrawn = 0;
  for (const permit of pending) if (await withdrawRequest(tx, permit, reason, at)) withdrawn++;
  return withdrawn;
}
