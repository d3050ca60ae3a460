import type { ActionId, Language, Pack } from '../../../policy/index.js';
import { approversFor, findUser, type Store, type User } from '../../../store/index.js';
import type { BotContext, StoredAnswer } from '../../core/index.js';

export interface PermitDeps {
  store: Store;
  /** Sends what the outbox holds, soon (after this turn). */
  notifier: { kick(): void };
  /** Local demo only: the requester may approve their own request. */
  allowSelfApproval?: boolean;
  now?: () => Date;
}

export type RequestKind = 'permit' | 'consult' | 'exception';

/** Which answers can be turned into a request, and into which kind. */
export const REQUEST_KIND: Partial<Record<string, RequestKind>> = {
  permit_required: 'permit',
  consult: 'consult',
  prohibited: 'exception',
};

/** The roster user behind an event: by Entra object id, then by e-mail from the channel. */
export async function rosterUser(store: Store, ctx: BotContext): Promise<User | undefined> {
  const { user } = ctx.event;
  const googleUserId = ctx.event.channel === 'google_chat' ? user.id : undefined;
  const found = await findUser(store.db, { aadObjectId: user.aadObjectId, googleUserId, email: user.email });
  if (found || !ctx.event.lookupEmail) return found;
  const email = await ctx.event.lookupEmail().catch(() => undefined);
  return email ? findUser(store.db, { email }) : undefined;
}

/**
 * Who decides a request: the pack's approver role (the principal of the requester's school;
 * the CISO for exceptions) and their delegates. A principal's own request goes to the board's
 * security officer, unless self-approval is allowed (the local demo).
 */
export async function approversOf(
  deps: PermitDeps,
  pack: Pack,
  kind: RequestKind,
  requester: User,
): Promise<{ role: string; approvers: User[] }> {
  const role = kind === 'exception' ? pack.meta.exception_approver : pack.meta.approver;
  const now = deps.now?.() ?? new Date();
  let approvers = await approversFor(deps.store.db, role, requester.school_id, now);
  if (!deps.allowSelfApproval) approvers = approvers.filter((a) => a.id !== requester.id);
  if (approvers.length === 0 && role === 'principal' && !deps.allowSelfApproval) {
    return { role: 'board_security', approvers: await approversFor(deps.store.db, 'board_security', null, now) };
  }
  return { role, approvers };
}

/** The measures the policy requires for this action and class, to be confirmed on the form. */
export function requiredMeasures(pack: Pack, answer: StoredAnswer, language: Language): { id: string; label: string }[] {
  if (!answer.action || !answer.class) return [];
  const ruling = pack.rulings.get(answer.action as ActionId)?.get(answer.class as never);
  return (ruling?.conditions ?? []).map((id) => ({ id, label: pack.conditions.get(id)?.[language] ?? id }));
}

export function todayInJapan(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
