import type { Kysely } from 'kysely';
import type { Pack } from '../policy/compile-pack.js';
import { getPack } from '../policy/load-pack.js';
import type { Database } from './schema.js';

/**
 * One row of the records a board keeps for audits (10-1, 10-2): permits, take-outs, returns.
 * Codes (kind, action, class, status) stay as they are, each with its Japanese label beside it;
 * times are JST with the offset (2026-11-29T21:13:28+09:00).
 */
export interface PermitRecord {
  id: string;
  requested_at: string;
  school: string | null;
  requester: string;
  requester_email: string;
  kind: string;
  kind_label: string;
  action: string;
  action_label: string;
  class: string | null;
  class_label: string | null;
  asset: string | null;
  purpose: string;
  destination: string | null;
  return_on: string | null;
  /** The end of the period a consult or an exception asked for. */
  until: string | null;
  /** The declarations made on the form (4-1(1)③ウ for a personal device), as text. */
  declarations: string;
  /** The measures the requester confirmed, as text. */
  confirmations: string;
  status: string;
  status_label: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  returned_at: string | null;
  cancelled_by: string | null;
  cancelled_at: string | null;
  /** Where a request nobody decided went (the role's title), and when. */
  forwarded_to: string | null;
  forwarded_at: string | null;
  /** The disposal record (2-2(12), 第3表): date, method, who did it, the staff witness, what. */
  disposed_on: string | null;
  disposal_method: string | null;
  disposed_by: string | null;
  disposal_witness: string | null;
  disposal_items: string | null;
  /** A contractor who did it, and its certificate (完了証明書): when due, when received. */
  contractor: string | null;
  certificate_due: string | null;
  certificate_received_at: string | null;
}

const KIND_LABELS: Record<string, string> = { permit: '個別許可', consult: '相談', exception: '例外措置' };
const STATUS_LABELS: Record<string, string> = {
  pending: '承認待ち',
  approved: '承認',
  rejected: '却下',
  cancelled: '取り消し',
  returned: '返却済み',
  expired: '期限切れ',
  disposed: '廃棄済み',
};

/** An ISO instant as Japan reads it, offset included: 2026-11-29T12:13:28Z → 2026-11-29T21:13:28+09:00. */
export function toJst(iso: string | null): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}

/** A shipped pack by id, or undefined for one this version does not have. */
export function packOf(id: string): Pack | undefined {
  try {
    return getPack(id);
  } catch {
    return undefined;
  }
}

/** The form's declarations and confirmations in Japanese, from the pack where it knows them. */
function detailsText(
  pack: Pack | undefined,
  action: string,
  json: string,
): { declarations: string; confirmations: string; until: string | null } {
  let details: {
    declarations?: { id?: string; label?: string; value?: string }[];
    confirmations?: { id?: string; text?: string }[];
    until?: unknown;
  } = {};
  try {
    details = JSON.parse(json);
  } catch {
    // an unreadable details column leaves the two columns empty
  }
  const known = pack?.actions.get(action as never)?.permit?.declarations ?? [];
  const declarations = (details.declarations ?? []).map((d) => {
    const label = (known.find((k) => k.id === d.id)?.label.ja ?? d.label ?? d.id ?? '').replace(
      /\s*[（(](例[:：]|e\.g\.).*[）)]$/,
      '',
    );
    const value = d.value === 'true' ? 'はい' : d.value === 'false' ? 'いいえ' : (d.value ?? '');
    return `${label}: ${value}`;
  });
  const confirmations = (details.confirmations ?? []).map(
    (c) => (c.id && pack?.conditions.get(c.id)?.ja) || c.text || c.id || '',
  );
  return {
    declarations: declarations.join(' / '),
    confirmations: confirmations.join(' / '),
    until: typeof details.until === 'string' ? details.until : null,
  };
}

/** The instants that bound JST calendar days `from` to `to`, both included, as ISO strings. */
export function jstDays(from: string, to: string): { start: string; end: string } {
  const start = new Date(`${from}T00:00:00+09:00`).toISOString();
  const end = new Date(Date.parse(`${to}T00:00:00+09:00`) + 86_400_000).toISOString();
  return { start, end };
}

/** Permits requested between two dates (inclusive, JST calendar days), oldest first. */
export async function permitRecords(db: Kysely<Database>, from: string, to: string): Promise<PermitRecord[]> {
  const { start, end } = jstDays(from, to);
  const rows = await db
    .selectFrom('permits as p')
    .innerJoin('users as r', 'r.id', 'p.requester_id')
    .leftJoin('users as d', 'd.id', 'p.decided_by')
    .leftJoin('schools as s', 's.id', 'p.school_id')
    .leftJoin('permit_events as c', (join) => join.onRef('c.permit_id', '=', 'p.id').on('c.type', '=', 'cancelled'))
    .leftJoin('users as cu', 'cu.id', 'c.actor_id')
    .leftJoin('disposal_records as dr', 'dr.permit_id', 'p.id')
    .leftJoin('users as w', 'w.id', 'dr.witness_id')
    .select([
      'p.id',
      'p.created_at',
      'p.policy',
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
      'p.details',
      'p.status',
      'd.name as decided_by',
      'p.decided_at',
      'p.decision_comment',
      'p.returned_at',
      'cu.name as cancelled_by',
      'c.at as cancelled_at',
      'p.forwarded_to',
      'p.forwarded_at',
      'dr.disposed_on',
      'dr.method as disposal_method',
      'dr.performed_by as disposed_by',
      'w.name as disposal_witness',
      'dr.items as disposal_items',
      'dr.contractor',
      'dr.certificate_due',
      'dr.certificate_received_at',
    ])
    .where('p.created_at', '>=', start)
    .where('p.created_at', '<', end)
    .orderBy('p.created_at')
    .execute();
  return rows.map((row) => {
    const pack = packOf(row.policy);
    const { declarations, confirmations, until } = detailsText(pack, row.action, row.details);
    return {
      id: row.id,
      requested_at: toJst(row.created_at)!,
      school: row.school,
      requester: row.requester,
      requester_email: row.requester_email,
      kind: row.kind,
      kind_label: KIND_LABELS[row.kind] ?? row.kind,
      action: row.action,
      action_label: pack?.actions.get(row.action as never)?.name.ja ?? pack?.situations.get(row.action)?.name.ja ?? row.action,
      class: row.class,
      class_label: row.class ? (pack?.classes.get(row.class as never)?.label.ja ?? row.class) : null,
      asset: row.asset,
      purpose: row.purpose,
      destination: row.destination,
      return_on: row.return_on,
      until,
      declarations,
      confirmations,
      status: row.status,
      status_label: STATUS_LABELS[row.status] ?? row.status,
      decided_by: row.decided_by,
      decided_at: toJst(row.decided_at),
      decision_comment: row.decision_comment,
      returned_at: toJst(row.returned_at),
      cancelled_by: row.cancelled_by,
      cancelled_at: toJst(row.cancelled_at),
      forwarded_to: row.forwarded_to ? (pack?.roles.get(row.forwarded_to)?.title.ja ?? row.forwarded_to) : null,
      forwarded_at: toJst(row.forwarded_at ?? null),
      disposed_on: row.disposed_on,
      disposal_method: row.disposal_method
        ? (pack?.actions.get(row.action as never)?.permit?.disposal?.methods.find((m) => m.id === row.disposal_method)?.label
            .ja ?? row.disposal_method)
        : null,
      disposed_by: row.disposed_by,
      disposal_witness: row.disposal_witness,
      disposal_items: row.disposal_items,
      contractor: row.contractor,
      certificate_due: row.certificate_due,
      certificate_received_at: toJst(row.certificate_received_at),
    };
  });
}

const COLUMNS: (keyof PermitRecord)[] = [
  'id',
  'requested_at',
  'school',
  'requester',
  'requester_email',
  'kind',
  'kind_label',
  'action',
  'action_label',
  'class',
  'class_label',
  'asset',
  'purpose',
  'destination',
  'return_on',
  'until',
  'declarations',
  'confirmations',
  'status',
  'status_label',
  'decided_by',
  'decided_at',
  'decision_comment',
  'returned_at',
  'cancelled_by',
  'cancelled_at',
  'forwarded_to',
  'forwarded_at',
  'disposed_on',
  'disposal_method',
  'disposed_by',
  'disposal_witness',
  'disposal_items',
  'contractor',
  'certificate_due',
  'certificate_received_at',
];

const FORMULA_START = /^(?:[\s\u3000]*[=+\-@＝＋－＠]|[\t\r])/;

/** RFC 4180 CSV with a BOM, so Excel opens the Japanese correctly. */
export function toCsv<T>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const cell = (v: unknown) => {
    const s = v == null ? '' : String(v);
    // A leading = + - @ (full-width too: Excel takes ＝ as =), after spaces or not, would be a
    // formula in a spreadsheet: quote it as text.
    const safe = FORMULA_START.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
}

export function recordsToCsv(rows: PermitRecord[]): string {
  return toCsv(COLUMNS, rows);
}
