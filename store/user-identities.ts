import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { User } from './users.js';

/**
 * Every active roster row of one person (by Entra object id, Google user id or e-mail): someone may
 * hold two roles on two rows (the local demo's principal is also its CSIRT). Acting on a card is
 * checked against all of them.
 */
export async function usersMatching(
  db: Kysely<Database>,
  who: { aadObjectId?: string; googleUserId?: string; email?: string },
): Promise<User[]> {
  const bare = who.googleUserId?.replace(/^users\//, '');
  const ors = [
    ...(who.aadObjectId ? [{ column: 'teams_aad_object_id' as const, values: [who.aadObjectId.toLowerCase()] }] : []),
    ...(bare ? [{ column: 'google_user_id' as const, values: [bare, `users/${bare}`] }] : []),
    ...(who.email ? [{ column: 'email' as const, values: [who.email.trim().toLowerCase()] }] : []),
  ];
  if (ors.length === 0) return [];
  return db
    .selectFrom('users')
    .selectAll()
    .where('active', '=', 1)
    .where((eb) => eb.or(ors.map((o) => eb(o.column, 'in', o.values))))
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
}
