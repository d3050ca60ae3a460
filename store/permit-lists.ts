import type { Kysely } from 'kysely';
import type { Permit } from './permits.js';
import type { Database } from './schema.js';
import type { User } from './users.js';

/** Requests waiting for any of these approvers' schools and roles. */
export async function pendingFor(db: Kysely<Database>, approver: User, delegatedFrom: User[] = []): Promise<Permit[]> {
  const scopes = [approver, ...delegatedFrom];
  const rows = await db
    .selectFrom('permits')
    .selectAll()
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(200)
    .execute();
  return rows.filter((p) =>
    scopes.some((u) => u.role === p.approver_role && (p.approver_role !== 'principal' || u.school_id === p.school_id)),
  );
}

/** A teacher's open requests: pending ones and approved take-outs not yet returned. */
export async function openRequestsOf(db: Kysely<Database>, requesterId: string): Promise<Permit[]> {
  return db
    .selectFrom('permits')
    .selectAll()
    .where('requester_id', '=', requesterId)
    .where((eb) =>
      eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'approved'), eb('return_on', 'is not', null)])]),
    )
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}
