import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** One row of the records a board keeps for audits (10-1, 10-2): permits, take-outs, returns. */
export interface PermitRecord {
  id: string;
  requested_at: string;
  school: string | null;
  requester: string;
  requester_email: string;
  kind: string;
  action: string;
  class: string | null;
  asset: string | null;
  purpose: string;
  destination: string | null;
  return_on: string | null;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  returned_at: string | null;
}

/** Permits requested between two dates (inclusive, JST calendar days), oldest first. */
export async function permitRecords(db: Kysely<Database>, from: string, to: string): Promise<PermitRecord[]> {
  const start = new Date(`${from}T00:00:00+09:00`).toISOString();
  const end = new Date(new Date(`${to}T00:00:00+09:00`).getTime() + 86_400_000).toISOString();
  const rows = await db
    .selectFrom('permits as p')
    .innerJoin('users as r', 'r.id', 'p.requester_id')
    .leftJoin('users as d', 'd.id', 'p.decided_by')
    .leftJoin('schools as s', 's.id', 'p.school_id')
    .select([
      'p.id',
      'p.created_at as requested_at',
      's.name as school',
      'r.name as requester',
      'r.email as requester_email',
      'p.kind',
      'p.action',
      'p.class',
      'p.asset_name as asset',
      'p.purpose',
      'p.destination',
      'p.return_on',
      'p.status',
      'd.name as decided_by',
      'p.decided_at',
      'p.decision_comment',
      'p.returned_at',
    ])
    .where('p.created_at', '>=', start)
    .where('p.created_at', '<', end)
    .orderBy('p.created_at')
    .execute();
  return rows;
}

const COLUMNS: (keyof PermitRecord)[] = [
  'id',
  'requested_at',
  'school',
  'requester',
  'requester_email',
  'kind',
  'action',
  'class',
  'asset',
  'purpose',
  'destination',
  'return_on',
  'status',
  'decided_by',
  'decided_at',
  'decision_comment',
  'returned_at',
];

/** RFC 4180 CSV with a BOM, so Excel opens the Japanese correctly. */
export function toCsv<T>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const cell = (v: unknown) => {
    const s = v == null ? '' : String(v);
    // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}

export function recordsToCsv(rows: PermitRecord[]): string {
  return toCsv(COLUMNS, rows);
}
