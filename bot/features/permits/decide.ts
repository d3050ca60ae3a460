import { getPack, type Language } from '../../../policy/index.js';
import {
  cancelPermit,
  decidePermit,
  decidersOf,
  getPermit,
  judgeFinding,
  markReturned,
  type Permit,
} from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf } from '../../core/index.js';
import { cardMessageId, type PermitDeps, rosterUser } from './context.js';
import { showList } from './lists.js';
import { detailsOf, permitModel } from './permit-view.js';
import { PERMIT_TEXT } from './texts.js';

async function load(deps: PermitDeps, ctx: BotContext): Promise<Permit | undefined> {
  const { data } = cardActionOf(ctx);
  const permit = typeof data.permitId === 'string' ? await getPermit(deps.store.db, data.permitId) : undefined;
  if (!permit) ctx.reply({ text: PERMIT_TEXT[languageOf(ctx.event)].notFound });
  return permit;
}

/**
 * Where the button was: a list (承認待ち / 自分の申請: the answer is the list again, in its
 * language) or a card of one request; and which step: none yet (a reject from a list and every
 * cancel ask once more), `confirm`, or `back` (nothing changes).
 */
function origin(ctx: BotContext): { list: Language | null; step: 'confirm' | 'back' | null } {
  const { data } = cardActionOf(ctx);
  const list = data.from === 'list' ? (data.lang === 'en' ? 'en' : data.lang === 'ja' ? 'ja' : languageOf(ctx.event)) : null;
  const step = data.step === 'confirm' || data.step === 'back' ? data.step : null;
  return { list, step };
}

async function show(
  deps: PermitDeps,
  ctx: BotContext,
  permitId: string,
  view: 'approver' | 'requester',
  extra: { confirmCancel?: boolean } = {},
) {
  const permit = (await getPermit(deps.store.db, permitId))!;
  const language = view === 'requester' ? detailsOf(permit).language : languageOf(ctx.event);
  ctx.update({
    kind: 'permit',
    language,
    view,
    permit: await permitModel(deps.store, getPack(permit.policy), permit, language),
    ...extra,
  });
}

/**
 * permit.approve / permit.reject: only the designated approver (or a delegate for today) may
 * decide; the first decision wins, later clicks see the current state and notify nobody. From the
 * 承認待ち list, 却下 first opens the comment box under that request, and the answer to a decision
 * is the list again, the decided request shown as decided.
 */
export async function decide(deps: PermitDeps, ctx: BotContext, approve: boolean): Promise<void> {
  const permit = await load(deps, ctx);
  if (!permit) return;
  const t = PERMIT_TEXT[languageOf(ctx.event)];
  const actor = await rosterUser(deps.store, ctx);
  // The approver role's holders and delegates, and the role a request nobody decided went on to.
  const allowed = actor ? await decidersOf(deps.store.db, permit, deps.now?.() ?? new Date()) : [];
  const selfDecision = actor?.id === permit.requester_id && !deps.allowSelfApproval;
  if (!actor || selfDecision || !allowed.some((a) => a.id === actor.id)) {
    ctx.log.warn({ permitId: permit.id, actor: actor?.id ?? null }, 'refused: not the approver');
    ctx.reply({ text: t.notApprover });
    return;
  }
  const { list, step } = origin(ctx);
  if (list && step === 'back') return showList(deps, ctx, actor, 'approver', list);
  if (list && !approve && step === null && permit.status === 'pending') {
    return showList(deps, ctx, actor, 'approver', list, { confirming: { permitId: permit.id, step: 'reject' } });
  }
  const { data } = cardActionOf(ctx);
  const comment = typeof data.comment === 'string' ? data.comment.trim().slice(0, 500) : '';
  const result = await decidePermit(
    deps.store.db,
    { permitId: permit.id, actorId: actor.id, approve, comment: comment || undefined },
    deps.now?.(),
  );
  // A later click sees the current state on the card and notifies nobody.
  if (result.changed) deps.notifier.kick();
  // An approved exception for a scan finding (6-3) closes the finding as an exception.
  if (result.changed && approve && permit.asset_id?.startsWith('finding:')) {
    await judgeFinding(deps.store.db, permit.asset_id.slice('finding:'.length), 'exception', actor.id, deps.now?.());
  }
  ctx.log.info({ permitId: permit.id, approve, changed: result.changed, fromList: Boolean(list) }, 'permit decision');
  if (list) return showList(deps, ctx, actor, 'approver', list, { include: permit.id });
  await show(deps, ctx, permit.id, 'approver');
}

/**
 * permit.cancel (a pending request) and permit.return (「返却しました」): the requester only. A
 * cancel asks once more (「取り消す」 / 「やめる」) before anything changes.
 */
export async function close(deps: PermitDeps, ctx: BotContext, how: 'cancel' | 'return'): Promise<void> {
  const permit = await load(deps, ctx);
  if (!permit) return;
  const actor = await rosterUser(deps.store, ctx);
  if (!actor || actor.id !== permit.requester_id) {
    ctx.reply({ text: PERMIT_TEXT[languageOf(ctx.event)].notRequester });
    return;
  }
  const { list, step } = origin(ctx);
  const answer = (extra: Parameters<typeof showList>[5] = {}) =>
    list ? showList(deps, ctx, actor, 'requester', list, extra) : show(deps, ctx, permit.id, 'requester');
  if (step === 'back') return answer();
  if (how === 'cancel' && step === null && permit.status === 'pending') {
    return list
      ? answer({ confirming: { permitId: permit.id, step: 'cancel' } })
      : show(deps, ctx, permit.id, 'requester', { confirmCancel: true });
  }
  const input = { permitId: permit.id, actorId: actor.id, fromMessageId: cardMessageId(ctx) };
  const result =
    how === 'cancel'
      ? await cancelPermit(deps.store.db, input, deps.now?.())
      : await markReturned(deps.store.db, input, deps.now?.());
  if (result.changed) deps.notifier.kick();
  ctx.log.info({ permitId: permit.id, how, changed: result.changed, fromList: Boolean(list) }, 'permit closed');
  await answer({ include: permit.id });
}
