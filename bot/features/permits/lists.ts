import { getPack, type Language } from '../../../policy/index.js';
import { delegatorsOf, openRequestsOf, pendingFor } from '../../../store/index.js';
import { type BotContext, languageOf, messageOf } from '../../core/index.js';
import { type PermitDeps, rosterUser } from './context.js';
import { permitModel } from './permit-view.js';
import { PERMIT_TEXT } from './texts.js';

/** 「承認待ち」 / "pending" for approvers; 「自分の申請」 / "my requests" for everyone. */
export const APPROVER_LIST = /^(承認待ち|しょうにんまち|pending|approvals?)$/i;
export const REQUESTER_LIST = /^(自分の申請|じぶんのしんせい|申請一覧|my requests?)$/i;

export async function list(deps: PermitDeps, ctx: BotContext, view: 'approver' | 'requester'): Promise<void> {
  const text = messageOf(ctx).text.trim();
  const language: Language = /^[a-z ]+$/i.test(text) ? 'en' : languageOf(ctx.event);
  const user = await rosterUser(deps.store, ctx);
  if (!user) {
    ctx.reply({ text: PERMIT_TEXT[language].notInRoster });
    return;
  }
  const permits =
    view === 'approver'
      ? await pendingFor(deps.store.db, user, await delegatorsOf(deps.store.db, user.id, deps.now?.() ?? new Date()))
      : await openRequestsOf(deps.store.db, user.id);
  const models = await Promise.all(permits.slice(0, 20).map((p) => permitModel(deps.store, getPack(p.policy), p, language)));
  ctx.reply({
    text: view === 'approver' ? '承認待ち' : '自分の申請',
    card: { kind: 'permitList', language, view, permits: models },
  });
}
