import { randomUUID } from 'node:crypto';
import { type Kysely, PostgresAdapter, type Selectable, type Transaction } from 'kysely';
import {
  acknowledgeBy,
  type ChainRoute,
  type ChainStep,
  type ClassId,
  getPack,
  type Pack,
  routeById,
  stepsFor,
} from '../policy/index.js';
import { appendAudit } from './audit.js';
import { personalConversation } from './conversations.js';
import { enqueue, type OutboxKind } from './outbox.js';
import type { Database } from './schema.js';
import { approversFor, getUser, type User } from './users.js';

export type Incident = Selectable<Database['incidents']>;
export type IncidentStep = Selectable<Database['incident_steps']>;
export type IncidentEvent = Selectable<Database['incident_events']>;
type Db = Kysely<Database> | Transaction<Database>;

/** Roles held per school (the principal, the school's staff); the others are the board's. */
const BOARD_ROLES = new Set(['board_security', 'ciso', 'csirt']);

/** The incident's details column, read leniently (an unreadable one reads as Japanese). */
export function incidentDetails(incident: Pick<Incident, 'details'>): {
  language: 'ja' | 'en';
  selfAllowed?: boolean;
} {
  try {
    const d = JSON.parse(incident.details) as { language?: string; selfAllowed?: boolean };
    return { language: d.language === 'en' ? 'en' : 'ja', selfAllowed: d.selfAllowed === true };
  } catch {
    return { language: 'ja' };
  }
}

export const kindsOf = (incident: Pick<Incident, 'kinds'>): string[] => {
  try {
    const kinds = JSON.parse(incident.kinds) as unknown;
    return Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * Who holds a role for this incident today: the principal of its school (and their delegates),
 * a school role at its school, a board role anywhere. The reporter is not told of their own
 * report (a principal's report goes on to the board), unless the local demo allows it.
 */
export async function holdersOf(db: Db, incident: Incident, role: string, at: Date): Promise<User[]> {
  let holders: User[];
  if (role === 'principal' || BOARD_ROLES.has(role)) holders = await approversFor(db, role, incident.school_id, at);
  else if (!incident.school_id) holders = [];
  else
    holders = await db
      .selectFrom('users')
      .selectAll()
      .where('active', '=', 1)
      .where('role', '=', role)
      .where('school_id', '=', incident.school_id)
      .execute();
  return incidentDetails(incident).selfAllowed ? holders : holders.filter((u) => u.id !== incident.reporter_id);
}

/**
 * The incident, locked for the rest of the transaction: every change to one incident (a click, a
 * timer, another process's click) takes this lock first, so they run one after another and never
 * wait on each other's rows in opposite orders.
 */
export async function lockIncident(tx: Transaction<Database>, id: string): Promise<Incident | undefined> {
  const query = tx.selectFrom('incidents').selectAll().where('id', '=', id);
  if (tx.getExecutor().adapter instanceof PostgresAdapter) return query.forUpdate().executeTakeFirst();
  // SQLite: a write takes the database's lock now, not at the transaction's first write.
  await tx.updateTable('incidents').set({ id }).where('id', '=', id).execute();
  return query.executeTakeFirst();
}

/** Whether mamoru can bring a card to this person: a personal chat it knows, or Google Chat (found at send time). */
export async function reachable(db: Db, user: User): Promise<boolean> {
  return Boolean(user.google_user_id) || (await personalConversation(db, user)) !== undefined;
}

/** A step of the timeline, and its audit entry (ids and counts only: what people typed stays out of the log). */
export async function record(
  tx: Transaction<Database>,
  incidentId: string,
  event: { type: string; actorId: string | null; step?: string; data?: Record<string, unknown>; audit?: Record<string, unknown> },
  at: Date,
): Promise<string> {
  const id = randomUUID();
  // The audit entry first: it locks the chain's head until the transaction ends, so the events of
  // one incident are numbered in the order their transactions commit.
  await appendAudit(
    tx,
    {
      actor: event.actorId ?? 'system',
      action: `incident.${event.type}`,
      subject: `incident:${incidentId}`,
      data: { ...(event.step ? { step: event.step } : {}), ...(event.audit ?? event.data ?? {}) },
    },
    at,
  );
  const last = await tx
    .selectFrom('incident_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  await tx
    .insertInto('incident_events')
    .values({
      id,
      incident_id: incidentId,
      seq: Number(last?.seq ?? 0) + 1,
      type: event.type,
      actor_id: event.actorId,
      step: event.step ?? null,
      data: JSON.stringify(event.data ?? {}),
      at: at.toISOString(),
    })
    .execute();
  return id;
}

/** Queues a message about an incident in the caller's transaction. */
export function tell(
  tx: Transaction<Database>,
  incidentId: string,
  message: {
    kind: OutboxKind;
    recipientId: string;
    dedupeKey: string;
    payload?: Record<string, unknown>;
    conversationId?: string;
    activityId?: string;
  },
  at: Date,
): Promise<void> {
  return enqueue(tx, { ...message, incidentId }, at);
}

/** What telling a step came to: whom, and whether nobody in it can be reached through mamoru. */
export interface Told {
  step: string;
  role: string;
  how: string;
  holders: User[];
  /** Holders mamoru cannot bring a card to (they never added it). */
  unreachable: User[];
}

export interface StepState {
  pack: Pack;
  incident: Incident;
  route: ChainRoute;
  /** The steps of its route that apply to it, in order. */
  applicable: ChainStep[];
  told: IncidentStep[];
}

export async function stepState(db: Db, incident: Incident): Promise<StepState> {
  const pack = getPack(incident.policy);
  const route = routeById(pack, incident.route);
  const applicable = stepsFor(pack, route, { class: incident.class as ClassId | null, kinds: kindsOf(incident) });
  const told = await db
    .selectFrom('incident_steps')
    .selectAll()
    .where('incident_id', '=', incident.id)
    .orderBy('position')
    .execute();
  return { pack, incident, route, applicable, told };
}

/**
 * Tells the next steps of the chain, in one transaction with the change that causes it: the
 * step's row (with its acknowledgement timer), the timeline, and a card for each holder. A step
 * whose only holder is the reporter is passed (they know); a step nobody can be reached in is
 * told all the same (the record shows it) and the one after it is told at once.
 *
 * `how`: reported (the first step), forwarded (someone in the chain sent it on), escalated (not
 * acknowledged in time), unreachable (the step before could not be reached). `upTo`: tell every remaining step (forwarded) or only the next (the others).
 */
export async function tellNext(
  tx: Transaction<Database>,
  state: StepState,
  how: 'reported' | 'forwarded' | 'escalated' | 'unreachable',
  at: Date,
  /** `all`: tell every remaining step (forwarded), not only the next; `actorId`: who sent it on. */
  options: { all?: boolean; actorId?: string | null } = {},
): Promise<Told[]> {
  const { pack, incident } = state;
  const told = new Set(state.told.map((s) => s.step));
  const remaining = state.applicable.filter((s) => !told.has(s.id));
  const results: Told[] = [];
  let reason: string = how;
  // The step before, for a card that says why it comes (「校長が時間内に受領しなかったため」).
  let from = state.told.at(-1)?.step;
  for (const step of remaining) {
    const position = state.route.steps.findIndex((s) => s.id === step.id);
    const holders = await holdersOf(tx, incident, step.role, at);
    const self =
      holders.length === 0 &&
      !incidentDetails(incident).selfAllowed &&
      (await approversFor(tx, step.role, incident.school_id, at)).some((u) => u.id === incident.reporter_id);
    const inserted = await tx
      .insertInto('incident_steps')
      .values({
        incident_id: incident.id,
        step: step.id,
        position,
        role: step.role,
        told_at: at.toISOString(),
        told_how: self ? 'self' : reason,
        due_at: acknowledgeBy(pack, at, step.acknowledge_minutes).toISOString(),
        timer: self ? 'cancelled' : 'pending',
        acknowledged_by: self ? incident.reporter_id : null,
        acknowledged_at: self ? at.toISOString() : null,
      })
      .onConflict((oc) => oc.columns(['incident_id', 'step']).doNothing())
      .executeTakeFirst();
    // Another click or process told this step first: it is theirs to report.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) continue;
    state.told.push(
      (await tx
        .selectFrom('incident_steps')
        .selectAll()
        .where('incident_id', '=', incident.id)
        .where('step', '=', step.id)
        .executeTakeFirst())!,
    );
    if (self) {
      // The reporter holds this step (a principal's own report): they know; it goes on.
      await record(
        tx,
        incident.id,
        { type: 'passed', actorId: incident.reporter_id, step: step.id, data: { role: step.role } },
        at,
      );
      continue;
    }
    const unreachable: User[] = [];
    for (const holder of holders) {
      if (!(await reachable(tx, holder))) unreachable.push(holder);
      await tell(
        tx,
        incident.id,
        {
          kind: 'incident_card',
          recipientId: holder.id,
          dedupeKey: `incident:${incident.id}:card:${step.id}:${holder.id}`,
          payload: { step: step.id, why: reason, ...(from && reason !== 'reported' ? { from } : {}) },
        },
        at,
      );
    }
    await record(
      tx,
      incident.id,
      {
        type: 'told',
        actorId: options.actorId ?? null,
        step: step.id,
        data: { role: step.role, how: reason, holders: holders.length, unreachable: unreachable.length },
      },
      at,
    );
    results.push({ step: step.id, role: step.role, how: reason, holders, unreachable });
    from = step.id;
    if (options.all) continue;
    if (holders.length > unreachable.length) break;
    // Nobody here can be reached through mamoru: the next step is told now, and this one's timer
    // has nothing left to do.
    await tx
      .updateTable('incident_steps')
      .set({ timer: 'done' })
      .where('incident_id', '=', incident.id)
      .where('step', '=', step.id)
      .execute();
    reason = 'unreachable';
  }
  return results;
}

/**
 * The cards already delivered about an incident (the chain's cards, the reporter's own card) are
 * updated in place to its state now. `version` makes each update once; `except` is the card the
 * change was made from, which the click itself updates.
 */
export async function refreshDelivered(
  tx: Transaction<Database>,
  incidentId: string,
  version: string,
  at: Date,
  except?: string,
): Promise<void> {
  const delivered = await tx
    .selectFrom('outbox')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('kind', 'in', ['incident_card', 'incident_reported'])
    .where('status', '=', 'sent')
    .execute();
  for (const sent of delivered) {
    if (!sent.activity_id || (except && sent.activity_id === except)) continue;
    const own = sent.kind === 'incident_reported';
    if (own) {
      // The reporter's card is updated only in the chat the notifier reaches them in (else it would arrive as a new message).
      const reporter = await getUser(tx, sent.recipient_id);
      const reached = reporter ? await personalConversation(tx, reporter) : undefined;
      if (reached?.conversationId !== sent.conversation_id) continue;
    }
    await tell(
      tx,
      incidentId,
      {
        kind: 'incident_refresh',
        recipientId: sent.recipient_id,
        dedupeKey: `incident:${incidentId}:refresh:${sent.id}:${version}`,
        payload: { view: own ? 'reporter' : 'member' },
        conversationId: sent.conversation_id ?? undefined,
        activityId: sent.activity_id,
      },
      at,
    );
  }
}
