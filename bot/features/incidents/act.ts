import { INCIDENT_LIMITS, INCIDENT_WORDS, type IncidentCardModel } from '../../../adaptive-cards/index.js';
import { chainOf, routeById, stepTitle } from '../../../policy/index.js';
import {
  acknowledgeIncident,
  type Changed,
  closeIncident,
  forwardIncident,
  getIncident,
  type Incident,
  requestIncidentInfo,
  type User,
} from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf } from '../../core/index.js';
import { actingUsers, clickedMessage, type IncidentDeps, nowOf } from './context.js';
import { INCIDENT_TEXT } from './texts.js';
import { validateText } from './validate-report.js';
import { incidentCardFor, type Loaded, load, rightsOf } from './view.js';

interface Acting {
  l: Loaded;
  users: User[];
  at: Date;
  rights: Awaited<ReturnType<typeof rightsOf>>;
}

/**
 * The incident a card names, if the person acting holds a step of it that was told: a card's id
 * is checked against the person, never trusted (another school's incident, a forged id, someone
 * outside the chain get a refusal and nothing changes).
 */
async function acting(deps: IncidentDeps, ctx: BotContext): Promise<Acting | null> {
  const { data } = cardActionOf(ctx);
  const language = languageOf(ctx.event);
  const incident = typeof data.incidentId === 'string' ? await getIncident(deps.store.db, data.incidentId) : undefined;
  if (!incident) {
    ctx.reply({ text: INCIDENT_TEXT[language].notFound });
    return null;
  }
  const users = await actingUsers(deps.store, ctx);
  const at = nowOf(deps);
  const l = await load(deps.store, incident);
  const rights = await rightsOf(deps.store, l, users, at);
  if (rights.steps.length === 0) {
    ctx.log.warn({ incidentId: incident.id, actor: users.map((u) => u.id) }, 'refused: not in the chain of this incident');
    ctx.reply({ text: INCIDENT_TEXT[language].notMember });
    return null;
  }
  return { l, users, at, rights };
}

/** The person's roster row that holds the first of these steps (else any step of theirs): the actor on record. */
function actorOf(a: Acting, steps: string[]): string {
  const step = steps[0] ?? a.rights.steps[0]!.step;
  return (a.rights.holderOf.get(step) ?? a.users[0]!).id;
}

/** The card again for the person who clicked, after the change (or with why nothing changed). */
async function answer(
  deps: IncidentDeps,
  ctx: BotContext,
  a: Acting,
  incident: Incident | undefined,
  extra: Partial<IncidentCardModel>,
) {
  const l = incident ? await load(deps.store, incident) : a.l;
  ctx.update(await incidentCardFor(deps.store, l, { users: a.users, view: 'member' }, a.at, extra));
}

/** The steps told that nobody in can be reached through mamoru, for the person who told them. */
function unreachable(a: Acting, result: Changed): Partial<IncidentCardModel> {
  const route = routeById(a.l.pack, a.l.incident.route);
  const stuck = result.told
    .filter((t) => t.holders.length === t.unreachable.length)
    .map((t) => ({
      title: stepTitle(a.l.pack, route.steps.find((s) => s.id === t.step)!, a.l.language),
      names: t.unreachable.map((u) => u.name),
    }));
  return stuck.length > 0 ? { unreachable: stuck, phone: chainOf(a.l.pack).phone[a.l.language] } : {};
}

const closedNote = (a: Acting) => (a.l.incident.status !== 'open' ? INCIDENT_TEXT[a.l.language].closedAlready : undefined);

/** incident.acknowledge: 「受領しました」 for the steps of the person's that are waiting. The first click wins. */
export async function acknowledge(deps: IncidentDeps, ctx: BotContext): Promise<void> {
  const a = await acting(deps, ctx);
  if (!a) return;
  const t = INCIDENT_TEXT[a.l.language];
  const waiting = a.rights.steps.filter((s) => !s.acknowledged_at).map((s) => s.step);
  const result =
    waiting.length > 0
      ? await acknowledgeIncident(
          deps.store.db,
          { incidentId: a.l.incident.id, actorId: actorOf(a, waiting), steps: waiting, fromMessageId: clickedMessage(ctx) },
          a.at,
        )
      : { changed: false, incident: a.l.incident, told: [] };
  if (result.changed) deps.notifier.kick();
  ctx.log.info({ incidentId: a.l.incident.id, changed: result.changed }, 'incident acknowledged');
  await answer(deps, ctx, a, result.incident, {
    note: closedNote(a) ?? (result.changed ? t.acknowledged : t.alreadyAcknowledged),
  });
}

/** incident.forward: 「教育CSIRTに報告」 tells the remaining steps (and acknowledges the person's own). */
export async function forward(deps: IncidentDeps, ctx: BotContext): Promise<void> {
  const a = await acting(deps, ctx);
  if (!a) return;
  const t = INCIDENT_TEXT[a.l.language];
  const mine = a.rights.steps.filter((s) => !s.acknowledged_at).map((s) => s.step);
  const result = await forwardIncident(
    deps.store.db,
    { incidentId: a.l.incident.id, actorId: actorOf(a, mine), steps: mine, fromMessageId: clickedMessage(ctx) },
    a.at,
  );
  if (result.changed) deps.notifier.kick();
  const route = routeById(a.l.pack, a.l.incident.route);
  const titles = result.told.map((x) => stepTitle(a.l.pack, route.steps.find((s) => s.id === x.step)!, a.l.language));
  ctx.log.info({ incidentId: a.l.incident.id, told: result.told.map((x) => x.step) }, 'incident forwarded');
  await answer(deps, ctx, a, result.incident, {
    note:
      closedNote(a) ?? (titles.length > 0 ? t.forwarded(titles.join(a.l.language === 'ja' ? '、' : ', ')) : t.nothingToForward),
    ...unreachable(a, result),
  });
}

/** Which second step a button is: none yet (open the inputs), `confirm`, or `back`. */
const stepOf = (ctx: BotContext) => {
  const { step } = cardActionOf(ctx).data;
  return step === 'confirm' || step === 'back' ? step : null;
};

/** incident.request_info: 「追加情報を依頼」 opens a question box; sending it asks the reporter. */
export async function requestInfo(deps: IncidentDeps, ctx: BotContext): Promise<void> {
  const a = await acting(deps, ctx);
  if (!a) return;
  const step = stepOf(ctx);
  if (step === null || step === 'back' || a.l.incident.status !== 'open')
    return answer(deps, ctx, a, undefined, step === null ? { opening: 'request_info', note: closedNote(a) } : {});
  const w = INCIDENT_WORDS[a.l.language];
  const checked = validateText(cardActionOf(ctx).data, [
    { id: 'question', max: INCIDENT_LIMITS.question, message: w.questionError },
  ]);
  if (!checked.ok)
    return answer(deps, ctx, a, undefined, { opening: 'request_info', errors: checked.errors, values: checked.values });
  const result = await requestIncidentInfo(
    deps.store.db,
    {
      incidentId: a.l.incident.id,
      actorId: actorOf(a, []),
      question: checked.value.question!,
      fromMessageId: clickedMessage(ctx),
    },
    a.at,
  );
  if (result.changed) deps.notifier.kick();
  await answer(deps, ctx, a, result.incident, { note: result.changed ? INCIDENT_TEXT[a.l.language].asked : closedNote(a) });
}

/** incident.close: 「対応完了」 opens cause and prevention; recording them closes the report. */
export async function close(deps: IncidentDeps, ctx: BotContext): Promise<void> {
  const a = await acting(deps, ctx);
  if (!a) return;
  const t = INCIDENT_TEXT[a.l.language];
  if (a.l.incident.status !== 'open') return answer(deps, ctx, a, undefined, { note: t.closedAlready });
  if (!a.rights.close) {
    const route = routeById(a.l.pack, a.l.incident.route);
    const roles = route.close_by.map((r) => a.l.pack.roles.get(r)?.title[a.l.language] ?? r).join('・');
    ctx.reply({ text: t.notCloser(roles) });
    return;
  }
  const step = stepOf(ctx);
  if (step !== 'confirm') return answer(deps, ctx, a, undefined, step === null ? { opening: 'close' } : {});
  const w = INCIDENT_WORDS[a.l.language];
  const checked = validateText(cardActionOf(ctx).data, [
    { id: 'cause', max: INCIDENT_LIMITS.cause, message: w.causeError },
    { id: 'prevention', max: INCIDENT_LIMITS.prevention, message: w.preventionError },
  ]);
  if (!checked.ok) return answer(deps, ctx, a, undefined, { opening: 'close', errors: checked.errors, values: checked.values });
  const closeBy = routeById(a.l.pack, a.l.incident.route).close_by as string[];
  const closer = a.rights.steps.map((s) => a.rights.holderOf.get(s.step)!).find((u) => closeBy.includes(u.role))!;
  const result = await closeIncident(
    deps.store.db,
    {
      incidentId: a.l.incident.id,
      actorId: closer.id,
      cause: checked.value.cause!,
      prevention: checked.value.prevention!,
      fromMessageId: clickedMessage(ctx),
    },
    a.at,
  );
  if (result.changed) deps.notifier.kick();
  ctx.log.info({ incidentId: a.l.incident.id, changed: result.changed }, 'incident closed');
  await answer(deps, ctx, a, result.incident, { note: result.changed ? t.closed : t.closedAlready });
}
