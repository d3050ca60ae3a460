import type { Kysely } from 'kysely';
import { holdersOf, lockIncident, record, refreshDelivered, stepState, tell, tellNext } from './incident-steps.js';
import type { Database } from './schema.js';

/**
 * Acknowledgement timers that ran out, each handled exactly once even with several processes
 * (claimed in the transaction that queues its messages, like reminders): the step's holders are
 * reminded, the next step of the chain is told, and the reporter hears who has it now. Due times
 * live in the database, so a restart loses none.
 */
export async function queueDueIncidentTimers(db: Kysely<Database>, now = new Date()): Promise<number> {
  const due = await db
    .selectFrom('incident_steps')
    .innerJoin('incidents', 'incidents.id', 'incident_steps.incident_id')
    .select(['incident_steps.incident_id', 'incident_steps.step', 'incident_steps.role'])
    .where('incident_steps.timer', '=', 'pending')
    .where('incident_steps.due_at', '<=', now.toISOString())
    .where('incidents.status', '=', 'open')
    .orderBy('incident_steps.due_at')
    .limit(500)
    .execute();
  let fired = 0;
  for (const timer of due) {
    await db.transaction().execute(async (tx) => {
      const incident = await lockIncident(tx, timer.incident_id);
      if (incident?.status !== 'open') return;
      const claimed = await tx
        .updateTable('incident_steps')
        .set({ timer: 'done' })
        .where('incident_id', '=', timer.incident_id)
        .where('step', '=', timer.step)
        .where('timer', '=', 'pending')
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      for (const holder of await holdersOf(tx, incident, timer.role, now)) {
        await tell(
          tx,
          incident.id,
          {
            kind: 'incident_card',
            recipientId: holder.id,
            dedupeKey: `incident:${incident.id}:reminder:${timer.step}:${holder.id}`,
            payload: { step: timer.step, why: 'reminder' },
          },
          now,
        );
      }
      const told = await tellNext(tx, await stepState(tx, incident), 'escalated', now);
      await record(
        tx,
        incident.id,
        {
          type: told.length > 0 ? 'escalated' : 'reminded',
          actorId: null,
          step: timer.step,
          data: { to: told.map((t) => t.step) },
        },
        now,
      );
      await tell(
        tx,
        incident.id,
        {
          kind: 'incident_notice',
          recipientId: incident.reporter_id,
          dedupeKey: `incident:${incident.id}:overdue:${timer.step}`,
          payload: { why: told.length > 0 ? 'escalated' : 'overdue', step: timer.step, to: told.map((t) => t.step) },
        },
        now,
      );
      await refreshDelivered(tx, incident.id, `overdue-${timer.step}`, now);
      fired++;
    });
  }
  return fired;
}
