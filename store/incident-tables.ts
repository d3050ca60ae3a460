/** The incident tables (migration 010), as kysely sees them: see store/schema.ts. */

/** A report: what the reporter typed (the record needs it), its route, and how it was closed. */
export interface IncidentsTable {
  id: string;
  policy: string;
  /** incidents.yaml chain route: `incident`, `emergency_exception` … */
  route: string;
  /** open → closed */
  status: string;
  school_id: string | null;
  reporter_id: string;
  /** JSON: the kind ids reported. */
  kinds: string;
  class: string | null;
  asset_id: string | null;
  asset_name: string | null;
  /** What the reporter typed: kept, since the record needs it. */
  what: string;
  occurred: string;
  place: string | null;
  affected: number | null;
  medium: string | null;
  done_already: string | null;
  /** An open take-out permit of the same teacher for the same information. */
  permit_id: string | null;
  answer_id: string | null;
  /** JSON: the reporter's language, and whether they may hold a step of their own report (the local demo). */
  details: string;
  cause: string | null;
  prevention: string | null;
  closed_by: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One step of the chain told: when and how, its acknowledgement, and its timer. */
export interface IncidentStepsTable {
  incident_id: string;
  step: string;
  /** The step's place in its route (0 = told first). */
  position: number;
  role: string;
  told_at: string;
  /** reported | forwarded | escalated (not acknowledged in time) | unreachable (the step before could not be reached) */
  told_how: string;
  due_at: string;
  /** pending → done (fired) | cancelled (acknowledged or closed) */
  timer: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
}

/** The timeline. */
export interface IncidentEventsTable {
  id: string;
  incident_id: string;
  /** 1, 2, 3 … within the incident. */
  seq: number;
  type: string;
  actor_id: string | null;
  step: string | null;
  data: string;
  at: string;
}
