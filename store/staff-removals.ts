import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from './audit.js';
import { enqueue } from './outbox.js';
import { type Permit, withdrawRequest } from './permits.js';
import { requestDate } from './request-follow-ups.js';
import type { RosterRow } from './roster.js';
import type { Database } from './schema.js';
import { endStandingOf, parseStanding, type Standing } from './standing.js';
import { approversFor, type User } from './users.js';

/** What is still open in a person's name when they leave (4-1(5): 利用していた情報資産を返却する). */
export interface OpenInName {
  /** Approved take-outs (and devices) not returned. */
  takeOuts: Permit[];
  /** Other approved permits still running: disposals not recorded, periods not over. */
  inForce: Permit[];
  /** Their own requests still waiting: cancelled when the removal is applied. */
  pending: Permit[];
  /** Disposals whose contractor's certificate has not come. */
  certificates: Permit[];
  /** Standing permissions granted to them: ended when the removal is applied. */
  standing: Standing[];
  /** Cloud-scan findings they own, still open. */
  findings: { id: string; name: string; path: string }[];
}

export interface Leaver {
  user: User;
  /** Not in the file at all, or in it marked as leaving. */
  reason: 'not_listed' | 'leaving';
  schoolName: string | null;
  open: OpenInName;
}

/** Applying removals that would leave the board without any principal: the count, to confirm. */
export class RemovalsNeedConfirmation extends Error {
  constructor(
    readonly leavers: number,
    readonly principals: number,
  ) {
    super(`the roster removes every principal (${principals}) among ${leavers} people`);
    this.name = 'RemovalsNeedConfirmation';
  }
}

const jstToday = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(at);

export async function openInName(tx: Kysely<Database>, user: User, at: Date): Promise<OpenInName> {
  const today = jstToday(at);
  const permits = await tx
    .selectFrom('permits')
    .selectAll()
    .where('requester_id', '=', user.id)
    .where('status', 'in', ['pending', 'approved', 'disposed'])
    .orderBy('created_at')
    .execute();
  const certificates: Permit[] = [];
  for (const p of permits.filter((x) => x.status === 'disposed')) {
    const d = await tx
      .selectFrom('disposal_records')
      .select(['contractor', 'certificate_received_at'])
      .where('permit_id', '=', p.id)
      .executeTakeFirst();
    if (d?.contractor && !d.certificate_received_at) certificates.push(p);
  }
  const approved = permits.filter((p) => p.status === 'approved');
  const standing = await tx
    .selectFrom('standing_permissions')
    .selectAll()
    .where('grantee_id', '=', user.id)
    .where('status', '=', 'active')
    .where('ends_on', '>=', today)
    .execute();
  const findings = await tx
    .selectFrom('findings')
    .select(['id', 'name', 'path'])
    .where('owner_id', '=', user.id)
    .where('status', '=', 'open')
    .orderBy('first_seen')
    .limit(100)
    .execute();
  return {
    takeOuts: approved.filter((p) => p.return_on !== null),
    inForce: approved.filter((p) => p.return_on === null && (p.closing === 'disposal' || (requestDate(p) ?? '') >= today)),
    pending: permits.filter((p) => p.status === 'pending'),
    certificates,
    standing: standing.map(parseStanding),
    findings,
  };
}

/** The active people a roster leaves out (or marks as leaving), with what is open in their name. */
export async function findLeavers(tx: Transaction<Database>, rows: RosterRow[], at: Date): Promise<Leaver[]> {
  const listed = new Set(rows.filter((r) => !r.leaving).map((r) => r.email));
  const leaving = new Set(rows.filter((r) => r.leaving).map((r) => r.email));
  const active = await tx
    .selectFrom('users')
    .leftJoin('schools', 'schools.id', 'users.school_id')
    .selectAll('users')
    .select('schools.name as school_name')
    .where('users.active', '=', 1)
    .orderBy('users.email')
    .execute();
  const leavers: Leaver[] = [];
  for (const { school_name, ...user } of active) {
    if (listed.has(user.email)) continue;
    leavers.push({
      user,
      reason: leaving.has(user.email) ? 'leaving' : 'not_listed',
      schoolName: school_name,
      open: await openInName(tx, user, at),
    });
  }
  return leavers;
}

/** How many active principals the removals take away, of how many. */
export async function principalsLost(tx: Transaction<Database>, leavers: Leaver[]): Promise<{ removed: number; total: number }> {
  const total = await tx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('active', '=', 1)
    .where('role', '=', 'principal')
    .executeTakeFirstOrThrow();
  return { removed: leavers.filter((l) => l.user.role === 'principal').length, total: Number(total.n) };
}

/** Who is told that a person left: their school's principal, else the board's security officer. */
async function whoIsTold(tx: Transaction<Database>, leaver: User, at: Date): Promise<User[]> {
  const principals =
    leaver.school_id && leaver.role !== 'principal' ? await approversFor(tx, 'principal', leaver.school_id, at) : [];
  const told = principals.filter((p) => p.id !== leaver.id);
  if (told.length > 0) return told;
  return (await approversFor(tx, 'board_security', null, at)).filter((p) => p.id !== leaver.id);
}

/**
 * Applies removals in the import's transaction (4-1(5)): each person becomes inactive (their
 * rows and records stay), their pending requests are cancelled with a message, the standing
 * permissions granted to them end, and their principal is told what is still open in their name.
 */
export async function applyLeavers(tx: Transaction<Database>, leavers: Leaver[], at: Date): Promise<void> {
  const reason = '名簿から外れた（離任・退職・異動）ため、mamoru が取り消しました。';
  for (const leaver of leavers) {
    const { user } = leaver;
    await tx
      .updateTable('users')
      .set({ active: 0, left_at: at.toISOString(), updated_at: at.toISOString() })
      .where('id', '=', user.id)
      .execute();
    const cancelled: string[] = [];
    for (const p of leaver.open.pending) if (await withdrawRequest(tx, p, reason, at)) cancelled.push(p.id);
    const ended = await endStandingOf(tx, user.id, reason, at);
    const endedIds = leaver.open.standing.map((x) => x.id);
    await appendAudit(
      tx,
      {
        actor: 'system',
        action: 'roster.left',
        subject: `user:${user.id}`,
        data: {
          reason: leaver.reason,
          role: user.role,
          cancelled,
          standingEnded: ended,
          takeOuts: leaver.open.takeOuts.map((p) => p.id),
          inForce: leaver.open.inForce.map((p) => p.id),
          findings: leaver.open.findings.length,
        },
      },
      at,
    );
    for (const recipient of await whoIsTold(tx, user, at)) {
      await enqueue(
        tx,
        {
          kind: 'staff_left',
          recipientId: recipient.id,
          dedupeKey: `left:${user.id}:${at.toISOString()}:${recipient.id}`,
          payload: { userId: user.id, cancelled, standingEnded: endedIds },
        },
        at,
      );
    }
  }
}
