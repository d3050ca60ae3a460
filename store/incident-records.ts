import type { Kysely } from 'kysely';
import { routeById, stepTitle } from '../policy/index.js';
import { kindsOf } from './incident-steps.js';
import { jstDays, packOf, toCsv, toJst } from './records.js';
import type { Database } from './schema.js';

/** One event of an incident's timeline, as the records show it. */
export interface TimelineEntry {
  at: string;
  event: string;
  event_label: string;
  step: string | null;
  step_label: string | null;
  by: string | null;
}

/**
 * One incident as the board keeps it (4-4(3): the CSIRT's record): what was reported (as the
 * reporter typed it: the record needs it), the chain's timeline, and how it was closed. Times
 * are JST with the offset; codes stay, with their Japanese labels beside them.
 */
export interface IncidentRecord {
  id: string;
  policy: string;
  reported_at: string;
  school: string | null;
  reporter: string;
  reporter_email: string;
  route: string;
  kinds: string;
  kind_labels: string;
  class: string | null;
  class_label: string | null;
  asset: string | null;
  what: string;
  occurred: string;
  place: string | null;
  affected: number | null;
  medium: string | null;
  done_already: string | null;
  permit_id: string | null;
  status: string;
  status_label: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  /** From the report to its first acknowledgement, in minutes (wall-clock). */
  minutes_to_acknowledge: number | null;
  /** How many times a step was not acknowledged in time. */
  overdue: number;
  closed_at: string | null;
  closed_by: string | null;
  cause: string | null;
  prevention: string | null;
  timeline: TimelineEntry[];
}

const EVENT_LABELS: Record<string, string> = {
  reported: '報告',
  told: '連絡',
  passed: '報告者本人のため省略',
  acknowledged: '受領',
  forwarded: '転送',
  escalated: '受領なし→次へ連絡',
  reminded: '受領なし→再通知',
  undelivered: '届けられず→次へ連絡',
  info_requested: '追加情報の依頼',
  info_added: '追加情報',
  closed: '対応完了',
};
const STATUS_LABELS: Record<string, string> = { open: '対応中', closed: '対応完了' };

/** Incidents reported between two dates (inclusive, JST calendar days), oldest first. */
export async function incidentRecords(
  db: Kysely<Database>,
  from: string,
  to: string,
  options: { status?: 'open' | 'closed' } = {},
): Promise<IncidentRecord[]> {
  const { start, end } = jstDays(from, to);
  let query = db
    .selectFrom('incidents as i')
    .innerJoin('users as r', 'r.id', 'i.reporter_id')
    .leftJoin('users as c', 'c.id', 'i.closed_by')
    .leftJoin('schools as s', 's.id', 'i.school_id')
    .selectAll('i')
    .select(['r.name as reporter', 'r.email as reporter_email', 'c.name as closer', 's.name as school'])
    .where('i.created_at', '>=', start)
    .where('i.created_at', '<', end);
  if (options.status) query = query.where('i.status', '=', options.status);
  const rows = await query.orderBy('i.created_at').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const events = await db
    .selectFrom('incident_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.incident_id', 'e.type', 'e.step', 'e.at', 'u.name as by'])
    .where('e.incident_id', 'in', ids)
    .orderBy('e.incident_id')
    .orderBy('e.seq')
    .execute();
  return rows.map((row) => {
    const pack = packOf(row.policy);
    const route = pack ? routeById(pack, row.route) : undefined;
    const title = (step: string | null) => {
      const def = step && route?.steps.find((s) => s.id === step);
      return def && pack ? stepTitle(pack, def, 'ja') : step;
    };
    const timeline = events
      .filter((e) => e.incident_id === row.id)
      .map((e) => ({
        at: toJst(e.at)!,
        event: e.type,
        event_label: EVENT_LABELS[e.type] ?? e.type,
        step: e.step,
        step_label: title(e.step),
        by: e.by,
      }));
    const acked = events.find((e) => e.incident_id === row.id && e.type === 'acknowledged');
    const kinds = kindsOf(row);
    return {
      id: row.id,
      policy: row.policy,
      reported_at: toJst(row.created_at)!,
      school: row.school,
      reporter: row.reporter,
      reporter_email: row.reporter_email,
      route: row.route,
      kinds: kinds.join(' / '),
      kind_labels: kinds.map((k) => pack?.incidents.kinds.find((d) => d.id === k)?.name.ja ?? k).join(' / '),
      class: row.class,
      class_label: row.class ? (pack?.classes.get(row.class as never)?.label.ja ?? row.class) : null,
      asset: row.asset_name,
      what: row.what,
      occurred: row.occurred,
      place: row.place,
      affected: row.affected,
      medium: row.medium,
      done_already: row.done_already,
      permit_id: row.permit_id,
      status: row.status,
      status_label: STATUS_LABELS[row.status] ?? row.status,
      acknowledged_at: toJst(acked?.at ?? null),
      acknowledged_by: acked?.by ?? null,
      minutes_to_acknowledge: acked ? Math.round((Date.parse(acked.at) - Date.parse(row.created_at)) / 60_000) : null,
      overdue: timeline.filter((e) => e.event === 'escalated' || e.event === 'reminded' || e.event === 'undelivered').length,
      closed_at: toJst(row.closed_at),
      closed_by: row.closer,
      cause: row.cause,
      prevention: row.prevention,
      timeline,
    };
  });
}

const COLUMNS = [
  'id',
  'policy',
  'reported_at',
  'school',
  'reporter',
  'reporter_email',
  'route',
  'kinds',
  'kind_labels',
  'class',
  'class_label',
  'asset',
  'what',
  'occurred',
  'place',
  'affected',
  'medium',
  'done_already',
  'permit_id',
  'status',
  'status_label',
  'acknowledged_at',
  'acknowledged_by',
  'minutes_to_acknowledge',
  'overdue',
  'closed_at',
  'closed_by',
  'cause',
  'prevention',
  'timeline',
] as const;

/** The timeline as one cell: 「2030-06-03T10:00:00+09:00 報告 山田 花子 / … 受領 学校情報セキュリティ管理者（校長） 鈴木 太郎」. */
export function timelineText(timeline: TimelineEntry[]): string {
  return timeline.map((e) => [e.at, e.event_label, e.step_label, e.by].filter(Boolean).join(' ')).join(' / ');
}

/** CSV with a BOM for Excel, through the records' own writer (formulas quoted as text). */
export function incidentsToCsv(rows: IncidentRecord[]): string {
  return toCsv(
    COLUMNS,
    rows.map((r) => ({ ...r, timeline: timelineText(r.timeline) })),
  );
}
