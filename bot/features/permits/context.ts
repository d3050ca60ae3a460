import type { ActionId, ClassId, Language, Pack, Ruling } from '../../../policy/index.js';
import { jstDay } from '../../../ports/jst.js';
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

import { REQUEST_KIND, type RequestKind } from '../request-kind.js';

export { REQUEST_KIND, type RequestKind };

/**
 * The ruling an answer was given by: its action's for its class (or the class an action assumes
 * when no information was named), else its situation's (a school device taken out).
 */
export function rulingOf(
  pack: Pack,
  answer: Pick<StoredAnswer, 'action' | 'class' | 'assetId' | 'situationId'>,
): Ruling | undefined {
  // A situation that decided (a school device taken home) rules, whatever act it took over.
  const situation = answer.situationId ? pack.situations.get(answer.situationId) : undefined;
  const action = answer.action && !situation ? pack.actions.get(answer.action as ActionId) : undefined;
  const unnamed = !answer.class && !answer.assetId ? action?.unnamed : undefined;
  const cls = (answer.class ?? unnamed?.assume) as ClassId | undefined;
  if (action) return cls ? pack.rulings.get(action.id)?.get(cls) : undefined;
  if (!situation) return undefined;
  return cls ? situation.rulings.get(cls) : situation.rulings.values().next().value;
}

/** The condition of a ruling a principal's standing permission meets (2-2(8)②), if it has one. */
export function blanketCondition(pack: Pack, ruling: Ruling | undefined): string | undefined {
  return ruling?.conditions.find((id) => pack.conditionsMetBy.get(id) === 'blanket');
}

/** The request an answer allows: its decision's, or a permission when a standing permission would do and none is given. */
export function requestKindOf(pack: Pack, answer: StoredAnswer): RequestKind | undefined {
  return REQUEST_KIND[answer.decision] ?? (blanketCondition(pack, rulingOf(pack, answer)) ? 'permit' : undefined);
}

/** How a pack closes an approved disposal (2-2(12)): its methods, a witness, the certificate's days. */
export type DisposalSettings = NonNullable<NonNullable<ReturnType<typeof permitDefOf>>['disposal']>;

/** What a request for this answer asks for: the permit settings of the situation that decided, or of its action. */
export function permitDefOf(pack: Pack, answer: StoredAnswer) {
  const situation = answer.situationId ? pack.situations.get(answer.situationId) : undefined;
  if (situation) return situation.permit;
  return answer.action ? pack.actions.get(answer.action as ActionId)?.permit : undefined;
}

/** The roster user behind an event: by Entra object id, then by e-mail from the channel. */
export async function rosterUser(store: Store, ctx: BotContext): Promise<User | undefined> {
  const { user } = ctx.event;
  const found = await findUser(store.db, {
    aadObjectId: user.aadObjectId,
    googleUserId: user.googleUserId,
    email: user.email,
  });
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

export interface Measures {
  /** To be confirmed on the form. */
  confirmations: { id: string; label: string }[];
  /** Kept by mamoru from the request itself, or from the disposal record later: shown, not asked. */
  keptByMamoru: { id: string; label: string; by: 'record' | 'disposal' }[];
  /** What the request is about when the question named no information (「重要性分類Ⅲ・Ⅳの情報」). */
  subject: string | null;
}

/**
 * The measures the policy requires for this action and class, to be confirmed on the form: the
 * answer's conditions. A question that named no information (a personal device) was answered as
 * for the action's assumed class, with what the pack adds (class Ⅰ・Ⅱ stays off the device).
 */
export function requiredMeasures(
  pack: Pack,
  answer: StoredAnswer,
  language: Language,
  form: { recordsReturn: boolean; hasDeclarations: boolean; recordsDisposal?: boolean },
): Measures {
  const action = answer.action ? pack.actions.get(answer.action as ActionId) : undefined;
  const unnamed = !answer.class && !answer.assetId ? action?.unnamed : undefined;
  const ruling = rulingOf(pack, answer);
  if (!ruling) return { confirmations: [], keptByMamoru: [], subject: null };
  const ids = [...new Set([...ruling.conditions, ...(unnamed?.conditions ?? [])])];
  const label = (id: string) => ({ id, label: pack.conditions.get(id)?.[language] ?? id });
  // The request itself is the take-out record (2-2(8)①) when it follows a return, its declarations
  // are the device declaration (4-1(1)③ウ), it is the permission a standing one would have given,
  // and a disposal's record (witness, method) is made when it is done: none is asked for here.
  const metBy = (id: string) => pack.conditionsMetBy.get(id);
  const met = (id: string) =>
    (metBy(id) === 'record' && form.recordsReturn) ||
    (metBy(id) === 'declarations' && form.hasDeclarations) ||
    metBy(id) === 'blanket' ||
    (metBy(id) === 'disposal' && Boolean(form.recordsDisposal));
  const kept = (by: 'record' | 'disposal') => ids.filter((id) => metBy(id) === by && met(id)).map((id) => ({ ...label(id), by }));
  return {
    confirmations: ids.filter((id) => !met(id)).map(label),
    keptByMamoru: [...kept('record'), ...kept('disposal')],
    subject: unnamed?.subject[language] ?? null,
  };
}

/**
 * A pack's label with its example split off, so the example becomes the input's placeholder and
 * the label alone goes to the approval card and the records: 「OS（例: Windows 11）」 → 「OS」, 「例: Windows 11」.
 */
export function withoutExample(label: string): { label: string; example?: string } {
  const match = /^(.*?)\s*[（(]\s*(例[:：]|e\.g\.)\s*(.+?)\s*[）)]$/.exec(label);
  if (!match) return { label };
  return { label: match[1]!, example: `${match[2]!.startsWith('例') ? '例: ' : 'e.g. '}${match[3]!}` };
}

export function todayInJapan(now: Date): string {
  return jstDay(now);
}

/** A year after a day (YYYY-MM-DD): the latest date a form accepts. */
export function yearAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** The message that holds the card a card action came from, to update it later (from the front). */
export function cardMessageId(ctx: BotContext): string | undefined {
  return ctx.event.type === 'cardAction' ? ctx.event.messageId || undefined : undefined;
}
