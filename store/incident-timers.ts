import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { holdersOf, lockIncident, record, refreshDelivered, stepState, tell, tellNext } from './incident-steps.js';
import type { Database } from './schema.js';

interface Timer {
  incident_id: string;
  step: string;
  role: string;
}

/**
 * Acknowledgement timers that ran out, each handled exactly once even with several processes
 * (claimed in the transaction that queues its messages, like reminders): the step's holders are
 * reminded, the next step of the chain is told, and the reporter hears who has it now. A step
 * whose cards could not be delivered to anyone (Google Chat finds a person's chat only when it
 * sends) does not wait for its time: the next step is told on the next tick. Due times live in
 * the database, so a restart loses none.
 */
export async function queueDueIncidentTimers(db: Kysely<Database>, now = new Date()): Promise<number> {
  const open = db
    .selectFrom('incident_steps')
    .innerJoin('incidents', 'incidents.id', 'incident_steps.incident_id')
    .select(['incident_steps.incident_id', 'incident_steps.step', 'incident_steps.role'])
    .where('incident_steps.timer', '=', 'pending')
    .where('incidents.status', '=', 'open');
  const due = await open
    .where('incident_steps.due_at', '<=', now.toISOString())
    .orderBy('incident_steps.due_at')
    .limit(500)
    .execute();
  // The step's cards, by their dedupe key (incident:ID:card:STEP:USER): all given up, none on its way.
  const cards = (statuses: string[]) => (eb: ExpressionBuilder<Database, 'incident_steps' | 'incidents'>) =>
    eb.exists(
      eb
        .selectFrom('outbox')
        .select('outbox.id')
        .whereRef('outbox.incident_id', '=', 'incident_steps.incident_id')
        .where('outbox.kind', '=', 'incident_card')
        .where(
          'outbox.dedupe_key',
          'like',
          sql<string>`'incident:' || incident_steps.incident_id || ':card:' || incident_steps.step || ':%'`,
        )
        .where('outbox.status', 'in', statuses),
    );
  const undelivered = await open
    .where(cards(['undeliverable', 'failed']))
    .where((eb) => eb.not(cards(['pending', 'sending', 'sent'])(eb)))
    .limit(500)
    .execute();
  let fired = 0;
  for (const timer of due) if (await fire(db, timer, 'overdue', now)) fired++;
  for (const timer of undelivered) if (await fire(db, timer, 'undelivered', now)) fired++;
  return fired;
}

/** One timer, claimed and handled in one transaction; false when another tick or a click came first. */
async function fire(db: Kysely<Database>, timer: Timer, why: 'overdue' | 'undelivered', now: Date): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const incident = await lockIncident(tx, timer.incident_id);
    if (incident?.status !== 'open') return false;
    const claimed = await tx
      .updateTable('incident_steps')
      .set({ timer: 'done' })
      .where('incident_id', '=', timer.incident_id)
      .where('step', '=', timer.step)
      .where('timer', '=', 'pending')
      .where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    if (why === 'overdue') {
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
    }
    const told = await tellNext(tx, await stepState(tx, incident), why === 'overdue' ? 'escalated' : 'unreachable', now);
    const type = why === 'undelivered' ? 'undelivered' : told.length > 0 ? 'escalated' : 'reminded';
    await record(tx, incident.id, { type, actorId: null, step: timer.step, data: { to: told.map((t) => t.step) } }, now);
    await tell(
      tx,
      incident.id,
      {
        kind: 'incident_notice',
        recipientId: incident.reporter_id,
        dedupeKey: `incident:${incident.id}:${why}:${timer.step}`,
        payload: {
          why: why === 'undelivered' ? 'undelivered' : told.length > 0 ? 'escalated' : 'overdue',
          step: timer.step,
          to: told.map((t) => t.step),
        },
      },
      now,
    );
    await refreshDelivered(tx, incident.id, `${why}-${timer.step}`, now);
    return true;
  });
}
