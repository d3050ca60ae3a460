import type { Kysely, Transaction } from 'kysely';
import { personalConversation } from './conversations.js';
import { enqueue } from './outbox.js';
import { withdrawFindingRequests } from './permits.js';
import type { Database } from './schema.js';
import { approversFor, getUser, type User } from './users.js';

const URGENCY: Record<string, number> = { anonymous: 0, organization: 1, users: 2, private: 3 };

/**
 * Where a school's digest goes (the config's `notify`): the school's principal (and delegates)
 * and/or its 学校情報セキュリティ担当者; with `boardCopy`, the board's security officers get every
 * school's digest too. Whatever the route, a digest nobody at the school can receive goes to the board.
 */
export interface DigestRoute {
  schoolRoles: readonly ('principal' | 'security_staff')[];
  boardCopy: boolean;
}
export const DEFAULT_DIGEST_ROUTE: DigestRoute = { schoolRoles: ['principal'], boardCopy: false };

async function schoolRecipients(db: Kysely<Database>, school: string, route: DigestRoute, at: Date): Promise<User[]> {
  const users: User[] = [];
  for (const role of route.schoolRoles) {
    if (role === 'principal') users.push(...(await approversFor(db, 'principal', school, at)));
    else
      users.push(
        ...(await db
          .selectFrom('users')
          .selectAll()
          .where('active', '=', 1)
          .where('role', '=', role)
          .where('school_id', '=', school)
          .execute()),
      );
  }
  return users;
}

/**
 * After a scan: one digest per school for its principal (and delegates), new findings the most
 * urgent first (shared with anyone, then class Ⅰ), what was resolved, and what owners recorded
 * as 誤検知 themselves (the principal may reopen it); one card per owner about their own files.
 * Open findings whose file can no longer be read (再確認できません) are listed once, with the reason.
 * No digest when nothing changed. Files of people not on the roster go to the board's security
 * officer. `route` says who at a school gets its digest. Everything is queued in one transaction
 * with its marks.
 */
export async function queueFindingNotifications(
  db: Kysely<Database>,
  runId: string,
  options: { at?: Date; route?: DigestRoute } = {},
): Promise<{ digests: number; owners: number }> {
  return db.transaction().execute((tx) => queueFindingNotificationsIn(tx, runId, options));
}

/** queueFindingNotifications inside the caller's transaction (the run's last drive finishing). */
export async function queueFindingNotificationsIn(
  tx: Transaction<Database>,
  runId: string,
  options: { at?: Date; route?: DigestRoute } = {},
): Promise<{ digests: number; owners: number }> {
  const at = options.at ?? new Date();
  const route = options.route ?? DEFAULT_DIGEST_ROUTE;
  const now = at.toISOString();
  const fresh = await tx
    .selectFrom('findings')
    .selectAll()
    .where('status', '=', 'open')
    .where('notified_at', 'is', null)
    .execute();
  const resolved = await tx
    .selectFrom('findings')
    .selectAll()
    .where('status', '=', 'resolved')
    .where('resolution_notified_at', 'is', null)
    .execute();
  // An exception requested for a file that is gone (or no longer class Ⅰ・Ⅱ) is not needed any more.
  for (const finding of resolved)
    await withdrawFindingRequests(tx, finding.id, 'ファイルが削除・移動または再分類され、指摘が解消したため取り下げました', at);
  // An owner's one-click 誤検知 closes a class Ⅰ・Ⅱ finding: the principal hears of it.
  const judged = await tx
    .selectFrom('findings')
    .selectAll()
    .where('status', '=', 'false_positive')
    .where('resolution_notified_at', 'is', null)
    .whereRef('status_by', '=', 'owner_id')
    .execute();
  // Still open, but the file could not be read this time: the principal hears why, once.
  const unreadable = await tx
    .selectFrom('findings')
    .selectAll()
    .where('status', '=', 'open')
    .where('unreadable_reason', 'is not', null)
    .where('unreadable_notified_at', 'is', null)
    .where('notified_at', 'is not', null)
    .execute();
  fresh.sort(
    (a, b) => (URGENCY[a.sharing ?? 'private'] ?? 3) - (URGENCY[b.sharing ?? 'private'] ?? 3) || a.class.localeCompare(b.class),
  );
  const schools = new Set([...fresh, ...resolved, ...judged, ...unreadable].map((f) => f.school_id ?? ''));
  // Owner cards go out before the digests (a later created_at), so a digest, drawn when it is
  // sent, knows which owners its cards could not reach.
  const digestAt = new Date(at.getTime() + 1);
  let digests = 0;
  const told = new Set<string>();
  for (const school of schools) {
    const found = fresh.filter((f) => (f.school_id ?? '') === school).map((f) => f.id);
    const gone = resolved.filter((f) => (f.school_id ?? '') === school).map((f) => f.id);
    const ownerJudged = judged.filter((f) => (f.school_id ?? '') === school).map((f) => f.id);
    const unread = unreadable.filter((f) => (f.school_id ?? '') === school).map((f) => f.id);
    if (found.length + gone.length + ownerJudged.length + unread.length === 0) continue;
    let recipients = school ? await schoolRecipients(tx, school, route, at) : [];
    if (recipients.length === 0 || route.boardCopy) recipients.push(...(await approversFor(tx, 'board_security', null, at)));
    recipients = recipients.filter((u, i) => recipients.findIndex((v) => v.id === u.id) === i);
    for (const r of recipients) {
      await enqueue(
        tx,
        {
          kind: 'finding_digest',
          recipientId: r.id,
          dedupeKey: `digest:${runId}:${school || 'board'}:${r.id}`,
          payload: {
            schoolId: school || null,
            found,
            resolved: gone,
            judged: ownerJudged,
            ...(unread.length > 0 ? { unreadable: unread } : {}),
          },
        },
        digestAt,
      );
      digests++;
    }
    // Nobody to tell (no principal, no board security officer on the roster): keep them for the next digest.
    if (recipients.length > 0) for (const id of [...found, ...gone, ...ownerJudged, ...unread]) told.add(id);
  }
  const byOwner = new Map<string, string[]>();
  for (const f of fresh)
    if (f.owner_id && f.notified_at === null) byOwner.set(f.owner_id, [...(byOwner.get(f.owner_id) ?? []), f.id]);
  for (const [owner, ids] of byOwner) {
    await enqueue(
      tx,
      { kind: 'finding_owner', recipientId: owner, dedupeKey: `owner:${runId}:${owner}`, payload: { found: ids } },
      at,
    );
  }
  await refreshOwnerCards(
    tx,
    resolved.map((f) => f.id),
    runId,
    at,
  );
  const freshTold = fresh.filter((f) => told.has(f.id)).map((f) => f.id);
  const resolvedTold = [...resolved, ...judged].filter((f) => told.has(f.id)).map((f) => f.id);
  if (freshTold.length > 0) await tx.updateTable('findings').set({ notified_at: now }).where('id', 'in', freshTold).execute();
  if (resolvedTold.length > 0)
    await tx.updateTable('findings').set({ resolution_notified_at: now }).where('id', 'in', resolvedTold).execute();
  const unreadableTold = unreadable.filter((f) => told.has(f.id)).map((f) => f.id);
  if (unreadableTold.length > 0)
    await tx.updateTable('findings').set({ unreadable_notified_at: now }).where('id', 'in', unreadableTold).execute();
  return { digests, owners: byOwner.size };
}

/**
 * The owners' cards that show a file now resolved are updated in place (「✅ 解消済み」, no buttons
 * left): each delivered owner card naming one, while it is in the chat mamoru reaches its owner
 * in (else an update would come as a new message).
 */
async function refreshOwnerCards(tx: Transaction<Database>, resolved: string[], runId: string, at: Date): Promise<void> {
  if (resolved.length === 0) return;
  const gone = new Set(resolved);
  const cards = await tx
    .selectFrom('outbox')
    .selectAll()
    .where('kind', '=', 'finding_owner')
    .where('status', '=', 'sent')
    .where('activity_id', 'is not', null)
    .execute();
  for (const card of cards) {
    const found = (JSON.parse(card.payload ?? '{}') as { found?: string[] }).found ?? [];
    if (!found.some((id) => gone.has(id))) continue;
    const owner = await getUser(tx, card.recipient_id);
    const reachable = owner ? await personalConversation(tx, owner) : undefined;
    if (reachable?.conversationId !== card.conversation_id) continue;
    await enqueue(
      tx,
      {
        kind: 'refresh',
        recipientId: card.recipient_id,
        dedupeKey: `finding_owner:${card.id}:refresh:${runId}`,
        conversationId: card.conversation_id ?? undefined,
        activityId: card.activity_id ?? undefined,
        // Drawn as the owner card it replaces (see bot/notify/render-message.ts).
        payload: { card: 'finding_owner', found },
      },
      at,
    );
  }
}
