import type { Kysely } from 'kysely';
import type { FindingStatus } from './findings.js';
import { toCsv, toJst } from './records.js';
import type { Database } from './schema.js';

/**
 * One finding as the board's security staff read it: where, whose, what, since when, and why.
 * Times are JST with the offset (2026-11-22T06:00:12+09:00), as in every export.
 */
export interface FindingRecord {
  id: string;
  school: string | null;
  source: string;
  name: string;
  path: string;
  web_url: string | null;
  owner: string | null;
  owner_email: string | null;
  class: string;
  sharing: string | null;
  status: string;
  status_by: string | null;
  status_at: string | null;
  first_seen: string;
  last_seen: string;
  resolved_at: string | null;
  /** The classifier's reasons as text, joined with " / " (kinds, counts, masked samples; never contents). */
  reasons: string;
}

const STATUSES: readonly FindingStatus[] = ['open', 'resolved', 'false_positive', 'exception'];
export const isFindingStatus = (value: string): value is FindingStatus => (STATUSES as readonly string[]).includes(value);

function reasonsText(json: string): string {
  try {
    const reasons = JSON.parse(json) as unknown[];
    return reasons.map((r) => (typeof r === 'string' ? r : ((r as { text?: unknown })?.text ?? JSON.stringify(r)))).join(' / ');
  } catch {
    return '';
  }
}

/** Findings across every school (or one), the most urgent first: open, shared with anyone, class Ⅰ, oldest. */
export async function findingRecords(
  db: Kysely<Database>,
  filter: { status?: FindingStatus; school?: string } = {},
): Promise<FindingRecord[]> {
  let query = db
    .selectFrom('findings as f')
    .leftJoin('schools as s', 's.id', 'f.school_id')
    .leftJoin('users as o', 'o.id', 'f.owner_id')
    .leftJoin('users as b', 'b.id', 'f.status_by')
    .select([
      'f.id',
      's.name as school',
      'f.source',
      'f.name',
      'f.path',
      'f.web_url',
      'o.name as owner',
      'f.owner_email',
      'f.class',
      'f.sharing',
      'f.status',
      'b.name as status_by',
      'f.status_at',
      'f.first_seen',
      'f.last_seen',
      'f.resolved_at',
      'f.reasons',
    ]);
  if (filter.status) query = query.where('f.status', '=', filter.status);
  if (filter.school) query = query.where('s.name', '=', filter.school);
  const rows = await query.execute();
  const urgency = (r: (typeof rows)[number]) => [
    r.status === 'open' ? 0 : 1,
    r.sharing === 'anonymous' ? 0 : r.sharing === 'organization' ? 1 : 2,
    r.class,
    r.first_seen,
  ];
  rows.sort((a, b) => {
    const x = urgency(a);
    const y = urgency(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
  return rows.map((r) => ({
    ...r,
    first_seen: toJst(r.first_seen) ?? r.first_seen,
    last_seen: toJst(r.last_seen) ?? r.last_seen,
    status_at: toJst(r.status_at),
    resolved_at: toJst(r.resolved_at),
    reasons: reasonsText(r.reasons),
  }));
}

const COLUMNS: (keyof FindingRecord)[] = [
  'id',
  'school',
  'status',
  'class',
  'sharing',
  'name',
  'path',
  'owner',
  'owner_email',
  'first_seen',
  'last_seen',
  'status_by',
  'status_at',
  'resolved_at',
  'source',
  'web_url',
  'reasons',
];

export function findingsToCsv(rows: FindingRecord[]): string {
  return toCsv(COLUMNS, rows);
}

/** Per school: what is open (by class, and shared with anyone), the oldest open, and the rest. */
export interface SchoolFindingSummary {
  school: string | null;
  open: number;
  openClassI: number;
  openClassII: number;
  openSharedWithAnyone: number;
  oldestOpenSince: string | null;
  resolved: number;
  falsePositive: number;
  exception: number;
}

export function summarizeFindings(rows: FindingRecord[]): SchoolFindingSummary[] {
  const bySchool = new Map<string, SchoolFindingSummary>();
  for (const r of rows) {
    const key = r.school ?? '';
    let s = bySchool.get(key);
    if (!s) {
      s = {
        school: r.school,
        open: 0,
        openClassI: 0,
        openClassII: 0,
        openSharedWithAnyone: 0,
        oldestOpenSince: null,
        resolved: 0,
        falsePositive: 0,
        exception: 0,
      };
      bySchool.set(key, s);
    }
    if (r.status === 'open') {
      s.open++;
      if (r.class === 'I') s.openClassI++;
      if (r.class === 'II') s.openClassII++;
      if (r.sharing === 'anonymous') s.openSharedWithAnyone++;
      if (!s.oldestOpenSince || r.first_seen < s.oldestOpenSince) s.oldestOpenSince = r.first_seen;
    } else if (r.status === 'resolved') s.resolved++;
    else if (r.status === 'false_positive') s.falsePositive++;
    else if (r.status === 'exception') s.exception++;
  }
  return [...bySchool.values()].sort(
    (a, b) =>
      b.openSharedWithAnyone - a.openSharedWithAnyone || b.open - a.open || (a.school ?? '').localeCompare(b.school ?? ''),
  );
}

/** How a finding was resolved: the file deleted, moved out of the drive, or judged class Ⅲ or lower on a later scan. */
export type Resolution = 'deleted' | 'moved' | 'reclassified';

/**
 * How each resolved finding was resolved (削除 deleted, 移動 moved out, 再分類 reclassified), from
 * the audit log: the latest `finding.resolved` entry of each.
 */
export async function resolutionsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('audit_log')
    .select(['subject', 'data'])
    .where('action', '=', 'finding.resolved')
    .where(
      'subject',
      'in',
      ids.map((id) => `finding:${id}`),
    )
    .orderBy('seq', 'desc')
    .execute();
  for (const row of rows) {
    const id = row.subject.slice('finding:'.length);
    if (out.has(id)) continue;
    try {
      const because = (JSON.parse(row.data) as { because?: unknown }).because;
      if (because === 'deleted' || because === 'moved' || because === 'reclassified') out.set(id, because);
    } catch {
      // An entry that does not parse says nothing about how.
    }
  }
  return out;
}
