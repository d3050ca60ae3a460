import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { User } from './users.js';

export interface KnownConversation {
  channel: string;
  conversationId: string;
  /** The channel's conversation reference, as stored by the bot. */
  reference: unknown;
}

/**
 * Where a roster user can be reached: the newest personal chat they had with the bot (an app
 * cannot open a chat by itself; it needs the reference from an install or a message).
 */
export async function personalConversation(
  db: Kysely<Database>,
  user: Pick<User, 'teams_aad_object_id' | 'google_user_id'>,
): Promise<KnownConversation | undefined> {
  const google = user.google_user_id
    ? [user.google_user_id.replace(/^users\//, ''), `users/${user.google_user_id.replace(/^users\//, '')}`]
    : [];
  const ids = [user.teams_aad_object_id, ...google].filter((x): x is string => Boolean(x));
  if (ids.length === 0) return undefined;
  const row = await db
    .selectFrom('conversation_references')
    .select(['channel', 'conversation_id', 'reference'])
    .where('conversation_kind', '=', 'personal')
    .where((eb) => eb.or([eb('aad_object_id', 'in', ids), eb('user_id', 'in', ids)]))
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row ? { channel: row.channel, conversationId: row.conversation_id, reference: JSON.parse(row.reference) } : undefined;
}
