import type { Kysely } from 'kysely';
import { queueDueIncidentTimers } from './incident-timers.js';
import { enqueue } from './outbox.js';
import type { Database } from './schema.js';
import { approversFor } from './users.js';

/**
 * Turns reminders that are due into outbox messages, each exactly once even with several
 * processes: a reminder is claimed and its messages queued in one transaction. The due times
 * live in the database, so a restart loses none.
 */
export async function queueDueReminders(db: Kysely<Database>, now = new Date()): Promise<number> {
  const due = await db
    .selectFrom('reminders')
    .innerJoin('permits', 'permits.id', 'reminders.permit_id')
    .select([
      'reminders.id',
      'reminders.kind',
      'permits.id as permit_id',
      'permits.requester_id',
      'permits.school_id',
      'permits.approver_role',
      'permits.status',
    ])
    .where('reminders.status', '=', 'pending')
    .where('reminders.due_at', '<=', now.toISOString())
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
      if (Number(claimed.numUpdatedRows) !== 1 || r.status !== 'approved') return;
      if (r.kind === 'return') {
        await enqueue(
          tx,
          { kind: 'reminder_return', recipientId: r.requester_id, permitId: r.permit_id, dedupeKey: `reminder:${r.id}` },
          now,
        );
      } else {
        // Overdue take-outs are reported to the principal (and told to the teacher again).
        const principals = await approversFor(tx, r.approver_role, r.school_id, now);
        for (const p of principals) {
          await enqueue(
            tx,
            { kind: 'reminder_overdue', recipientId: p.id, permitId: r.permit_id, dedupeKey: `reminder:${r.id}:${p.id}` },
            now,
          );
        }
        await enqueue(
          tx,
          {
            kind: 'reminder_return',
            recipientId: r.requester_id,
            permitId: r.permit_id,
            dedupeKey: `reminder:${r.id}:requester`,
          },
          now,
        );
      }
      queued++;
    });
  }
  // Incidents' acknowledgement timers run on the same tick.
  return queued + (await queueDueIncidentTimers(db, now));
}
