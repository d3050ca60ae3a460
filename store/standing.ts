import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit } from './audit.js';
import type { Database } from './schema.js';

export type StandingRow = Selectable<Database['standing_permissions']>;

/** A standing permission as code reads it: the JSON columns parsed. */
export interface Standing extends Omit<StandingRow, 'classes' | 'items' | 'actions'> {
  classes: string[];
  /** null: every catalog item of those classes. */
  items: string[] | null;
  actions: string[];
}

export interface NewStanding {
  policy: string;
  schoolId: string;
  /** null: every staff member of the school. */
  granteeId: string | null;
  grantedBy: string;
  classes: string[];
  items: string[] | null;
  actions: string[];
  startsOn: string;
  endsOn: string;
  note?: string;
  /** The form it was granted from: the same form submitted twice grants once. */
  formId?: string;
}

const list = (json: string | null): string[] => {
  try {
    const value = json ? JSON.parse(json) : [];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

export function parseStanding(row: StandingRow): Standing {
  return { ...row, classes: list(row.classes), items: row.items === null ? null : list(row.items), actions: list(row.actions) };
}

async function audit(tx: Transaction<Database>, actor: string, action: string, s: { id: string }, data: object, at: Date) {
  await appendAudit(tx, { actor, action: `standing.${action}`, subject: `standing:${s.id}`, data: { ...data } }, at);
}

/**
 * Grants a standing permission (2-2(8)②) and records it in the audit log, at once. The checks of
 * what the policy allows (its classes, a period of a year at most) are the caller's; a second
 * submission of the same form (`formId`) returns the first grant, unchanged.
 */
export async function grantStanding(
  db: Kysely<Database>,
  input: NewStanding,
  at = new Date(),
): Promise<{ created: boolean; standing: Standing }> {
  return db.transaction().execute(async (tx) => {
    if (input.formId) {
      const earlier = await tx
        .selectFrom('standing_permissions')
        .selectAll()
        .where('form_id', '=', input.formId)
        .executeTakeFirst();
      if (earlier) return { created: false, standing: parseStanding(earlier) };
    }
    const row: StandingRow = {
      id: randomUUID(),
      policy: input.policy,
      school_id: input.schoolId,
      grantee_id: input.granteeId,
      granted_by: input.grantedBy,
      classes: JSON.stringify(input.classes),
      items: input.items ? JSON.stringify(input.items) : null,
      actions: JSON.stringify(input.actions),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      note: input.note ?? null,
      status: 'active',
      revoked_by: null,
      revoked_at: null,
      revoke_reason: null,
      form_id: input.formId ?? null,
      created_at: at.toISOString(),
    };
    const inserted = await tx
      .insertInto('standing_permissions')
      .values(row)
      .onConflict((oc) => oc.column('form_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) {
      // Another transaction took the same form first (PostgreSQL waits for it, then lands here).
      const earlier = await tx
        .selectFrom('standing_permissions')
        .selectAll()
        .where('form_id', '=', input.formId!)
        .executeTakeFirstOrThrow();
      return { created: false, standing: parseStanding(earlier) };
    }
    const { formId: _form, ...data } = input;
    await audit(tx, input.grantedBy, 'granted', row, data, at);
    return { created: true, standing: parseStanding(row) };
  });
}

/** Revokes an active standing permission: the first revocation wins, a later one changes nothing. */
export async function revokeStanding(
  db: Kysely<Database>,
  input: { id: string; actorId: string; reason?: string },
  at = new Date(),
): Promise<{ changed: boolean; standing: Standing | undefined }> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('standing_permissions')
      .set({ status: 'revoked', revoked_by: input.actorId, revoked_at: at.toISOString(), revoke_reason: input.reason ?? null })
      .where('id', '=', input.id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    const row = await tx.selectFrom('standing_permissions').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1 || !row) return { changed: false, standing: row && parseStanding(row) };
    await audit(tx, input.actorId, 'revoked', row, { reason: input.reason ?? null }, at);
    return { changed: true, standing: parseStanding(row) };
  });
}

/** Ends the standing permissions granted to a person who left (4-1(5)), in the caller's transaction. */
export async function endStandingOf(tx: Transaction<Database>, userId: string, reason: string, at: Date): Promise<number> {
  const rows = await tx
    .selectFrom('standing_permissions')
    .selectAll()
    .where('grantee_id', '=', userId)
    .where('status', '=', 'active')
    .execute();
  for (const row of rows) {
    await tx
      .updateTable('standing_permissions')
      .set({ status: 'ended', revoked_at: at.toISOString(), revoke_reason: reason })
      .where('id', '=', row.id)
      .where('status', '=', 'active')
      .execute();
    await audit(tx, 'system', 'ended', row, { reason }, at);
  }
  return rows.length;
}

export async function getStanding(db: Kysely<Database>, id: string): Promise<Standing | undefined> {
  const row = await db.selectFrom('standing_permissions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && parseStanding(row);
}

/** A school's standing permissions still in force on a day (or ahead of it), the latest ending first. */
export async function standingOfSchool(db: Kysely<Database>, schoolId: string, day: string): Promise<Standing[]> {
  const rows = await db
    .selectFrom('standing_permissions')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('status', '=', 'active')
    .where('ends_on', '>=', day)
    .orderBy('ends_on', 'desc')
    .limit(100)
    .execute();
  return rows.map(parseStanding);
}

/**
 * The standing permission that covers what a person asked on a day: in force, at their school,
 * for them or for all its staff, naming the class, the item (or all of its class) and the action.
 */
export async function standingCovering(
  db: Kysely<Database>,
  q: { policy: string; schoolId: string; userId: string; cls: string; assetId: string | null; action: string; day: string },
): Promise<Standing | undefined> {
  const rows = await db
    .selectFrom('standing_permissions')
    .selectAll()
    .where('school_id', '=', q.schoolId)
    .where('policy', '=', q.policy)
    .where('status', '=', 'active')
    .where('starts_on', '<=', q.day)
    .where('ends_on', '>=', q.day)
    .where((eb) => eb.or([eb('grantee_id', 'is', null), eb('grantee_id', '=', q.userId)]))
    .orderBy('ends_on', 'desc')
    .execute();
  return rows
    .map(parseStanding)
    .find(
      (s) =>
        s.classes.includes(q.cls) &&
        s.actions.includes(q.action) &&
        (s.items === null || (q.assetId !== null && s.items.includes(q.assetId))),
    );
}
