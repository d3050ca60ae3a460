import type { Transaction } from 'kysely';
import { enqueue } from './outbox.js';
import { decidersOf } from './permit-lists.js';
import { type Permit, recordEvent, refreshDeliveredCards } from './permits.js';
import { packOf } from './records.js';
import { cancelFollowUps, requestDate } from './request-follow-ups.js';
import type { Database } from './schema.js';
import { approversFor, type User } from './users.js';

/** Everyone who may decide it now gets a reminder card (with the buttons): it has waited too long. */
export async function remindApprovers(tx: Transaction<Database>, permit: Permit, reminderId: string, now: Date) {
  for (const approver of await decidersOf(tx, permit, now)) {
    if (approver.id === permit.requester_id) continue;
    await enqueue(
      tx,
      {
        kind: 'reminder_pending',
        recipientId: approver.id,
        permitId: permit.id,
        dedupeKey: `reminder:${reminderId}:${approver.id}`,
      },
      now,
    );
  }
}

/** Those who have had the approval card already (to send it only to the new ones). */
async function alreadyAsked(tx: Transaction<Database>, permitId: string): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('outbox')
    .select('recipient_id')
    .where('permit_id', '=', permitId)
    .where('kind', '=', 'approval')
    .execute();
  return new Set(rows.map((r) => r.recipient_id));
}

/**
 * Nobody decided in time: the request goes to the approver's delegate for today (one who has not
 * had it yet), or else to the role the pack names next (教頭, the board), who may then decide it
 * too. The requester is told where it went; their card shows it. Without anyone to go to, the
 * approvers are reminded once more. Returns who it went to.
 */
export async function forwardRequest(
  tx: Transaction<Database>,
  permit: Permit,
  reminderId: string,
  now: Date,
): Promise<{ role: string | null; to: User[] }> {
  const asked = await alreadyAsked(tx, permit.id);
  const fresh = (users: User[]) => users.filter((u) => u.id !== permit.requester_id && !asked.has(u.id));
  const delegates = fresh(await approversFor(tx, permit.approver_role, permit.school_id, now));
  let role: string | null = null;
  let to = delegates;
  if (to.length === 0) {
    const next = packOf(permit.policy)?.meta.requests.forward_to[permit.approver_role as never] as string | undefined;
    if (next) {
      to = fresh(await approversFor(tx, next, permit.school_id, now));
      if (to.length > 0) role = next;
    }
  }
  if (to.length === 0) {
    await remindApprovers(tx, permit, reminderId, now);
    await recordEvent(tx, permit.id, 'forward_failed', null, { reason: 'nobody to forward to' }, now);
    return { role: null, to: [] };
  }
  // forwarded_to names the role it went on to; a delegate of the approver needs none (they decide anyway).
  await tx
    .updateTable('permits')
    .set({ forwarded_to: role, forwarded_at: now.toISOString(), updated_at: now.toISOString() })
    .where('id', '=', permit.id)
    .where('status', '=', 'pending')
    .execute();
  await recordEvent(tx, permit.id, 'forwarded', null, { role: role ?? 'delegate', to: to.map((u) => u.id) }, now);
  for (const user of to) {
    await enqueue(
      tx,
      { kind: 'approval', recipientId: user.id, permitId: permit.id, dedupeKey: `permit:${permit.id}:approval:${user.id}` },
      now,
    );
  }
  await enqueue(
    tx,
    { kind: 'forwarded', recipientId: permit.requester_id, permitId: permit.id, dedupeKey: `permit:${permit.id}:forwarded` },
    now,
  );
  await refreshDeliveredCards(tx, permit.id, 'forwarded', now);
  return { role, to };
}

/**
 * A request whose date (return date, end of the period) has passed undecided is closed as expired,
 * not left pending: the requester is told, the approvers' cards lose their buttons. A decision in
 * the same moment wins or loses as a whole (the status changes only while pending).
 */
export async function expireRequest(tx: Transaction<Database>, permit: Permit, now: Date): Promise<boolean> {
  const result = await tx
    .updateTable('permits')
    .set({ status: 'expired', decided_at: now.toISOString(), updated_at: now.toISOString() })
    .where('id', '=', permit.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await recordEvent(tx, permit.id, 'expired', null, { date: requestDate(permit) }, now);
  await cancelFollowUps(tx, permit.id, now);
  await enqueue(
    tx,
    { kind: 'expired', recipientId: permit.requester_id, permitId: permit.id, dedupeKey: `permit:${permit.id}:expired` },
    now,
  );
  await refreshDeliveredCards(tx, permit.id, 'expired', now);
  return true;
}

/** A contractor's certificate (完了証明書) not received by its due date: the requester and the approvers are told. */
export async function remindCertificate(tx: Transaction<Database>, permit: Permit, reminderId: string, now: Date) {
  const disposal = await tx
    .selectFrom('disposal_records')
    .select(['certificate_received_at', 'contractor'])
    .where('permit_id', '=', permit.id)
    .executeTakeFirst();
  if (!disposal?.contractor || disposal.certificate_received_at) return;
  const recipients = [permit.requester_id, ...(await decidersOf(tx, permit, now)).map((u) => u.id)];
  for (const id of new Set(recipients)) {
    await enqueue(
      tx,
      { kind: 'certificate_due', recipientId: id, permitId: permit.id, dedupeKey: `reminder:${reminderId}:${id}` },
      now,
    );
  }
}
