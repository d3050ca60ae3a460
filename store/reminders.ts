import type { Kysely } from 'kysely';
import { expireRequest, forwardRequest, remindApprovers, remindCertificate } from './follow-up-actions.js';
import { enqueue } from './outbox.js';
import type { Permit } from './permits.js';
import type { Database } from './schema.js';
import { approversFor } from './users.js';

/** The permit's status a reminder kind acts in; in any other, it is claimed and does nothing. */
const ACTS_WHEN: Record<string, string> = {
  return: 'approved',
  overdue: 'approved',
  pending_remind: 'pending',
  pending_forward: 'pending',
  pending_expire: 'pending',
  certificate_due: 'disposed',
};

/**
 * Turns reminders that are due into outbox messages (and requests nobody decided into forwarded or
 * expired ones), each exactly once even with several processes: a reminder is claimed and what it
 * causes is written in one transaction. The due times live in the database, so a restart loses none.
 */
export async function queueDueReminders(db: Kysely<Database>, now = new Date()): Promise<number> {
  const due = await db
    .selectFrom('reminders')
    .select(['id', 'kind', 'permit_id'])
    .where('status', '=', 'pending')
    .where('due_at', '<=', now.toISOString())
    .orderBy('due_at')
    .limit(500)
    .execute();
  let queued = 0;
  for (const r of due) {
    await db.transaction().execute(async (tx) => {
      const claimed = await tx
        .updateTable('reminders')
        .set({ status: 'done', done_at: now.toISOString() })
        .where('id', '=', r.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const permit = await tx.selectFrom('permits').selectAll().where('id', '=', r.permit_id).executeTakeFirst();
      if (!permit || permit.status !== ACTS_WHEN[r.kind]) return;
      await fire(tx, r, permit, now);
      queued++;
    });
  }
  return queued;
}

async function fire(tx: Parameters<typeof forwardRequest>[0], r: { id: string; kind: string }, permit: Permit, now: Date) {
  switch (r.kind) {
    case 'pending_remind':
      return remindApprovers(tx, permit, r.id, now);
    case 'pending_forward':
      return forwardRequest(tx, permit, r.id, now);
    case 'pending_expire':
      return expireRequest(tx, permit, now);
    case 'certificate_due':
      return remindCertificate(tx, permit, r.id, now);
    case 'return':
      return enqueue(
        tx,
        { kind: 'reminder_return', recipientId: permit.requester_id, permitId: permit.id, dedupeKey: `reminder:${r.id}` },
        now,
      );
    default: {
      // Overdue take-outs are reported to the principal (and told to the teacher again).
      for (const p of await approversFor(tx, permit.approver_role, permit.school_id, now)) {
        await enqueue(
          tx,
          { kind: 'reminder_overdue', recipientId: p.id, permitId: permit.id, dedupeKey: `reminder:${r.id}:${p.id}` },
          now,
        );
      }
      await enqueue(
        tx,
        {
          kind: 'reminder_return',
          recipientId: permit.requester_id,
          permitId: permit.id,
          dedupeKey: `reminder:${r.id}:requester`,
        },
        now,
      );
    }
  }
}
