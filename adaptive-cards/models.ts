/**
 * Card models: what a card says, independent of the channel. `answer-card.ts` renders them as
 * Adaptive Cards 1.5 for Teams; Google Chat renders the same models as cardsV2.
 * Models carry ids for actions, never state the server must trust.
 */

import type { PermitLifeCardModel } from './permit-life-models.js';

export type Language = 'ja' | 'en';
export type DecisionValue = 'allowed' | 'conditional' | 'permit_required' | 'consult' | 'prohibited' | 'unknown' | 'incident';

export interface CitationModel {
  id: string;
  title: string;
  /** The clause's own words. */
  text: string;
  /** For a table (第2表, 第3表): the entry that applies here, in the pack's words. */
  row?: string;
}

export interface ChoiceModel {
  kind: 'asset' | 'action';
  id: string;
  label: string;
  /** e.g. 重要性分類Ⅱ, for asset choices. */
  classLabel: string | null;
}

export interface AnswerCardModel {
  kind: 'answer';
  language: Language;
  /** The stored answer this card shows; every action on the card names it. */
  answerId: string;
  decision: DecisionValue;
  classLabel: string | null;
  assetName: string | null;
  actionName: string | null;
  /** The answer's sentences without the conditions and sources, which the card shows itself. */
  summary: string;
  conditions: string[];
  citations: CitationModel[];
  followUp: { question: string; choices: ChoiceModel[] } | null;
  /** Feedback already given on this answer: the card thanks instead of asking. */
  feedback: 'helpful' | 'wrong' | null;
  policyName: string;
  /** The request this answer allows: permission (許可が必要, 相談) or an exception (禁止, 6-3). */
  request: 'permit' | 'consult' | 'exception' | null;
  /** A follow-up: what it took from the previous answer (通知表, 外部電子メール). */
  carried?: string[];
  /** The person asking is covered by a standing permission (包括的許可): until when, granted by whom. */
  standing?: { until: string; grantedBy: string; citation: string };
  /** The class is unclear (2-2(4)③): the card offers 「校長に確認する」. */
  askPrincipal?: boolean;
  /** Why this answer came (the principal decided the class): shown above it. */
  note?: string;
}

export interface WelcomeCardModel {
  kind: 'welcome';
  language: Language;
  policyName: string;
  examples: string[];
}

export interface HelpCardModel {
  kind: 'help';
  language: Language;
  policyName: string;
  examples: string[];
}

/** A permit as cards show it; texts already in the card's language. */
export interface PermitModel {
  id: string;
  /** permit: 個別許可, consult: 相談, exception: 例外措置 (6-3). */
  requestKind: 'permit' | 'consult' | 'exception';
  status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'returned' | 'expired' | 'disposed';
  requesterName: string;
  schoolName: string | null;
  /** When it was requested, as people read it (JST). */
  requestedAt: string;
  assetName: string | null;
  classLabel: string | null;
  actionName: string;
  purpose: string;
  destination: string | null;
  returnOn: string | null;
  /** The end of the period a consult or an exception asks for (YYYY-MM-DD), when it has no return date. */
  until: string | null;
  confirmations: string[];
  declarations: { label: string; value: string }[];
  approverNames: string[];
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
  returnedAt: string | null;
  cancelledAt: string | null;
  /** What closes it once approved: a return (take-out) or a disposal record. */
  closing?: 'return' | 'disposal' | null;
  /** A request nobody decided went on: to whom (the role's title and the people), and when. */
  forwarded?: { title: string; names: string[]; at: string } | null;
  /** The disposal record, once made (2-2(12)). */
  disposal?: {
    disposedOn: string;
    method: string;
    performedBy: string;
    witness: string | null;
    items: string;
    contractor: string | null;
    certificateDue: string | null;
    certificateReceivedAt: string | null;
  } | null;
}

export interface PermitFormModel {
  kind: 'permitForm';
  language: Language;
  answerId: string;
  requestKind: PermitModel['requestKind'];
  actionName: string;
  assetName: string | null;
  classLabel: string | null;
  approverTitle: string;
  needsDestination: boolean;
  /** A consult or an exception may be about taking something out: the destination is asked, not required. */
  offersDestination: boolean;
  needsReturnDate: boolean;
  /** A consult or an exception asks until when (the return date, when something is taken out). */
  needsUntil: boolean;
  /** Measures the policy requires, each to be confirmed (the answer's conditions). */
  confirmations: { id: string; label: string }[];
  /** Conditions the request itself fulfils (mamoru keeps the take-out record, or the disposal record later): shown, not asked. */
  keptByMamoru: { id: string; label: string; by?: 'record' | 'disposal' }[];
  /** Declarations the policy asks for (4-1(1)③ウ for a personal device); `example` is the input's placeholder. */
  declarations: { id: string; label: string; type: 'text' | 'confirm'; example?: string }[];
  /** What the teacher typed, shown again with the errors when the form comes back. */
  values: Record<string, string>;
  errors: string[];
  /** Today (YYYY-MM-DD, JST): the earliest return date. */
  today: string;
  /** A year from today: the latest return date. */
  latest: string;
}

export interface PermitCardModel {
  kind: 'permit';
  language: Language;
  /** requester: their own request; approver: the card to decide on; notice: a message about it. */
  view: 'requester' | 'approver' | 'notice';
  permit: PermitModel;
  /** For notices: why it is sent. */
  reason?: 'decision' | 'return_due' | 'overdue' | 'waiting' | 'forwarded' | 'expired' | 'certificate';
  /** Approvers the card could not reach (they never added mamoru). */
  unreachable?: string[];
  /** The requester pressed 「申請を取り消す」: the card asks once more before anything changes. */
  confirmCancel?: boolean;
}

export interface PermitListModel {
  kind: 'permitList';
  language: Language;
  view: 'approver' | 'requester';
  permits: PermitModel[];
  /** One request opened for a second step: a reject with its comment, or a cancel to confirm. */
  confirming?: { permitId: string; step: 'reject' | 'cancel' };
}

/** A file found in the cloud against 2-2(7)⑤, as cards show it. */
export interface FindingModel {
  id: string;
  name: string;
  path: string;
  webUrl: string | null;
  ownerName: string | null;
  classLabel: string;
  /** anonymous | organization | users | private: anonymous links are the most urgent. */
  sharing: string | null;
  reasons: string[];
  status: 'open' | 'resolved' | 'false_positive' | 'exception';
  firstSeen: string;
  /** When it was first found, as a person reads it (JST). */
  firstSeenAt?: string | null;
  /** When the status last changed (resolved, judged, reopened), as a person reads it (JST). */
  statusAt?: string | null;
  /** Who judged it (誤検知, 例外) or reopened it, by name. */
  statusBy?: string | null;
  /** A resolved finding: the file deleted, moved out of the drive, or judged class Ⅲ or lower. */
  resolvedHow?: 'deleted' | 'moved' | 'reclassified' | null;
  /** The owner has no chat with mamoru: cards for them cannot be delivered. */
  ownerUnreachable?: boolean;
}

export interface FindingDigestModel {
  kind: 'findingDigest';
  language: Language;
  /** The outbox message that carried it: an action on the card re-renders it from this. */
  digestId?: string;
  schoolName: string | null;
  /** New since the last digest, the most urgent first. */
  found: FindingModel[];
  resolved: FindingModel[];
  /** Open now at the school, these included: the new ones still open, and those from before. */
  stillOpen: number;
  /** Files still open from earlier digests (the most urgent first), named one a line. */
  alsoOpen?: FindingModel[];
  /** Findings their owners recorded as 誤検知 since the last digest: the principal may reopen one. */
  ownerJudged?: FindingModel[];
  /** Set after an action on the card: what happened (or why nothing did). */
  note?: string;
}

export interface FindingOwnerModel {
  kind: 'findingOwner';
  language: Language;
  findings: FindingModel[];
  /** Set once the owner acted on the card. */
  note?: string;
  /** Shown above the files: why the card comes again (the principal reopened a finding). */
  intro?: string;
}

export type CardModel =
  | AnswerCardModel
  | WelcomeCardModel
  | HelpCardModel
  | PermitFormModel
  | PermitCardModel
  | PermitListModel
  | FindingDigestModel
  | FindingOwnerModel
  | PermitLifeCardModel;
