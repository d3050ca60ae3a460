import type { Kysely } from 'kysely';
import { appendAudit } from './audit.js';
import { type Finding, findingAssetId } from './findings.js';
import * as outbox from './outbox.js';
import type { Database } from './schema.js';

/** The findings with these ids, in the order given (ids not found are left out). */
export async function findingsByIds(db: Kysely<Database>, ids: string[]): Promise<Finding[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('findings').selectAll().where('id', 'in', ids).execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/**
 * A school's findings still open (`schoolId` null: the board's, for files of people on no
 * school), but those in `excluding`, the most urgent first: shared with anyone, class Ⅰ, the oldest.
 */
export async function openFindingIds(
  db: Kysely<Database>,
  schoolId: string | null,
  excluding: string[],
  limit = 30,
): Promise<string[]> {
  let query = db.selectFrom('findings').select(['id', 'sharing', 'class', 'first_seen']).where('status', '=', 'open');
  query = schoolId ? query.where('school_id', '=', schoolId) : query.where('school_id', 'is', null);
  if (excluding.length > 0) query = query.where('id', 'not in', excluding);
  const rows = await query.execute();
  const urgency = (sharing: string | null) => ({ anonymous: 0, organization: 1, users: 2 })[sharing ?? ''] ?? 3;
  rows.sort(
    (a, b) =>
      urgency(a.sharing) - urgency(b.sharing) || a.class.localeCompare(b.class) || a.first_seen.localeCompare(b.first_seen),
  );
  return rows.slice(0, limit).map((r) => r.id);
}

/** How many of a school's findings are open (`schoolId` null: the board's). */
export async function countOpenFindings(db: Kysely<Database>, schoolId: string | null): Promise<number> {
  let query = db
    .selectFrom('findings')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'open');
  query = schoolId ? query.where('school_id', '=', schoolId) : query.where('school_id', 'is', null);
  return Number((await query.executeTakeFirst())?.n ?? 0);
}

/** Of these findings, those open whose file could not be read the last time: name and why. */
export async function unreadableOpenFindings(
  db: Kysely<Database>,
  ids: string[],
): Promise<{ name: string; unreadable_reason?: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('findings')
    .select(['name', 'unreadable_reason'])
    .where('id', 'in', ids)
    .where('status', '=', 'open')
    .where('unreadable_reason', 'is not', null)
    .execute();
}

/** Someone says they moved the file out of the cloud: recorded in the audit log (the next scan confirms). */
export async function reportFindingMoved(db: Kysely<Database>, finding: Finding, actorId: string): Promise<void> {
  await db.transaction().execute((tx) =>
    appendAudit(tx, {
      actor: actorId,
      action: 'finding.moved_reported',
      subject: findingAssetId(finding.id),
      data: { path: finding.path },
    }),
  );
}

/** Queues a card asking the file's owner about a finding (each ask is a message of its own). */
export async function askOwnerAbout(db: Kysely<Database>, findingId: string, ownerId: string, askId: string): Promise<void> {
  await db.transaction().execute((tx) =>
    outbox.enqueue(tx, {
      kind: 'finding_owner',
      recipientId: ownerId,
      dedupeKey: `ask:${findingId}:${askId}`,
      payload: { found: [findingId] },
    }),
  );
}
