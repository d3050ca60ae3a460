import type { Kysely } from 'kysely';
import { jstDays, packOf, toCsv, toJst } from './records.js';
import type { Database } from './schema.js';
import { parseStanding } from './standing.js';

/** One standing permission (包括的許可, 2-2(8)②) as the board keeps it for audits; JST times. */
export interface StandingRecord {
  id: string;
  granted_at: string;
  school: string;
  /** A person, or 全教職員 (every staff member of the school). */
  grantee: string;
  grantee_email: string | null;
  granted_by: string;
  classes: string;
  items: string;
  actions: string;
  starts_on: string;
  ends_on: string;
  note: string | null;
  status: string;
  status_label: string;
  revoked_by: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
}

const STATUS = { active: '有効', revoked: '取り消し', ended: '終了（離任）' } as Record<string, string>;

/** Standing permissions granted in a period (JST days, both ends included), oldest first. */
export async function standingRecords(db: Kysely<Database>, from: string, to: string): Promise<StandingRecord[]> {
  const { start, end } = jstDays(from, to);
  const rows = await db
    .selectFrom('standing_permissions as s')
    .innerJoin('schools as sc', 'sc.id', 's.school_id')
    .innerJoin('users as g', 'g.id', 's.granted_by')
    .leftJoin('users as t', 't.id', 's.grantee_id')
    .leftJoin('users as r', 'r.id', 's.revoked_by')
    .selectAll('s')
    .select(['sc.name as school', 'g.name as granter', 't.name as grantee', 't.email as grantee_email', 'r.name as revoker'])
    .where('s.created_at', '>=', start)
    .where('s.created_at', '<', end)
    .orderBy('s.created_at')
    .execute();
  return rows.map((row) => {
    const s = parseStanding(row);
    const pack = packOf(s.policy);
    return {
      id: s.id,
      granted_at: toJst(s.created_at)!,
      school: row.school,
      grantee: row.grantee ?? '全教職員',
      grantee_email: row.grantee_email,
      granted_by: row.granter,
      classes: s.classes.map((c) => pack?.classes.get(c as never)?.label.ja ?? c).join(' / '),
      items: s.items ? s.items.map((i) => pack?.items.get(i)?.name.ja ?? i).join(' / ') : '（この分類のすべて）',
      actions: s.actions.map((a) => pack?.actions.get(a as never)?.name.ja ?? a).join(' / '),
      starts_on: s.starts_on,
      ends_on: s.ends_on,
      note: s.note,
      status: s.status,
      status_label: STATUS[s.status] ?? s.status,
      revoked_by: row.revoker,
      revoked_at: toJst(s.revoked_at),
      revoke_reason: s.revoke_reason,
    };
  });
}

export function standingToCsv(rows: StandingRecord[]): string {
  return toCsv(
    [
      'id',
      'granted_at',
      'school',
      'grantee',
      'grantee_email',
      'granted_by',
      'classes',
      'items',
      'actions',
      'starts_on',
      'ends_on',
      'note',
      'status',
      'status_label',
      'revoked_by',
      'revoked_at',
      'revoke_reason',
    ],
    rows,
  );
}
