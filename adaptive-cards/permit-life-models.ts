/**
 * Card models for the rest of a permit's life: standing permissions (包括的許可), the disposal
 * record, a principal deciding the class of unclear information (2-2(4)③), and a person who left.
 * Texts are already in the card's language; actions carry ids only.
 */
import type { Language } from './models.js';

/** One standing permission as cards show it. */
export interface StandingModel {
  id: string;
  /** A person's name, or null for every staff member of the school. */
  granteeName: string | null;
  grantedBy: string;
  /** 重要性分類Ⅲ …, or the items by name. */
  scope: string;
  actions: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  status: 'active' | 'revoked' | 'ended';
  revokedBy: string | null;
  revokedAt: string | null;
}

export interface StandingListModel {
  kind: 'standingList';
  language: Language;
  /** principal: can grant and revoke; staff: sees what covers them. */
  view: 'principal' | 'staff';
  schoolName: string | null;
  permissions: StandingModel[];
  /** What happened after a click (granted, revoked, or why nothing was). */
  note?: string;
  /** One permission whose revocation waits for a second click. */
  confirmRevoke?: string;
}

export interface StandingFormModel {
  kind: 'standingForm';
  language: Language;
  /** A new id per form: the same form submitted twice grants once. */
  formId: string;
  schoolName: string | null;
  /** 学校の教職員全員 first (value `all`), then each staff member. */
  grantees: { value: string; title: string }[];
  /** The classes the policy allows a standing permission for (2-2(8)②: Ⅲ), with their catalog items. */
  classes: { id: string; label: string }[];
  items: { value: string; title: string }[];
  actions: { value: string; title: string }[];
  citation: string;
  today: string;
  latest: string;
  values: Record<string, string>;
  errors: string[];
}

export interface DisposalFormModel {
  kind: 'disposalForm';
  language: Language;
  permitId: string;
  assetName: string | null;
  methods: { value: string; title: string }[];
  /** Staff of the school who can witness (the requester may be the witness when a contractor did it). */
  witnesses: { value: string; title: string }[];
  witnessRequired: boolean;
  /** The earliest and latest date it can have been done (approval day … today). */
  earliest: string;
  today: string;
  /** The latest due date for a contractor's certificate. */
  latestDue: string;
  defaultDue: string;
  values: Record<string, string>;
  errors: string[];
}

/** A question about the class of information mamoru could not tell, as cards show it. */
export interface ClassQuestionModel {
  id: string;
  requesterName: string;
  schoolName: string | null;
  askedAt: string;
  description: string;
  actionName: string | null;
  status: 'pending' | 'decided' | 'cancelled';
  classLabel: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface ClassQuestionFormModel {
  kind: 'classQuestionForm';
  language: Language;
  answerId: string;
  actionName: string | null;
  approverTitle: string;
  values: Record<string, string>;
  errors: string[];
}

export interface ClassQuestionCardModel {
  kind: 'classQuestion';
  language: Language;
  /** principal: decide; requester: their request, waiting or decided. */
  view: 'principal' | 'requester';
  question: ClassQuestionModel;
  /** The classes to choose from (Ⅰ–Ⅳ) with what each means. */
  classes: { id: string; label: string; definition: string }[];
  citation: string;
}

export interface StaffLeftModel {
  kind: 'staffLeft';
  language: Language;
  name: string;
  email: string;
  schoolName: string | null;
  role: string;
  leftAt: string;
  /** Each group of what is still open in their name, as lines; empty groups are left out. */
  groups: { title: string; lines: string[] }[];
  /** Requests of theirs mamoru cancelled. */
  cancelled: string[];
  citation: string;
}

export type PermitLifeCardModel =
  | StandingListModel
  | StandingFormModel
  | DisposalFormModel
  | ClassQuestionFormModel
  | ClassQuestionCardModel
  | StaffLeftModel;
