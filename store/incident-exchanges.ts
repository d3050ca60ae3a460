import type { Kysely } from 'kysely';
import { record, refreshDelivered, tell } from './incident-steps.js';
import { type Changed, onOpen } from './incidents.js';
import type { Database } from './schema.js';

/** Questions to the reporter and their answers: the texts are kept with the timeline (the record needs them). */

/** 「追加情報を依頼」: the reporter is asked, with the question shown as typed. */
export async function requestIncidentInfo(
  db: Kysely<Database>,
  input: { incidentId: string; actorId: string; question: string; fromMessageId?: string },
  at = new Date(),
): Promise<Changed> {
  return onOpen(db, input.incidentId, async (tx, incident) => {
    const eventId = await record(
      tx,
      incident.id,
      {
        type: 'info_requested',
        actorId: input.actorId,
        data: { text: input.question },
        audit: { length: input.question.length },
      },
      at,
    );
    await tell(
      tx,
      incident.id,
      {
        kind: 'incident_notice',
        recipientId: incident.reporter_id,
        dedupeKey: `incident:${incident.id}:info_requested:${eventId}`,
        payload: { why: 'info_requested', event: eventId },
      },
      at,
    );
    await refreshDelivered(tx, incident.id, eventId, at, input.fromMessageId);
    return { changed: true, told: [] };
  });
}

/** The reporter's answer to a request for information: those who asked are told. */
export async function addIncidentInfo(
  db: Kysely<Database>,
  input: { incidentId: string; reporterId: string; text: string; fromMessageId?: string },
  at = new Date(),
): Promise<Changed> {
  return onOpen(db, input.incidentId, async (tx, incident) => {
    if (incident.reporter_id !== input.reporterId) return { changed: false, told: [] };
    const eventId = await record(
      tx,
      incident.id,
      { type: 'info_added', actorId: input.reporterId, data: { text: input.text }, audit: { length: input.text.length } },
      at,
    );
    const askers = await tx
      .selectFrom('incident_events')
      .select('actor_id')
      .distinct()
      .where('incident_id', '=', incident.id)
      .where('type', '=', 'info_requested')
      .execute();
    for (const { actor_id } of askers) {
      if (!actor_id) continue;
      await tell(
        tx,
        incident.id,
        {
          kind: 'incident_card',
          recipientId: actor_id,
          dedupeKey: `incident:${incident.id}:info_added:${eventId}:${actor_id}`,
          payload: { why: 'info_added', event: eventId },
        },
        at,
      );
    }
    await refreshDelivered(tx, incident.id, eventId, at, input.fromMessageId);
    return { changed: true, told: [] };
  });
}
