import type { Kysely } from 'kysely';
import { DECISION_LABELS, type DecisionValue } from '../policy/contract.js';
import { jstDays, packOf, toCsv, toJst } from './records.js';
import type { Database } from './schema.js';

/** One 👍/👎 on an answer, with what the answer was (never the question, which is not kept). */
export interface FeedbackRecord {
  at: string;
  channel: string;
  helpful: boolean;
  verdict: string;
  policy: string;
  decision: string;
  /** The decision as people read it (条件付きで可), beside its code. */
  decision_label: string;
  class: string | null;
  action: string | null;
  action_name: string | null;
  asset: string | null;
  asset_name: string | null;
  situation: string | null;
}

/** Feedback given in the period (JST days, both ends included), the newest first. */
export async function feedbackRecords(db: Kysely<Database>, from: string, to: string): Promise<FeedbackRecord[]> {
  const { start, end } = jstDays(from, to);
  const rows = await db
    .selectFrom('feedback')
    .innerJoin('answers', 'answers.id', 'feedback.answer_id')
    .select([
      'feedback.created_at as at',
      'feedback.channel as channel',
      'feedback.helpful as helpful',
      'answers.policy as policy',
      'answers.decision as decision',
      'answers.class as class',
      'answers.action as action',
      'answers.asset_id as asset',
      'answers.situation_id as situation',
    ])
    .where('feedback.created_at', '>=', start)
    .where('feedback.created_at', '<', end)
    .orderBy('feedback.created_at', 'desc')
    .execute();
  return rows.map((r) => {
    const pack = packOf(r.policy);
    return {
      at: toJst(r.at) ?? r.at,
      channel: r.channel,
      helpful: Boolean(r.helpful),
      verdict: r.helpful ? '役に立った' : '違う',
      policy: r.policy,
      decision: r.decision,
      decision_label: decisionLabel(r.decision),
      class: r.class,
      action: r.action,
      action_name: (r.action && pack?.actions.get(r.action as never)?.name.ja) ?? null,
      asset: r.asset,
      asset_name: (r.asset && pack?.items.get(r.asset)?.name.ja) ?? null,
      situation: r.situation,
    };
  });
}

const decisionLabel = (code: string) => DECISION_LABELS[code as DecisionValue]?.ja ?? code;

/** Answers teachers said were wrong, grouped by what was answered: the first places to revise the pack. */
export interface FeedbackSummary {
  policy: string;
  asset: string;
  action: string;
  decision: string;
  decision_label: string;
  wrong: number;
  helpful: number;
}

export function summarizeFeedback(rows: FeedbackRecord[]): FeedbackSummary[] {
  const groups = new Map<string, FeedbackSummary>();
  for (const r of rows) {
    const asset = r.asset_name ?? r.asset ?? '（情報不明）';
    const action = r.action_name ?? r.action ?? '（取扱い不明）';
    const key = [r.policy, asset, action, r.decision].join('\u0000');
    const group = groups.get(key) ?? {
      policy: r.policy,
      asset,
      action,
      decision: r.decision,
      decision_label: r.decision_label,
      wrong: 0,
      helpful: 0,
    };
    if (r.helpful) group.helpful++;
    else group.wrong++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.wrong - a.wrong || a.helpful - b.helpful);
}

const COLUMNS: (keyof FeedbackRecord)[] = [
  'at',
  'channel',
  'verdict',
  'policy',
  'decision',
  'decision_label',
  'class',
  'action',
  'action_name',
  'asset',
  'asset_name',
  'situation',
];

export function feedbackToCsv(rows: FeedbackRecord[]): string {
  return toCsv(COLUMNS, rows);
}
