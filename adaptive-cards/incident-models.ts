/** Incident card models: the report form and the report as the chain and the reporter see it. */

type Language = 'ja' | 'en';

/**
 * The report form (「報告する」 on an incident answer), or, with `incidentId`, the reporter's
 * answer to a request for more information. Every text here is the card's language.
 */
export interface IncidentFormModel {
  kind: 'incidentForm';
  language: Language;
  /** A new report: the answer it is made from. */
  answerId?: string;
  /** More information for a report already made: its id, and the question asked. */
  incidentId?: string;
  question?: string | null;
  /** What can have happened (the pack's kinds); the answer's are ticked in `values.kinds`. */
  kinds: { id: string; label: string }[];
  /** Who the report reaches first: 校長（学校情報セキュリティ管理者）. */
  toTitle: string;
  /** The information the answer named (the catalog item), if any. */
  assetName: string | null;
  /** The classes to pick from, and 「わからない」 (`unknown`). */
  classes: { id: string; label: string }[];
  /** An open take-out of the same information by the same teacher: the report records it. */
  linkedPermit: string | null;
  /** What the person typed, shown again with the errors when the form comes back. */
  values: Record<string, string>;
  errors: string[];
}

/** One step of the chain as cards show it. */
export interface IncidentStepModel {
  title: string;
  /** Who holds it (by name), or empty when nobody on the roster does. */
  names: string[];
  /** When it was told (JST), or null for a step not told yet. */
  toldAt: string | null;
  /** reported | forwarded | escalated | unreachable | self (the reporter holds it) | pending (not told yet). */
  how: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  /** When acknowledgement is due (JST), while it is not acknowledged. */
  dueAt: string | null;
  /** The acknowledgement time ran out. */
  overdue: boolean;
}

/** An incident as cards show it; texts already in the card's language. */
export interface IncidentModel {
  id: string;
  status: 'open' | 'closed';
  kindNames: string[];
  reporterName: string;
  schoolName: string | null;
  reportedAt: string;
  what: string;
  occurred: string;
  place: string | null;
  assetName: string | null;
  /** The class, or 「わからない」 with how it is treated. */
  classLabel: string | null;
  affected: number | null;
  medium: string | null;
  doneAlready: string | null;
  linkedPermit: string | null;
  /** The first steps the reporter was given (the pack's words). */
  firstSteps: string[];
  steps: IncidentStepModel[];
  /** Questions to the reporter and the answers, oldest first. */
  exchanges: { at: string; by: string; text: string; kind: 'question' | 'answer' }[];
  closedBy: string | null;
  closedAt: string | null;
  cause: string | null;
  prevention: string | null;
  /** The clauses behind the chain (4-4(1)②③ …), with their text. */
  citations: { id: string; title: string; text: string }[];
}

export type IncidentReason =
  | 'reported'
  | 'forwarded'
  | 'escalated'
  | 'unreachable'
  | 'reminder'
  | 'info_added'
  | 'acknowledged'
  | 'info_requested'
  | 'overdue'
  | 'undelivered'
  | 'closed';

export interface IncidentCardModel {
  kind: 'incident';
  language: Language;
  /** reporter: the person who made the report; member: someone in the chain. */
  view: 'reporter' | 'member';
  incident: IncidentModel;
  /** Why the card comes (a message of the outbox); absent on the card a click or the form returns. */
  reason?: IncidentReason;
  /** The step the reason is about (who acknowledged, who did not in time), by title. */
  reasonStep?: string;
  /** For the reporter, the steps told instead (by title). */
  reasonNext?: string;
  /** What the viewer may do now: the server decides from its own state, never from the card. */
  can: { acknowledge: boolean; forward: string | null; requestInfo: boolean; close: boolean; addInfo: boolean };
  /** A second step opened on the card: the close (cause, prevention) or the question for the reporter. */
  opening?: 'close' | 'request_info';
  /** Steps that could not be reached through mamoru (nobody in them added it), and whom to phone. */
  unreachable?: { title: string; names: string[] }[];
  phone?: string;
  /** Told out of school hours: when the acknowledgement time begins (JST). */
  waitingUntil?: string;
  /** What a click did (or why nothing changed). */
  note?: string;
  values?: Record<string, string>;
  errors?: string[];
}
