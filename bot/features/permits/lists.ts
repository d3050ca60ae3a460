import type { PermitListModel } from '../../../adaptive-cards/index.js';
import { getPack, type Language } from '../../../policy/index.js';
import { delegatorsOf, getPermit, openRequestsOf, pendingFor, type User } from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf, messageOf } from '../../core/index.js';
import { type PermitDeps, rosterUser } from './context.js';
import { permitModel } from './permit-view.js';
import { PERMIT_TEXT } from './texts.js';

/** 「承認待ち」 / "pending" for approvers; 「自分の申請」 / "my requests" for everyone. */
export const APPROVER_LIST = /^(承認待ち|しょうにんまち|pending|approvals?)$/i;
export const REQUESTER_LIST = /^(自分の申請|じぶんのしんせい|申請一覧|my requests?)$/i;

/**
 * The list as it stands: what waits for this approver (oldest first), or the requester's open
 * requests (newest first). `include` keeps a request just decided, cancelled or returned from the
 * list in its place, showing its new state; `confirming` opens one request's second step.
 */
async function listModel(
  deps: PermitDeps,
  user: User,
  view: 'approver' | 'requester',
  language: Language,
  options: { include?: string; confirming?: PermitListModel['confirming'] } = {},
): Promise<PermitListModel> {
  const permits =
    view === 'approver'
      ? await pendingFor(deps.store.db, user, await delegatorsOf(deps.store.db, user.id, deps.now?.() ?? new Date()))
      : await openRequestsOf(deps.store.db, user.id);
  if (options.include && !permits.some((p) => p.id === options.include)) {
    const changed = await getPermit(deps.store.db, options.include);
    if (changed) {
      permits.push(changed);
      const order = view === 'approver' ? 1 : -1;
      permits.sort((a, b) => order * a.created_at.localeCompare(b.created_at));
    }
  }
  const models = await Promise.all(permits.slice(0, 20).map((p) => permitModel(deps.store, getPack(p.policy), p, language)));
  return {
    kind: 'permitList',
    language,
    view,
    permits: models,
    ...(options.confirming ? { confirming: options.confirming } : {}),
  };
}

/** A button on a list answers with the list again, so the other requests stay in view. */
export async function showList(
  deps: PermitDeps,
  ctx: BotContext,
  user: User,
  view: 'approver' | 'requester',
  language: Language,
  options: { include?: string; confirming?: PermitListModel['confirming'] } = {},
): Promise<void> {
  ctx.update(await listModel(deps, user, view, language, options));
}

/** The list asked for: typed, or pressed on the help card (a button that asks it). */
export async function list(deps: PermitDeps, ctx: BotContext, view: 'approver' | 'requester'): Promise<void> {
  const asked = ctx.event.type === 'message' ? messageOf(ctx).text : cardActionOf(ctx).data.question;
  const text = typeof asked === 'string' ? asked.trim() : '';
  const language: Language = /^[a-z ]+$/i.test(text) ? 'en' : languageOf(ctx.event);
  const user = await rosterUser(deps.store, ctx);
  if (!user) {
    ctx.reply({ text: PERMIT_TEXT[language].notInRoster });
    return;
  }
  ctx.reply({ text: view === 'approver' ? '承認待ち' : '自分の申請', card: await listModel(deps, user, view, language) });
}
