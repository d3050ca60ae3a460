import type { Kysely } from 'kysely';
import type { Permit } from './permits.js';
import type { Database } from './schema.js';
import { approversFor, type User } from './users.js';

/**
 * Who may decide a request now: the holders of its approver role (and their delegates for the
 * day), and once it was forwarded because nobody decided, the role it went to (教頭, the board).
 */
export async function decidersOf(
  db: Kysely<Database>,
  permit: Pick<Permit, 'approver_role' | 'school_id'> & { forwarded_to?: string | null },
  at = new Date(),
): Promise<User[]> {
  const holders = await approversFor(db, permit.approver_role, permit.school_id, at);
  if (!permit.forwarded_to) return holders;
  const next = await approversFor(db, permit.forwarded_to, permit.school_id, at);
  return [...holders, ...next.filter((u) => !holders.some((h) => h.id === u.id))];
}

/** Whether a user (or someone they stand in for today) holds a role for a request's school. */
const holds = (u: User, role: string | null | undefined, p: Permit) =>
  Boolean(role) &&
  u.role === role &&
  (u.role === 'board_security' || u.role === 'ciso' || u.role === 'csirt' || u.school_id === p.school_id);

/** Requests waiting for any of these approvers' schools and roles (including requests forwarded to them). */
export async function pendingFor(db: Kysely<Database>, approver: User, delegatedFrom: User[] = []): Promise<Permit[]> {
  const scopes = [approver, ...delegatedFrom];
  const rows = await db
    .selectFrom('permits')
    .selectAll()
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(200)
    .execute();
  return rows.filter((p) => scopes.some((u) => holds(u, p.approver_role, p) || holds(u, p.forwarded_to, p)));
}

/**
 * A teacher's open requests: pending ones, approved take-outs not yet returned, approved disposals
 * not yet recorded, and disposals whose contractor's certificate has not come.
 */
export async function openRequestsOf(db: Kysely<Database>, requesterId: string): Promise<Permit[]> {
  return db
    .selectFrom('permits')
    .selectAll()
    .where('requester_id', '=', requesterId)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'approved'), eb.or([eb('return_on', 'is not', null), eb('closing', '=', 'disposal')])]),
        eb.and([
          eb('status', '=', 'disposed'),
          eb.exists(
            eb
              .selectFrom('disposal_records as d')
              .select('d.permit_id')
              .whereRef('d.permit_id', '=', 'permits.id')
              .where('d.contractor', 'is not', null)
              .where('d.certificate_received_at', 'is', null),
          ),
        ]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}
