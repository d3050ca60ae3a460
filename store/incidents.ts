import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { getPack, routeOf } from '../policy/index.js';
import {
  type Incident,
  type IncidentEvent,
  type IncidentStep,
  lockIncident,
  record,
  refreshDelivered,
  stepState,
  type Told,
  tell,
  tellNext,
} from './incident-steps.js';
import type { Database } from './schema.js';

export { type Incident, type IncidentEvent, type IncidentStep, incidentDetails, kindsOf, type Told } from './incident-steps.js';

export interface NewIncident {
  policy: string;
  schoolId: string | null;
  reporterId: string;
  kinds: string[];
  class: string | null;
  assetId: string | null;
  assetName: string | null;
  what: string;
  occurred: string;
  place?: string;
  affected?: number;
  medium?: string;
  doneAlready?: string;
  permitId?: string;
  answerId?: string;
  language: 'ja' | 'en';
  /** The local demo: the reporter may hold a step of their own report. */
  selfAllowed?: boolean;
  /** The message in the reporter's personal chat that shows the report, to update it as it travels. */
  reporterCard?: { channel: string; conversationId: string; messageId: string };
}

/** The outcome of a change: whether it changed anything (a later click changes nothing), and the steps told. */
export interface Changed {
  changed: boolean;
  incident: Incident | undefined;
  told: Told[];
}

/**
 * Files a report: the incident, its first steps told (with their timers), the timeline, the audit
 * entries and the cards, in one transaction: a crash loses all of it or none.
 */
export async function createIncident(
  db: Kysely<Database>,
  input: NewIncident,
  at = new Date(),
): Promise<{ incident: Incident; told: Told[]; duplicate?: boolean }> {
  const now = at.toISOString();
  return db.transaction().execute(async (tx) => {
    const row: Incident = {
      id: randomUUID(),
      policy: input.policy,
      route: routeOf(getPack(input.policy), input.kinds).id,
      status: 'open',
      school_id: input.schoolId,
      reporter_id: input.reporterId,
      kinds: JSON.stringify(input.kinds),
      class: input.class,
      asset_id: input.assetId,
      asset_name: input.assetName,
      what: input.what,
      occurred: input.occurred,
      place: input.place ?? null,
      affected: input.affected ?? null,
      medium: input.medium ?? null,
      done_already: input.doneAlready ?? null,
      permit_id: input.permitId ?? null,
      answer_id: input.answerId ?? null,
      details: JSON.stringify({ language: input.language, ...(input.selfAllowed ? { selfAllowed: true } : {}) }),
      cause: null,
      prevention: null,
      closed_by: null,
      closed_at: null,
      created_at: now,
      updated_at: now,
    };
    const inserted = await tx
      .insertInto('incidents')
      .values(row)
      .onConflict((oc) => oc.column('answer_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) {
      // This answer was reported already (a double click, a retry): that report stands.
      const first = await tx
        .selectFrom('incidents')
        .selectAll()
        .where('answer_id', '=', input.answerId!)
        .executeTakeFirstOrThrow();
      return { incident: first, told: [], duplicate: true };
    }
    await record(
      tx,
      row.id,
      {
        type: 'reported',
        actorId: input.reporterId,
        data: { route: row.route, kinds: input.kinds, class: input.class, asset: input.assetId, permit: input.permitId ?? null },
      },
      at,
    );
    if (input.reporterCard) {
      await tx
        .insertInto('outbox')
        .values({
          id: randomUUID(),
          dedupe_key: `incident:${row.id}:reported`,
          recipient_id: input.reporterId,
          permit_id: null,
          incident_id: row.id,
          kind: 'incident_reported',
          status: 'sent',
          attempts: 0,
          channel: input.reporterCard.channel,
          conversation_id: input.reporterCard.conversationId,
          activity_id: input.reporterCard.messageId,
          last_error: null,
          created_at: now,
          sent_at: now,
        })
        .execute();
    }
    const told = await tellNext(tx, await stepState(tx, row), 'reported', at);
    return { incident: row, told };
  });
}

export async function getIncident(db: Kysely<Database>, id: string): Promise<Incident | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The steps told so far, in the chain's order. */
export async function incidentSteps(db: Kysely<Database>, id: string): Promise<IncidentStep[]> {
  return db.selectFrom('incident_steps').selectAll().where('incident_id', '=', id).orderBy('position').execute();
}

/** The timeline, oldest first. */
export async function incidentEvents(db: Kysely<Database>, id: string): Promise<IncidentEvent[]> {
  return db.selectFrom('incident_events').selectAll().where('incident_id', '=', id).orderBy('seq').execute();
}

/** Runs a change on an open incident; nothing changes on a closed or unknown one. */
export async function onOpen<T extends Omit<Changed, 'incident'>>(
  db: Kysely<Database>,
  id: string,
  change: (tx: Transaction<Database>, incident: Incident) => Promise<T>,
): Promise<T & { incident: Incident | undefined }> {
  return db.transaction().execute(async (tx) => {
    const incident = await lockIncident(tx, id);
    if (incident?.status !== 'open') return { changed: false, told: [], incident } as never;
    const result = await change(tx, incident);
    const after = await tx.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    return { ...result, incident: after };
  });
}

/**
 * 「受領しました」: the actor acknowledges the steps of theirs that were told and not yet
 * acknowledged. The first acknowledgement of a step wins: of racing clicks, one changes it, one
 * tells the reporter, and its timer stops.
 */
export async function acknowledgeIncident(
  db: Kysely<Database>,
  input: { incidentId: string; actorId: string; steps: string[]; fromMessageId?: string },
  at = new Date(),
): Promise<Changed> {
  return onOpen(db, input.incidentId, async (tx, incident) => {
    const acknowledged = await acknowledge(tx, incident, input.actorId, input.steps, at);
    if (acknowledged.length > 0)
      await refreshDelivered(tx, incident.id, `ack-${acknowledged.join('-')}`, at, input.fromMessageId);
    return { changed: acknowledged.length > 0, told: [] };
  });
}

async function acknowledge(tx: Transaction<Database>, incident: Incident, actorId: string, steps: string[], at: Date) {
  const done: string[] = [];
  for (const step of steps) {
    const result = await tx
      .updateTable('incident_steps')
      .set({ acknowledged_by: actorId, acknowledged_at: at.toISOString() })
      .where('incident_id', '=', incident.id)
      .where('step', '=', step)
      .where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    // Its timer stops; one that already fired stays `done` in the record.
    await tx
      .updateTable('incident_steps')
      .set({ timer: 'cancelled' })
      .where('incident_id', '=', incident.id)
      .where('step', '=', step)
      .where('timer', '=', 'pending')
      .execute();
    const eventId = await record(tx, incident.id, { type: 'acknowledged', actorId, step }, at);
    await tell(
      tx,
      incident.id,
      {
        kind: 'incident_notice',
        recipientId: incident.reporter_id,
        dedupeKey: `incident:${incident.id}:acknowledged:${step}`,
        payload: { why: 'acknowledged', step, event: eventId },
      },
      at,
    );
    done.push(step);
  }
  await tx.updateTable('incidents').set({ updated_at: at.toISOString() }).where('id', '=', incident.id).execute();
  return done;
}

/**
 * 「教育CSIRTに報告」: every remaining step of the chain is told (those that apply to this report),
 * and the actor's own steps count as acknowledged. Racing clicks tell each step once.
 */
export async function forwardIncident(
  db: Kysely<Database>,
  input: { incidentId: string; actorId: string; steps: string[]; fromMessageId?: string },
  at = new Date(),
): Promise<Changed> {
  return onOpen(db, input.incidentId, async (tx, incident) => {
    const acknowledged = await acknowledge(tx, incident, input.actorId, input.steps, at);
    const told = await tellNext(tx, await stepState(tx, incident), 'forwarded', at, { all: true, actorId: input.actorId });
    if (told.length > 0)
      await record(tx, incident.id, { type: 'forwarded', actorId: input.actorId, data: { to: told.map((t) => t.step) } }, at);
    const changed = told.length > 0 || acknowledged.length > 0;
    if (changed)
      await refreshDelivered(
        tx,
        incident.id,
        `fwd-${told.map((t) => t.step).join('-')}-${at.getTime()}`,
        at,
        input.fromMessageId,
      );
    return { changed, told };
  });
}

/**
 * 「対応完了」: closed with its cause and prevention (the CSIRT's record, 4-4(3)); the first close
 * wins, the timers stop, the reporter is told, and every card shows it closed.
 */
export async function closeIncident(
  db: Kysely<Database>,
  input: { incidentId: string; actorId: string; cause: string; prevention: string; fromMessageId?: string },
  at = new Date(),
): Promise<Changed> {
  return onOpen(db, input.incidentId, async (tx, incident) => {
    const result = await tx
      .updateTable('incidents')
      .set({
        status: 'closed',
        cause: input.cause,
        prevention: input.prevention,
        closed_by: input.actorId,
        closed_at: at.toISOString(),
        updated_at: at.toISOString(),
      })
      .where('id', '=', incident.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { changed: false, told: [] };
    await tx
      .updateTable('incident_steps')
      .set({ timer: 'cancelled' })
      .where('incident_id', '=', incident.id)
      .where('timer', '=', 'pending')
      .execute();
    await record(
      tx,
      incident.id,
      {
        type: 'closed',
        actorId: input.actorId,
        data: { cause: input.cause, prevention: input.prevention },
        audit: { cause: input.cause.length, prevention: input.prevention.length },
      },
      at,
    );
    await tell(
      tx,
      incident.id,
      {
        kind: 'incident_notice',
        recipientId: incident.reporter_id,
        dedupeKey: `incident:${incident.id}:closed`,
        payload: { why: 'closed' },
      },
      at,
    );
    await refreshDelivered(tx, incident.id, 'closed', at, input.fromMessageId);
    return { changed: true, told: [] };
  });
}

/**
 * An open take-out of the same teacher for the same information (approved, not yet returned):
 * a report of its loss says so.
 */
export async function openTakeOut(
  db: Kysely<Database>,
  reporterId: string,
  assetId: string | null,
): Promise<{ id: string; purpose: string; created_at: string; return_on: string | null } | undefined> {
  if (!assetId) return undefined;
  return db
    .selectFrom('permits')
    .select(['id', 'purpose', 'created_at', 'return_on'])
    .where('requester_id', '=', reporterId)
    .where('asset_id', '=', assetId)
    .where('status', '=', 'approved')
    .where('return_on', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}
