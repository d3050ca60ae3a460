import { jst } from '../../../ports/jst.js';
import { type Store, type User, usersMatching } from '../../../store/index.js';
import type { BotContext } from '../../core/index.js';

export interface IncidentDeps {
  store: Store;
  /** Sends what the outbox holds, soon (after this turn). */
  notifier: { kick(): void };
  /** Local demo only: the reporter may hold a step of their own report (the demo principal). */
  allowSelfApproval?: boolean;
  /** The clock: when a report is made and acknowledged, and when acknowledgements are due. */
  now?: () => Date;
}

export const nowOf = (deps: IncidentDeps) => deps.now?.() ?? new Date();

/**
 * Every roster row of the person behind an event: by Entra object id, Google user id or e-mail,
 * and by the e-mail Teams gives on request when nothing else matches.
 */
export async function actingUsers(store: Store, ctx: BotContext): Promise<User[]> {
  const { user } = ctx.event;
  const found = await usersMatching(store.db, {
    aadObjectId: user.aadObjectId,
    googleUserId: user.googleUserId,
    email: user.email,
  });
  if (found.length > 0 || !ctx.event.lookupEmail) return found;
  const email = await ctx.event.lookupEmail().catch(() => undefined);
  return email ? usersMatching(store.db, { email }) : [];
}

/** The row a report is made as: the one at a school (a teacher, a principal), else the first. */
export const reporterRow = (users: User[]): User | undefined => users.find((u) => u.school_id) ?? users[0];

/** An instant as a person in Japan reads it: 2026/6/3 10:05. */
export { jst };

/**
 * Where the card a button was pressed on lives, so the report's card can be updated as it travels:
 * known for a personal chat whose front names the message, when the front says it is this chat's.
 */
export function cardOfClick(ctx: BotContext): { channel: string; conversationId: string; messageId: string } | undefined {
  const messageId = ctx.event.type === 'cardAction' ? ctx.event.messageId || undefined : undefined;
  const { conversation, channel, traits } = ctx.event;
  if (!messageId || conversation.kind !== 'personal') return undefined;
  if (!traits.isMessageOf(conversation.id, messageId)) return undefined;
  return { channel, conversationId: conversation.id, messageId };
}

export const clickedMessage = (ctx: BotContext): string | undefined =>
  ctx.event.type === 'cardAction' ? ctx.event.messageId || undefined : undefined;
