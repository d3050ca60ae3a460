import type { PermitFormModel } from '../../../adaptive-cards/index.js';
import { type ActionId, getPack, type Language, type Pack } from '../../../policy/index.js';
import { createPermit, findingIdOf, getFinding, personalConversation, type User } from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf, type StoredAnswer } from '../../core/index.js';
import {
  approversOf,
  cardMessageId,
  type PermitDeps,
  permitDefOf,
  type RequestKind,
  requestKindOf,
  requiredMeasures,
  rosterUser,
  todayInJapan,
  withoutExample,
  yearAfter,
} from './context.js';
import { permitModel } from './permit-view.js';
import { PERMIT_TEXT } from './texts.js';
import { validateForm } from './validate-form.js';

interface Prepared {
  answer: StoredAnswer;
  pack: Pack;
  kind: RequestKind;
  requester: User;
  role: string;
  approvers: User[];
  language: Language;
  form: Omit<PermitFormModel, 'values' | 'errors'>;
  /** Closed by a disposal record once approved (2-2(12)). */
  disposal: boolean;
}

/** Everything a request needs, or the reply that says why there can be none. */
async function prepare(deps: PermitDeps, ctx: BotContext): Promise<Prepared | null> {
  const { data } = cardActionOf(ctx);
  const say = (pick: (t: (typeof PERMIT_TEXT)['ja']) => string, language = languageOf(ctx.event)) => {
    ctx.reply({ text: pick(PERMIT_TEXT[language]) });
    return null;
  };
  const answer = typeof data.answerId === 'string' ? await ctx.store.getAnswer(data.answerId) : undefined;
  if (!answer) return say((t) => t.notRequestable);
  const language = answer.language;
  if (answer.userId !== ctx.event.user.id) return say((t) => t.notYours, language);
  const pack = getPack(answer.policy);
  const kind = requestKindOf(pack, answer);
  if (!kind) return say((t) => t.notRequestable, language);
  // A use outside work has no exception to ask for, even from a forged card action.
  if (answer.situationId && pack.situations.get(answer.situationId)?.exception === false)
    return say((t) => t.notRequestable, language);
  const requester = await rosterUser(deps.store, ctx);
  if (!requester) return say((t) => t.notInRoster, language);
  const { role, approvers } = await approversOf(deps, pack, kind, requester);
  const roleDef = pack.roles.get(role as never);
  const approverTitle = roleDef
    ? language === 'ja'
      ? `${roleDef.title.ja}（${roleDef.held_by.ja}）`
      : `${roleDef.title.en} (${roleDef.held_by.en})`
    : role;
  if (approvers.length === 0) return say((t) => t.noApprover(approverTitle), language);
  // A situation that decided (a school device taken out) names the request, whatever act it took over.
  const situation = answer.situationId ? pack.situations.get(answer.situationId) : undefined;
  const action = situation ? undefined : pack.actions.get(answer.action as ActionId);
  const permitDef = permitDefOf(pack, answer);
  const item = answer.assetId ? pack.items.get(answer.assetId) : undefined;
  // An exception for a scan finding names the file instead of a catalog item.
  const finding = findingIdOf(answer.assetId) ? await getFinding(deps.store.db, findingIdOf(answer.assetId)!) : undefined;
  const needsReturnDate = permitDef?.return_date ?? false;
  const needsDestination = permitDef?.destination ?? false;
  const disposal = kind === 'permit' && Boolean(permitDef?.disposal);
  // A consult or an exception (「USBに入れて持ち帰る」) asks until when, and where to if it leaves the school.
  const openEnded = kind !== 'permit';
  const declarations = (permitDef?.declarations ?? []).map((d) => ({
    id: d.id,
    type: d.type,
    ...withoutExample(d.label[language]),
  }));
  const measures = requiredMeasures(pack, answer, language, {
    recordsReturn: needsReturnDate,
    hasDeclarations: declarations.length > 0,
    recordsDisposal: disposal,
  });
  const today = todayInJapan(deps.now?.() ?? new Date());
  const form = {
    kind: 'permitForm' as const,
    language,
    answerId: answer.id,
    requestKind: kind,
    actionName: action?.name[language] ?? situation?.name[language] ?? '—',
    assetName: item?.name[language] ?? finding?.name ?? measures.subject,
    classLabel: answer.class ? (pack.classes.get(answer.class as never)?.label[language] ?? null) : null,
    approverTitle,
    needsDestination,
    // A file found in a drive goes nowhere: where to take or send it means nothing there.
    offersDestination: openEnded && !needsDestination && !finding,
    needsReturnDate,
    needsUntil: openEnded && !needsReturnDate,
    confirmations: measures.confirmations,
    keptByMamoru: measures.keptByMamoru,
    declarations,
    today,
    latest: yearAfter(today),
  };
  return { answer, pack, kind, requester, role, approvers, language, form, disposal };
}

/** permit.request: the answer card becomes the form the action needs. */
export async function openForm(deps: PermitDeps, ctx: BotContext, options: { asNewMessage?: boolean } = {}): Promise<void> {
  const prepared = await prepare(deps, ctx);
  if (!prepared) return;
  const form = { ...prepared.form, values: {}, errors: [] };
  // From a card that must stay as it is (a digest listing other files), the form is a message of its own.
  if (options.asNewMessage) ctx.reply({ card: form });
  else ctx.update(form);
}

/**
 * Where the card this form becomes (「申請しました」) lives, so it can be updated when the request is
 * decided, returned or cancelled: known for a personal chat whose front names the message.
 */
function requesterCardOf(ctx: BotContext): { channel: string; conversationId: string; messageId: string } | undefined {
  const messageId = cardMessageId(ctx);
  const { conversation, channel, traits } = ctx.event;
  if (!messageId || conversation.kind !== 'personal') return undefined;
  // The front knows whether its message ids say where the message is: it must be in this chat.
  if (!traits.isMessageOf(conversation.id, messageId)) return undefined;
  return { channel, conversationId: conversation.id, messageId };
}

/** permit.submit: a valid form files the request; an invalid one comes back with the reasons. */
export async function submit(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const prepared = await prepare(deps, ctx);
  if (!prepared) return;
  const { answer, pack, kind, requester, role, approvers, language, form, disposal } = prepared;
  const { data } = cardActionOf(ctx);
  const checked = validateForm(form, data, PERMIT_TEXT[language]);
  if (!checked.ok) {
    ctx.update({ ...form, values: checked.values, errors: checked.errors });
    return;
  }
  const item = answer.assetId ? pack.items.get(answer.assetId) : undefined;
  const permit = await createPermit(
    deps.store.db,
    {
      kind,
      policy: pack.id,
      schoolId: requester.school_id,
      requesterId: requester.id,
      approverRole: role,
      action: answer.situationId ?? answer.action ?? 'unknown',
      class: answer.class,
      assetId: answer.assetId,
      assetName: item?.name.ja ?? form.assetName,
      decision: answer.decision,
      purpose: checked.form.purpose,
      destination: checked.form.destination,
      // Something a consult or an exception takes out is followed until it is back, like a take-out.
      returnOn: checked.form.returnOn ?? (checked.form.destination ? checked.form.until : undefined),
      details: {
        language,
        confirmations: checked.form.confirmations,
        declarations: checked.form.declarations,
        ...(checked.form.until ? { until: checked.form.until } : {}),
      },
      answerId: answer.id,
      ...(disposal ? { closing: 'disposal' as const } : {}),
      requesterCard: requesterCardOf(ctx),
    },
    approvers,
    deps.now?.(),
  );
  const unreachable: string[] = [];
  for (const approver of approvers) if (!(await personalConversation(deps.store.db, approver))) unreachable.push(approver.name);
  deps.notifier.kick();
  ctx.log.info({ permitId: permit.id, kind, approvers: approvers.length, unreachable: unreachable.length }, 'permit requested');
  ctx.update({
    kind: 'permit',
    language,
    view: 'requester',
    permit: await permitModel(deps.store, pack, permit, language),
    unreachable,
  });
}
