import type { Kysely } from 'kysely';
import { kindsOf } from './incident-steps.js';
import type { Database } from './schema.js';

/** An open incident someone who leaves is part of: they reported it, or acknowledged a step of it. */
export interface IncidentInName {
  id: string;
  policy: string;
  kinds: string[];
  reportedAt: string;
  as: 'reporter' | 'acknowledged';
}

/**
 * The open incidents in a person's name (4-1(5), 4-4): whoever is told they left must know who
 * will answer the CSIRT's questions, or take over the step they acknowledged.
 */
export async function incidentsInName(db: Kysely<Database>, userId: string): Promise<IncidentInName[]> {
  const rows = await db
    .selectFrom('incidents')
    .select(['id', 'policy', 'kinds', 'reporter_id', 'created_at'])
    .where('status', '=', 'open')
    .where((eb) =>
      eb.or([
        eb('reporter_id', '=', userId),
        eb.exists(
          eb
            .selectFrom('incident_steps')
            .select('incident_steps.step')
            .whereRef('incident_steps.incident_id', '=', 'incidents.id')
            .where('incident_steps.acknowledged_by', '=', userId),
        ),
      ]),
    )
    .orderBy('created_at')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    policy: r.policy,
    kinds: kindsOf(r),
    reportedAt: r.created_at,
    as: r.reporter_id === userId ? 'reporter' : 'acknowledged',
  }));
}
