import { randomUUID } from 'node:crypto';
import type { ClassQuestionCardModel } from '../../../adaptive-cards/index.js';
import { type ActionId, answerFor, CLASS_IDS, type ClassId, getPack, type Language, type Pack } from '../../../policy/index.js';
import { askClass, type ClassQuestion, decideClass, getClassQuestion, getUser, type Store } from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf } from '../../core/index.js';
import { approversOf, type PermitDeps, rosterUser } from './context.js';
import { CLASS_TEXT, PERMIT_TEXT } from './texts.js';

const JST = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' });
const jst = (iso: string | null) => (iso ? JST.format(new Date(iso)) : null);

/** The question as cards show it: the principal's (buttons per class) or the teacher's. */
export async function classQuestionCard(
  store: Store,
  question: ClassQuestion,
  view: 'principal' | 'requester',
  language: Language,
): Promise<ClassQuestionCardModel> {
  const pack = getPack(question.policy);
  const [requester, decider, school] = await Promise.all([
    getUser(store.db, question.requester_id),
    question.decided_by ? getUser(store.db, question.decided_by) : undefined,
    question.school_id
      ? store.db.selectFrom('schools').select('name').where('id', '=', question.school_id).executeTakeFirst()
      : undefined,
  ]);
  return {
    kind: 'classQuestion',
    language,
    view,
    question: {
      id: question.id,
      requesterName: requester?.name ?? '—',
      schoolName: school?.name ?? null,
      askedAt: jst(question.created_at)!,
      description: question.description,
      actionName: question.action ? (pack.actions.get(question.action as ActionId)?.name[language] ?? question.action) : null,
      status: question.status as ClassQuestionCardModel['question']['status'],
      classLabel: question.class ? (pack.classes.get(question.class as ClassId)?.label[language] ?? question.class) : null,
      decidedBy: decider?.name ?? null,
      decidedAt: jst(question.decided_at),
      comment: question.comment,
    },
    classes: CLASS_IDS.map((c) => ({
      id: c,
      label: pack.classes.get(c)?.label[language] ?? c,
      definition: pack.classes.get(c)?.definition[language] ?? '',
    })),
    citation: pack.meta.unknown_citations.join('、'),
  };
}

/** The teacher's own unknown answer a card names (ids are checked, never trusted). */
async function ownUnknownAnswer(ctx: BotContext) {
  const { data } = cardActionOf(ctx);
  const answer = typeof data.answerId === 'string' ? await ctx.store.getAnswer(data.answerId) : undefined;
  const language = answer?.language ?? languageOf(ctx.event);
  if (!answer) return void ctx.reply({ text: PERMIT_TEXT[language].notRequestable });
  if (answer.userId !== ctx.event.user.id) return void ctx.reply({ text: PERMIT_TEXT[language].notYours });
  if (answer.decision !== 'unknown' || answer.class) return void ctx.reply({ text: CLASS_TEXT[language].notUnknown });
  return answer;
}

async function prepare(deps: PermitDeps, ctx: BotContext) {
  const answer = await ownUnknownAnswer(ctx);
  if (!answer) return undefined;
  const language = answer.language;
  const requester = await rosterUser(deps.store, ctx);
  if (!requester) return void ctx.reply({ text: PERMIT_TEXT[language].notInRoster });
  const pack = getPack(answer.policy);
  const { role, approvers } = await approversOf(deps, pack, 'permit', requester);
  const roleDef = pack.roles.get(role as never);
  const title = roleDef ? (language === 'ja' ? `${roleDef.title.ja}（${roleDef.held_by.ja}）` : roleDef.title.en) : role;
  if (approvers.length === 0) return void ctx.reply({ text: PERMIT_TEXT[language].noApprover(title) });
  return { answer, language, requester, pack, approvers, title };
}

const formOf = (p: NonNullable<Awaited<ReturnType<typeof prepare>>>) => ({
  kind: 'classQuestionForm' as const,
  language: p.language,
  answerId: p.answer.id,
  actionName: p.answer.action ? (p.pack.actions.get(p.answer.action as ActionId)?.name[p.language] ?? null) : null,
  approverTitle: p.title,
});

/** class.ask: 「校長に確認する」 on an answer whose class is unclear opens a short form. */
export async function openClassForm(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const prepared = await prepare(deps, ctx);
  if (prepared) ctx.update({ ...formOf(prepared), values: {}, errors: [] });
}

/** class.submit: the question goes to the principal; the teacher's card says it was sent. */
export async function submitClass(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const prepared = await prepare(deps, ctx);
  if (!prepared) return;
  const { data } = cardActionOf(ctx);
  const description = typeof data.description === 'string' ? data.description.trim() : '';
  if (description.length === 0 || description.length > 200) {
    ctx.update({
      ...formOf(prepared),
      values: { description: description.slice(0, 500) },
      errors: [CLASS_TEXT[prepared.language].description],
    });
    return;
  }
  const question = await askClass(
    deps.store.db,
    {
      policy: prepared.pack.id,
      schoolId: prepared.requester.school_id,
      requesterId: prepared.requester.id,
      answerId: prepared.answer.id,
      action: prepared.answer.action,
      description,
    },
    prepared.approvers,
    deps.now?.(),
  );
  deps.notifier.kick();
  ctx.log.info({ questionId: question.id, approvers: prepared.approvers.length }, 'class question asked');
  ctx.update(await classQuestionCard(deps.store, question, 'requester', prepared.language));
}

/** class.decide: the principal of the asker's school picks the class; the first decision wins; the teacher gets the answer. */
export async function decideClassQuestion(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const { data } = cardActionOf(ctx);
  const language = languageOf(ctx.event);
  const t = CLASS_TEXT[language];
  const question = typeof data.questionId === 'string' ? await getClassQuestion(deps.store.db, data.questionId) : undefined;
  if (!question) return void ctx.reply({ text: t.notFound });
  const pack: Pack = getPack(question.policy);
  const [actor, requester] = await Promise.all([rosterUser(deps.store, ctx), getUser(deps.store.db, question.requester_id)]);
  const allowed = requester ? (await approversOf(deps, pack, 'permit', requester)).approvers : [];
  if (!actor || !allowed.some((a) => a.id === actor.id)) {
    ctx.log.warn({ questionId: question.id, actor: actor?.id ?? null }, 'refused: not the principal of the asker');
    return void ctx.reply({ text: t.notDecider });
  }
  const cls = CLASS_IDS.find((c) => c === data.class);
  if (!cls) return void ctx.reply({ text: t.badClass });
  const original = await ctx.store.getAnswer(question.answer_id);
  if (original) {
    const decision = answerFor(pack, { language: original.language, class: cls, actionId: question.action as ActionId | null });
    const comment = typeof data.comment === 'string' ? data.comment.trim().slice(0, 500) : '';
    const result = await decideClass(
      deps.store.db,
      {
        questionId: question.id,
        actorId: actor.id,
        cls,
        ...(comment ? { comment } : {}),
        answer: {
          id: randomUUID(),
          channel: original.channel,
          user_id: original.userId,
          conversation_id: original.conversationId,
          policy: pack.id,
          language: original.language,
          decision: decision.decision,
          class: cls,
          action: question.action,
        },
      },
      deps.now?.(),
    );
    if (result.changed) deps.notifier.kick();
    ctx.log.info({ questionId: question.id, class: cls, changed: result.changed }, 'class decided');
  }
  const now = (await getClassQuestion(deps.store.db, question.id))!;
  ctx.update(await classQuestionCard(deps.store, now, 'principal', language));
}
