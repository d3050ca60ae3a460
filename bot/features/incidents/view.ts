import type { IncidentCardModel, IncidentModel, IncidentReason, IncidentStepModel } from '../../../adaptive-cards/index.js';
import {
  type ClassId,
  chainOf,
  getPack,
  type Language,
  type Pack,
  routeById,
  stepsFor,
  stepTitle,
} from '../../../policy/index.js';
import {
  getIncident,
  getPermit,
  getUser,
  holdersOf,
  type Incident,
  type IncidentEvent,
  type IncidentStep,
  incidentDetails,
  incidentEvents,
  incidentSteps,
  kindsOf,
  type OutboxRow,
  type Store,
  schoolOf,
  type User,
} from '../../../store/index.js';
import type { Reply } from '../../core/index.js';
import { jst } from './context.js';
import { INCIDENT_TEXT } from './texts.js';

/** Everything a card about one incident is built from, read once. */
export interface Loaded {
  pack: Pack;
  incident: Incident;
  steps: IncidentStep[];
  events: IncidentEvent[];
  language: Language;
}

export async function load(store: Store, incident: Incident): Promise<Loaded> {
  const [steps, events] = await Promise.all([incidentSteps(store.db, incident.id), incidentEvents(store.db, incident.id)]);
  return { pack: getPack(incident.policy), incident, steps, events, language: incidentDetails(incident).language };
}

/** What a person may do on this incident now: the steps they hold that were told, and what follows. */
export async function rightsOf(
  store: Store,
  l: Loaded,
  users: User[],
  at: Date,
): Promise<IncidentCardModel['can'] & { steps: IncidentStep[]; holderOf: Map<string, User> }> {
  const { incident, pack } = l;
  const ids = new Set(users.map((u) => u.id));
  const mine: IncidentStep[] = [];
  // Which of the person's roster rows holds each step (the demo's principal is also its CSIRT).
  const holderOf = new Map<string, User>();
  for (const step of l.steps) {
    if (step.told_how === 'self') continue;
    const holder = (await holdersOf(store.db, incident, step.role, at)).find((h) => ids.has(h.id));
    if (!holder) continue;
    mine.push(step);
    holderOf.set(step.step, holder);
  }
  const open = incident.status === 'open';
  const route = routeById(pack, incident.route);
  const told = new Set(l.steps.map((s) => s.step));
  const untold = stepsFor(pack, route, { class: incident.class as ClassId | null, kinds: kindsOf(incident) }).some(
    (s) => !told.has(s.id),
  );
  const lastQuestion = l.events.findLast((e) => e.type === 'info_requested');
  const lastAnswer = l.events.findLast((e) => e.type === 'info_added');
  const member = open && mine.length > 0;
  return {
    steps: mine,
    holderOf,
    acknowledge: member && mine.some((s) => !s.acknowledged_at),
    forward: member && untold ? route.forward[l.language] : null,
    requestInfo: member,
    close: member && mine.some((s) => route.close_by.includes(s.role as never)),
    addInfo: open && ids.has(incident.reporter_id) && Boolean(lastQuestion) && (!lastAnswer || lastAnswer.at < lastQuestion!.at),
  };
}

/** The text a person typed into an event (a question, an answer), or empty. */
export const textOf = (e: IncidentEvent): string => {
  try {
    const data = JSON.parse(e.data) as { text?: unknown };
    return typeof data.text === 'string' ? data.text : '';
  } catch {
    return '';
  }
};

/** The incident as cards show it, in its reporter's language. */
export async function incidentModel(store: Store, l: Loaded, at: Date): Promise<IncidentModel> {
  const { pack, incident, language } = l;
  const route = routeById(pack, incident.route);
  const kinds = kindsOf(incident);
  const kindDefs = pack.incidents.kinds.filter((k) => kinds.includes(k.id));
  const applicable = new Set(stepsFor(pack, route, { class: incident.class as ClassId | null, kinds }).map((s) => s.id));
  const names = new Map<string, string>();
  const nameOf = async (id: string | null) => {
    if (!id) return null;
    if (!names.has(id)) names.set(id, (await getUser(store.db, id))?.name ?? '—');
    return names.get(id)!;
  };
  const steps: IncidentStepModel[] = [];
  for (const step of route.steps) {
    const told = l.steps.find((s) => s.step === step.id);
    if (!told && !applicable.has(step.id)) continue;
    const holders = told?.told_how === 'self' ? [] : await holdersOf(store.db, incident, step.role, at);
    steps.push({
      title: stepTitle(pack, step, language),
      names: told?.told_how === 'self' ? [(await nameOf(incident.reporter_id))!] : holders.map((h) => h.name),
      toldAt: told ? jst(told.told_at) : null,
      how: told?.told_how ?? 'pending',
      acknowledgedBy: await nameOf(told?.acknowledged_by ?? null),
      acknowledgedAt: jst(told?.acknowledged_at),
      dueAt: told && !told.acknowledged_at ? jst(told.due_at) : null,
      overdue: Boolean(told && !told.acknowledged_at && told.timer === 'done'),
    });
  }
  const exchanges = [];
  for (const e of l.events.filter((x) => x.type === 'info_requested' || x.type === 'info_added')) {
    exchanges.push({
      at: jst(e.at)!,
      by: (await nameOf(e.actor_id)) ?? '—',
      text: textOf(e),
      kind: e.type === 'info_requested' ? ('question' as const) : ('answer' as const),
    });
  }
  const unknownClass = pack.classes.get(chainOf(pack).unknown_class)!.label[language];
  const permit = incident.permit_id ? await getPermit(store.db, incident.permit_id) : undefined;
  const school = await schoolOf(store.db, incident.school_id);
  const t = INCIDENT_TEXT[language];
  const citations = [
    ...new Set([...route.steps.filter((s) => applicable.has(s.id)).flatMap((s) => s.citations), ...route.close_citations]),
  ];
  return {
    id: incident.id,
    status: incident.status === 'closed' ? 'closed' : 'open',
    kindNames: kindDefs.map((k) => k.name[language]),
    reporterName: (await nameOf(incident.reporter_id))!,
    schoolName: school?.name ?? null,
    reportedAt: jst(incident.created_at)!,
    what: incident.what,
    occurred: incident.occurred,
    place: incident.place,
    assetName: incident.asset_id
      ? (pack.items.get(incident.asset_id)?.name[language] ?? incident.asset_name)
      : incident.asset_name,
    classLabel: incident.class
      ? (pack.classes.get(incident.class as ClassId)?.label[language] ?? incident.class)
      : t.unknownClass(unknownClass),
    affected: incident.affected,
    medium: incident.medium,
    doneAlready: incident.done_already,
    linkedPermit: permit ? t.permit(jst(permit.created_at)!, permit.purpose) : null,
    firstSteps: [...new Set(kindDefs.flatMap((k) => k.steps.map((s) => s[language])))],
    steps,
    exchanges,
    closedBy: await nameOf(incident.closed_by),
    closedAt: jst(incident.closed_at),
    cause: incident.cause,
    prevention: incident.prevention,
    citations: citations.map((id) => {
      const clause = pack.clauses.get(id);
      return { id, title: clause?.title[language] ?? '', text: clause?.text ?? '' };
    }),
  };
}

/** The card for one viewer: the incident, and what they may do with it. */
export async function incidentCardFor(
  store: Store,
  l: Loaded,
  viewer: { users: User[]; view: 'reporter' | 'member' },
  at: Date,
  extra: Partial<IncidentCardModel> = {},
): Promise<IncidentCardModel> {
  const { steps: _mine, holderOf: _holders, ...can } = await rightsOf(store, l, viewer.users, at);
  return {
    kind: 'incident',
    language: l.language,
    view: viewer.view,
    incident: await incidentModel(store, l, at),
    can:
      viewer.view === 'reporter'
        ? { acknowledge: false, forward: null, requestInfo: false, close: false, addInfo: can.addInfo }
        : { ...can, addInfo: false },
    ...extra,
  };
}

/** A step's title by its id on this incident's route. */
export function titleOfStep(l: Loaded, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const step = routeById(l.pack, l.incident.route).steps.find((s) => s.id === id);
  return step ? stepTitle(l.pack, step, l.language) : undefined;
}

/** The card an outbox message about an incident delivers, built from its state now. */
export async function renderIncidentMessage(store: Store, row: OutboxRow, at = new Date()): Promise<Reply | null> {
  const incident = row.incident_id ? await getIncident(store.db, row.incident_id) : undefined;
  const recipient = await getUser(store.db, row.recipient_id);
  if (!incident || !recipient) return null;
  const l = await load(store, incident);
  let payload: { why?: string; step?: string; from?: string; to?: string[]; view?: string } = {};
  try {
    payload = row.payload ? JSON.parse(row.payload) : {};
  } catch {
    // an unreadable payload: the card without its reason
  }
  const view: 'reporter' | 'member' =
    row.kind === 'incident_notice' || (row.kind === 'incident_refresh' && payload.view === 'reporter') ? 'reporter' : 'member';
  const reason = row.kind === 'incident_refresh' ? undefined : (payload.why as IncidentReason | undefined);
  // A card told on (escalated, unreachable) names the step before; a notice names its own.
  const reasonStep = titleOfStep(l, payload.from ?? payload.step);
  const next = (payload.to ?? []).map((id) => titleOfStep(l, id)).filter((t): t is string => Boolean(t));
  const card = await incidentCardFor(store, l, { users: [recipient], view }, at, {
    ...(reason ? { reason } : {}),
    ...(reasonStep ? { reasonStep } : {}),
    ...(next.length > 0 ? { reasonNext: next.join(l.language === 'ja' ? '、' : ', ') } : {}),
  });
  return { text: INCIDENT_TEXT[l.language].summary[row.kind] ?? '', card };
}
