import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { appendAudit } from './audit.js';
import { enqueue } from './outbox.js';
import type { Database } from './schema.js';
import { findUser, type User } from './users.js';

export type Finding = Selectable<Database['findings']>;

/** A finding named where an answer or a permit names its information (asset_id): `finding:<id>`. */
const FINDING_PREFIX = 'finding:';
export const findingAssetId = (id: string): string => `${FINDING_PREFIX}${id}`;
/** The finding an asset id names, or undefined when it names catalog information. */
export const findingIdOf = (assetId: string | null | undefined): string | undefined =>
  assetId?.startsWith(FINDING_PREFIX) ? assetId.slice(FINDING_PREFIX.length) : undefined;
export type FindingStatus = 'open' | 'resolved' | 'false_positive' | 'exception';

/** A file as a scan saw it: where it is and who owns it, never what it contains. */
export interface ObservedFile {
  source: string;
  driveId: string;
  itemId: string;
  name: string;
  path: string;
  webUrl?: string;
  ownerEmail?: string;
  sharing?: 'anonymous' | 'organization' | 'users' | 'private';
  /** The file's version (etag, modified time): a false positive is not reported again for it. */
  version?: string;
}

export interface Verdict {
  class: string | null;
  confidence: number;
  /** Kinds, counts and masked samples a person can check; never contents. */
  reasons: unknown[];
  /**
   * Set when the content could not be read this time (a password, damage, too large, the OCR time
   * spent …): why, as a person reads it. An open finding is then kept open, marked 再確認できません,
   * never resolved: the file is still in the cloud.
   */
  unreadable?: string;
}

export type Outcome = 'new' | 'reopened' | 'updated' | 'resolved' | 'unreadable' | 'unchanged';

const MISPLACED = new Set(['I', 'II']);

async function audit(
  tx: Transaction<Database>,
  finding: Pick<Finding, 'id' | 'source' | 'path'>,
  action: string,
  data: Record<string, unknown>,
  at: Date,
  actor = 'system',
) {
  await appendAudit(
    tx,
    {
      actor,
      action: `finding.${action}`,
      subject: findingAssetId(finding.id),
      data: { source: finding.source, path: finding.path, ...data },
    },
    at,
  );
}

/**
 * Records what a scan concluded about one file (2-2(7)⑤: class Ⅰ・Ⅱ may not be in the cloud).
 * One finding per source, drive and item: re-scans update it, never duplicate it.
 */
export async function recordVerdict(
  db: Kysely<Database>,
  file: ObservedFile,
  verdict: Verdict,
  at = new Date(),
): Promise<Outcome> {
  return db.transaction().execute((tx) => recordVerdictIn(tx, file, verdict, at));
}

/** recordVerdict inside the caller's transaction (a scan records a file and marks it done in one). */
export async function recordVerdictIn(
  tx: Transaction<Database>,
  file: ObservedFile,
  verdict: Verdict,
  at = new Date(),
  owners?: Map<string, Promise<User | undefined>>,
): Promise<Outcome> {
  const now = at.toISOString();
  const existing = await tx
    .selectFrom('findings')
    .selectAll()
    .where('source', '=', file.source)
    .where('drive_id', '=', file.driveId)
    .where('item_id', '=', file.itemId)
    .executeTakeFirst();
  const misplaced = verdict.class !== null && MISPLACED.has(verdict.class);
  // Most files are neither misplaced nor known: nothing to write, nobody to look up.
  if (!existing && !misplaced) return 'unchanged';
  const owner = file.ownerEmail ? await ownerOf(tx, file.ownerEmail, owners) : undefined;
  const seen = {
    name: file.name,
    path: file.path,
    web_url: file.webUrl ?? null,
    owner_email: file.ownerEmail ?? null,
    owner_id: owner?.id ?? null,
    school_id: owner?.school_id ?? null,
    sharing: file.sharing ?? null,
    version: file.version ?? null,
    last_seen: now,
  };
  // Read again (whatever it says now): no longer 再確認できません.
  const readable = { unreadable_reason: null, unreadable_since: null, unreadable_notified_at: null };
  if (!existing) {
    const row = {
      id: randomUUID(),
      source: file.source,
      drive_id: file.driveId,
      item_id: file.itemId,
      ...seen,
      class: verdict.class!,
      confidence: verdict.confidence,
      reasons: JSON.stringify(verdict.reasons),
      status: 'open',
      status_by: null,
      status_at: null,
      status_version: null,
      first_seen: now,
      notified_at: null,
      resolved_at: null,
      resolution_notified_at: null,
    };
    await tx.insertInto('findings').values(row).execute();
    await audit(tx, row, 'found', { class: row.class, sharing: row.sharing }, at);
    return 'new';
  }
  const judged = existing.status === 'false_positive' || existing.status === 'exception';
  const sameVersion = existing.status_version !== null && existing.status_version === (file.version ?? null);
  if (misplaced && (existing.status === 'resolved' || (existing.status === 'false_positive' && !sameVersion))) {
    await tx
      .updateTable('findings')
      .set({
        ...seen,
        ...readable,
        class: verdict.class!,
        confidence: verdict.confidence,
        reasons: JSON.stringify(verdict.reasons),
        status: 'open',
        // Reopened by a scan, not by a person.
        status_by: null,
        status_at: now,
        notified_at: null,
        resolved_at: null,
        resolution_notified_at: null,
      })
      .where('id', '=', existing.id)
      .execute();
    await audit(tx, existing, 'reopened', { class: verdict.class, was: existing.status }, at);
    return 'reopened';
  }
  if (!misplaced && existing.status === 'open' && verdict.unreadable !== undefined) {
    // The file is still in the cloud and was class Ⅰ・Ⅱ when last read: 2-2(7)⑤ still applies.
    const reason = verdict.unreadable.slice(0, 500);
    const news = existing.unreadable_reason !== reason;
    await tx
      .updateTable('findings')
      .set({
        ...seen,
        unreadable_reason: reason,
        unreadable_since: existing.unreadable_since ?? now,
        ...(news ? { unreadable_notified_at: null } : {}),
      })
      .where('id', '=', existing.id)
      .execute();
    if (news) await audit(tx, existing, 'unreadable', { reason, class: existing.class }, at);
    return 'unreadable';
  }
  if (!misplaced && existing.status === 'open') {
    await tx
      .updateTable('findings')
      .set({ ...seen, ...readable, status: 'resolved', resolved_at: now, status_at: now, status_by: null })
      .where('id', '=', existing.id)
      .execute();
    await audit(tx, existing, 'resolved', { because: 'reclassified', class: verdict.class }, at);
    return 'resolved';
  }
  const unreadableNow = verdict.unreadable !== undefined && !misplaced;
  const update =
    judged || !misplaced
      ? { ...seen, ...(unreadableNow ? {} : readable) }
      : {
          ...seen,
          ...readable,
          class: verdict.class!,
          confidence: verdict.confidence,
          reasons: JSON.stringify(verdict.reasons),
        };
  await tx.updateTable('findings').set(update).where('id', '=', existing.id).execute();
  if (existing.unreadable_reason && misplaced && existing.status === 'open')
    await audit(tx, existing, 'readable_again', { class: verdict.class }, at);
  return existing.status === 'open' ? 'updated' : 'unchanged';
}

/** The roster entry of a file's owner; a scan passes a cache, since a drive's files share their owner. */
function ownerOf(
  tx: Transaction<Database>,
  email: string,
  owners?: Map<string, Promise<User | undefined>>,
): Promise<User | undefined> {
  let found = owners?.get(email);
  if (!found) {
    found = findUser(tx, { email });
    owners?.set(email, found);
  }
  return found;
}

/** A file deleted or moved out of the drive: its open finding is resolved. */
export async function resolveGone(
  db: Kysely<Database>,
  file: Pick<ObservedFile, 'source' | 'driveId' | 'itemId'>,
  because: 'deleted' | 'moved',
  at = new Date(),
): Promise<boolean> {
  return db.transaction().execute((tx) => resolveGoneIn(tx, file, because, at));
}

/** resolveGone inside the caller's transaction. */
export async function resolveGoneIn(
  tx: Transaction<Database>,
  file: Pick<ObservedFile, 'source' | 'driveId' | 'itemId'>,
  because: 'deleted' | 'moved',
  at = new Date(),
): Promise<boolean> {
  const existing = await tx
    .selectFrom('findings')
    .select(['id', 'source', 'path'])
    .where('source', '=', file.source)
    .where('drive_id', '=', file.driveId)
    .where('item_id', '=', file.itemId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (!existing) return false;
  await tx
    .updateTable('findings')
    .set({
      status: 'resolved',
      resolved_at: at.toISOString(),
      status_at: at.toISOString(),
      unreadable_reason: null,
      unreadable_since: null,
      unreadable_notified_at: null,
    })
    .where('id', '=', existing.id)
    .execute();
  await audit(tx, existing, 'resolved', { because }, at);
  return true;
}

/** After a full listing of a drive: open findings for files not seen since `since` are gone. */
export async function resolveUnseen(
  db: Kysely<Database>,
  source: string,
  driveId: string,
  since: Date,
  at = new Date(),
): Promise<number> {
  return db.transaction().execute((tx) => resolveUnseenIn(tx, source, driveId, since, at));
}

/** resolveUnseen inside the caller's transaction (with committing the drive's cursor). */
export async function resolveUnseenIn(
  tx: Transaction<Database>,
  source: string,
  driveId: string,
  since: Date,
  at = new Date(),
): Promise<number> {
  const stale = await tx
    .selectFrom('findings')
    .select(['item_id'])
    .where('source', '=', source)
    .where('drive_id', '=', driveId)
    .where('status', '=', 'open')
    .where('last_seen', '<', since.toISOString())
    .execute();
  for (const f of stale) await resolveGoneIn(tx, { source, driveId, itemId: f.item_id }, 'moved', at);
  return stale.length;
}

type Changed = { changed: boolean; finding: Finding | undefined };

/**
 * Changes a finding that still has status `from` (a person's click, first one wins): `set` comes
 * from the finding as read; a finding in another status, or one a racing click changed first,
 * is returned as it is now, unchanged. `after` runs only when this click changed it.
 */
async function transition(
  db: Kysely<Database>,
  id: string,
  from: FindingStatus,
  set: (finding: Finding) => Partial<Finding>,
  after: (tx: Transaction<Database>, finding: Finding) => Promise<void>,
): Promise<Changed> {
  return db.transaction().execute(async (tx) => {
    const read = () => tx.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
    const finding = await read();
    if (finding?.status !== from) return { changed: false, finding };
    const values = set(finding);
    const result = await tx
      .updateTable('findings')
      .set(values)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { changed: false, finding: await read() };
    await after(tx, finding);
    return { changed: true, finding: { ...finding, ...values } };
  });
}

/**
 * A person's judgement: 誤検知 (false positive) or an approved 6-3 exception. The first judgement
 * wins, as with permits: only an open finding changes, so a stale button on an old card (the file
 * since resolved, or judged by someone else) changes nothing; `changed` says which it was.
 * An owner's own 誤検知 is listed in the school's next digest, so the principal can reopen it.
 */
export async function judgeFinding(
  db: Kysely<Database>,
  id: string,
  status: 'false_positive' | 'exception',
  actorId: string,
  at = new Date(),
): Promise<Changed> {
  return transition(
    db,
    id,
    'open',
    (finding) => ({
      status,
      status_by: actorId,
      status_at: at.toISOString(),
      status_version: finding.version,
      // Null for an owner's own 誤検知: the principal has yet to hear of it (the next digest lists it).
      resolution_notified_at: finding.owner_id === actorId ? null : at.toISOString(),
    }),
    (tx, finding) => audit(tx, finding, status, { version: finding.version, byOwner: finding.owner_id === actorId }, at, actorId),
  );
}

/**
 * 「確認して再開」: the principal (or security staff) finds an owner's 誤検知 wrong. The finding is
 * open again, with who and when, and its owner gets the card about it once more.
 */
export async function reopenFinding(db: Kysely<Database>, id: string, actorId: string, at = new Date()): Promise<Changed> {
  return transition(
    db,
    id,
    'false_positive',
    () => ({
      status: 'open',
      status_by: actorId,
      status_at: at.toISOString(),
      status_version: null,
      // Its resolution, when it comes, is news again.
      resolution_notified_at: null,
    }),
    async (tx, finding) => {
      await audit(tx, finding, 'reopened', { was: finding.status, judgedBy: finding.status_by }, at, actorId);
      if (!finding.owner_id) return;
      await enqueue(
        tx,
        {
          kind: 'finding_owner',
          recipientId: finding.owner_id,
          dedupeKey: `reopen:${id}:${at.toISOString()}`,
          payload: { found: [id], reopened: true },
        },
        at,
      );
    },
  );
}

export async function getFinding(db: Kysely<Database>, id: string): Promise<Finding | undefined> {
  return db.selectFrom('findings').selectAll().where('id', '=', id).executeTakeFirst();
}
