import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { appendAudit } from './audit.js';
import type { Database } from './schema.js';

export type User = Selectable<Database['users']>;

/** A Teams user: by Entra object id, then by e-mail (from the Teams member lookup). */
export async function findUser(
  db: Kysely<Database>,
  who: { aadObjectId?: string; googleUserId?: string; email?: string },
): Promise<User | undefined> {
  const base = db.selectFrom('users').selectAll().where('active', '=', 1);
  if (who.aadObjectId) {
    const user = await base.where('teams_aad_object_id', '=', who.aadObjectId.toLowerCase()).executeTakeFirst();
    if (user) return user;
  }
  if (who.googleUserId) {
    // The roster may hold the id as Chat names it (users/123) or bare (123).
    const bare = who.googleUserId.replace(/^users\//, '');
    const user = await base.where('google_user_id', 'in', [bare, `users/${bare}`]).executeTakeFirst();
    if (user) return user;
  }
  if (who.email) return base.where('email', '=', who.email.trim().toLowerCase()).executeTakeFirst();
  return undefined;
}

export async function getUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

const today = (at: Date) => at.toISOString().slice(0, 10);

/** Roles that serve the whole board; every other role is held at a school. */
export const BOARD_ROLES: ReadonlySet<string> = new Set(['board_security', 'ciso', 'csirt']);

/**
 * Who may decide for a role at a school today: the holders of the role (the principal or the
 * 教頭 of the school; board roles for the whole board) and their delegates for the day.
 */
export async function approversFor(
  db: Kysely<Database>,
  role: string,
  schoolId: string | null,
  at = new Date(),
): Promise<User[]> {
  let holders = db.selectFrom('users').selectAll().where('active', '=', 1).where('role', '=', role);
  if (!BOARD_ROLES.has(role)) {
    if (!schoolId) return [];
    holders = holders.where('school_id', '=', schoolId);
  }
  const principals = await holders.execute();
  if (principals.length === 0) return [];
  const day = today(at);
  const delegates = await db
    .selectFrom('delegations')
    .innerJoin('users', 'users.id', 'delegations.delegate_id')
    .selectAll('users')
    .where(
      'delegations.principal_id',
      'in',
      principals.map((p) => p.id),
    )
    .where('delegations.starts_on', '<=', day)
    .where('delegations.ends_on', '>=', day)
    .where('users.active', '=', 1)
    .execute();
  const all = [...principals, ...delegates];
  return all.filter((u, i) => all.findIndex((v) => v.id === u.id) === i);
}

/** A principal's delegate for a date range (both days included). */
export async function addDelegation(
  db: Kysely<Database>,
  input: { principalId: string; delegateId: string; startsOn: string; endsOn: string },
): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('delegations')
      .values({
        id,
        principal_id: input.principalId,
        delegate_id: input.delegateId,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_at: new Date().toISOString(),
      })
      .execute();
    await appendAudit(tx, {
      actor: 'system',
      action: 'delegation.added',
      subject: `user:${input.principalId}`,
      data: { ...input },
    });
  });
  return id;
}

/** The principals who have made this user their delegate for the day. */
export async function delegatorsOf(db: Kysely<Database>, delegateId: string, at = new Date()): Promise<User[]> {
  const day = today(at);
  return db
    .selectFrom('delegations')
    .innerJoin('users', 'users.id', 'delegations.principal_id')
    .selectAll('users')
    .where('delegations.delegate_id', '=', delegateId)
    .where('delegations.starts_on', '<=', day)
    .where('delegations.ends_on', '>=', day)
    .execute();
}
