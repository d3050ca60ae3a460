import { INCIDENT_LIMITS, INCIDENT_WORDS, type IncidentFormModel } from '../../../adaptive-cards/index.js';
import {
  CLASS_IDS,
  chainOf,
  getPack,
  inSchoolHours,
  type Language,
  nextSchoolHours,
  type Pack,
  routeOf,
  stepTitle,
} from '../../../policy/index.js';
import { addIncidentInfo, createIncident, getIncident, openTakeOut, type Told, type User } from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf, type StoredAnswer } from '../../core/index.js';
import { actingUsers, cardOfClick, clickedMessage, type IncidentDeps, jst, nowOf, reporterRow } from './context.js';
import { INCIDENT_TEXT } from './texts.js';
import { validateReport, validateText } from './validate-report.js';
import { incidentCardFor, load } from './view.js';

interface Prepared {
  answer: StoredAnswer;
  pack: Pack;
  reporter: User;
  language: Language;
  form: Omit<IncidentFormModel, 'values' | 'errors'>;
  permitId?: string;
}

/** The reply that says why no report can be made from this card, in the answer's language. */
function refuse(ctx: BotContext, pick: (t: (typeof INCIDENT_TEXT)['ja']) => string, language = languageOf(ctx.event)): null {
  ctx.reply({ text: pick(INCIDENT_TEXT[language]) });
  return null;
}

/** Everything a new report needs, or the reply that says why there can be none. */
async function prepare(deps: IncidentDeps, ctx: BotContext): Promise<Prepared | null> {
  const { data } = cardActionOf(ctx);
  const answer = typeof data.answerId === 'string' ? await ctx.store.getAnswer(data.answerId) : undefined;
  if (answer?.decision !== 'incident') return refuse(ctx, (t) => t.notReportable);
  const { language } = answer;
  if (answer.userId !== ctx.event.user.id) return refuse(ctx, (t) => t.notYours, language);
  if (ctx.event.conversation.kind !== 'personal') return refuse(ctx, (t) => t.personalOnly, language);
  const pack = getPack(answer.policy);
  const reporter = reporterRow(await actingUsers(deps.store, ctx));
  if (!reporter) return refuse(ctx, (t) => t.notInRoster(chainOf(pack).phone[language]), language);
  const item = answer.assetId ? pack.items.get(answer.assetId) : undefined;
  const permit = await openTakeOut(deps.store.db, reporter.id, answer.assetId);
  const first = routeOf(pack, []).steps[0]!;
  const form = {
    kind: 'incidentForm' as const,
    language,
    answerId: answer.id,
    kinds: pack.incidents.kinds.map((k) => ({ id: k.id, label: k.name[language] })),
    toTitle: stepTitle(pack, first, language),
    assetName: item ? `${item.name[language]}` : null,
    classes: [
      ...CLASS_IDS.map((c) => ({ id: c, label: pack.classes.get(c)!.label[language] })),
      { id: 'unknown', label: INCIDENT_WORDS[language].unknownClass },
    ],
    linkedPermit: permit ? INCIDENT_TEXT[language].permit(jst(permit.created_at)!, permit.purpose) : null,
  };
  return { answer, pack, reporter, language, form, ...(permit ? { permitId: permit.id } : {}) };
}

/**
 * incident.report: the answer card becomes the report form, the kinds the answer recognised
 * ticked and the class it knew picked. With an incident id: the reporter's answer to a question.
 */
export async function openForm(deps: IncidentDeps, ctx: BotContext): Promise<void> {
  const { data } = cardActionOf(ctx);
  if (typeof data.incidentId === 'string') return openInfoForm(deps, ctx, data.incidentId);
  const prepared = await prepare(deps, ctx);
  if (!prepared) return;
  const { form, answer } = prepared;
  const known = new Set(form.kinds.map((k) => k.id));
  const ticked = (typeof data.kinds === 'string' ? data.kinds.split(',') : []).filter((k) => known.has(k));
  ctx.update({ ...form, values: { kinds: ticked.join(','), class: answer.class ?? '' }, errors: [] });
}

async function openInfoForm(deps: IncidentDeps, ctx: BotContext, incidentId: string, errors: string[] = [], values = {}) {
  const language = languageOf(ctx.event);
  const incident = await getIncident(deps.store.db, incidentId);
  if (!incident) return void refuse(ctx, (t) => t.notFound, language);
  const users = await actingUsers(deps.store, ctx);
  if (!users.some((u) => u.id === incident.reporter_id)) return void refuse(ctx, (t) => t.notReporter, language);
  const l = await load(deps.store, incident);
  const question = l.events.findLast((e) => e.type === 'info_requested');
  ctx.update({
    kind: 'incidentForm',
    language: l.language,
    incidentId,
    question: question ? ((JSON.parse(question.data) as { text?: string }).text ?? null) : null,
    kinds: [],
    toTitle: '',
    assetName: null,
    classes: [],
    linkedPermit: null,
    values,
    errors,
  });
}

/** Steps nobody in could be reached through mamoru: the reporter phones them. */
function unreachableOf(pack: Pack, told: Told[], language: Language, route: ReturnType<typeof routeOf>) {
  return told
    .filter((t) => t.holders.length === t.unreachable.length)
    .map((t) => ({
      title: stepTitle(pack, route.steps.find((s) => s.id === t.step)!, language),
      names: t.unreachable.map((u) => u.name),
    }));
}

/** incident.submit: a valid form files the report and tells the chain; an invalid one comes back with the reasons. */
export async function submit(deps: IncidentDeps, ctx: BotContext): Promise<void> {
  const { data } = cardActionOf(ctx);
  if (typeof data.incidentId === 'string') return submitInfo(deps, ctx, data.incidentId);
  const prepared = await prepare(deps, ctx);
  if (!prepared) return;
  const { pack, reporter, language, form, answer } = prepared;
  const checked = validateReport(data, language, { kinds: form.kinds.map((k) => k.id), classes: [...CLASS_IDS] });
  if (!checked.ok) {
    ctx.update({ ...form, values: checked.values, errors: checked.errors });
    return;
  }
  const report = checked.value;
  const at = nowOf(deps);
  const { incident, told, duplicate } = await createIncident(
    deps.store.db,
    {
      policy: pack.id,
      schoolId: reporter.school_id,
      reporterId: reporter.id,
      kinds: report.kinds,
      class: report.class,
      assetId: answer.assetId,
      assetName: answer.assetId ? (pack.items.get(answer.assetId)?.name.ja ?? null) : null,
      what: report.what,
      occurred: report.occurred,
      place: report.place,
      affected: report.affected,
      medium: report.medium,
      doneAlready: report.doneAlready,
      permitId: prepared.permitId,
      answerId: answer.id,
      language,
      selfAllowed: deps.allowSelfApproval,
      reporterCard: cardOfClick(ctx),
    },
    at,
  );
  if (duplicate) {
    const l = await load(deps.store, incident);
    ctx.update(
      await incidentCardFor(deps.store, l, { users: [reporter], view: 'reporter' }, at, {
        note: INCIDENT_TEXT[language].alreadyReported,
      }),
    );
    return;
  }
  deps.notifier.kick();
  const route = routeOf(pack, report.kinds);
  const unreachable = unreachableOf(pack, told, language, route);
  const outOfHours = !inSchoolHours(pack, at);
  ctx.log.info(
    { incidentId: incident.id, route: route.id, told: told.map((t) => t.step), unreachable: unreachable.length, outOfHours },
    'incident reported',
  );
  const l = await load(deps.store, incident);
  ctx.update(
    await incidentCardFor(deps.store, l, { users: [reporter], view: 'reporter' }, at, {
      ...(unreachable.length > 0 ? { unreachable } : {}),
      ...(outOfHours ? { waitingUntil: jst(nextSchoolHours(pack, at).toISOString())! } : {}),
      ...(unreachable.length > 0 || outOfHours ? { phone: chainOf(pack).phone[language] } : {}),
    }),
  );
}

/** incident.submit with an incident id: the reporter's answer to a question, to those who asked. */
async function submitInfo(deps: IncidentDeps, ctx: BotContext, incidentId: string): Promise<void> {
  const language = languageOf(ctx.event);
  const incident = await getIncident(deps.store.db, incidentId);
  if (!incident) return void refuse(ctx, (t) => t.notFound, language);
  const users = await actingUsers(deps.store, ctx);
  const reporter = users.find((u) => u.id === incident.reporter_id);
  if (!reporter) return void refuse(ctx, (t) => t.notReporter, language);
  const l0 = await load(deps.store, incident);
  const w = INCIDENT_WORDS[l0.language];
  const checked = validateText(cardActionOf(ctx).data, [{ id: 'info', max: INCIDENT_LIMITS.info, message: w.infoError }]);
  if (!checked.ok) return openInfoForm(deps, ctx, incidentId, checked.errors, checked.values);
  const at = nowOf(deps);
  const result = await addIncidentInfo(
    deps.store.db,
    { incidentId, reporterId: reporter.id, text: checked.value.info!, fromMessageId: clickedMessage(ctx) },
    at,
  );
  if (result.changed) deps.notifier.kick();
  const t = INCIDENT_TEXT[l0.language];
  const l = await load(deps.store, result.incident ?? incident);
  ctx.update(
    await incidentCardFor(deps.store, l, { users, view: 'reporter' }, at, {
      note: result.changed ? t.infoSent : t.closedAlready,
    }),
  );
}
