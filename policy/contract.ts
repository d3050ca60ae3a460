/**
 * The Decision contract of DESIGN.md: every answer, from chat or the CLI, is one Decision.
 * Other parts of mamoru (cards, permits, scans) depend on these names; change them nowhere else.
 */

export const CLASS_IDS = ['I', 'II', 'III', 'IV'] as const;
export type ClassId = (typeof CLASS_IDS)[number];

/**
 * Ordered from least to most strict; `unknown` (which information?) and `incident` (a report of
 * something that already happened: first steps, no permission decision) stand outside the order.
 */
export const DECISION_VALUES = [
  'allowed',
  'conditional',
  'permit_required',
  'consult',
  'prohibited',
  'unknown',
  'incident',
] as const;
export type DecisionValue = (typeof DECISION_VALUES)[number];
export type RuledDecision = Exclude<DecisionValue, 'unknown' | 'incident'>;

/** Each decision as people read it: the words of the answer's headline, in both languages. */
export const DECISION_LABELS: Record<DecisionValue, { ja: string; en: string }> = {
  allowed: { ja: '可', en: 'Allowed' },
  conditional: { ja: '条件付きで可', en: 'Allowed with conditions' },
  permit_required: { ja: '許可が必要', en: 'Permission required' },
  consult: { ja: '原則禁止・要相談', en: 'Prohibited in principle: consult' },
  prohibited: { ja: '禁止', en: 'Prohibited' },
  unknown: { ja: '分類を確認', en: 'Which information?' },
  incident: { ja: 'インシデントの報告', en: 'Report an incident' },
};

export const ACTION_IDS = [
  'email_external',
  'take_out',
  'take_home',
  'post_media',
  'post_paper',
  'fax',
  'personal_cloud',
  'provide_external',
  'usb',
  'cloud_store',
  'copy',
  'dispose',
  'process_outside',
  'private_device',
  'sns_post',
  'publish',
  'leave_on_desk',
  'transport',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export const ROLE_IDS = ['teacher', 'principal', 'security_staff', 'board_security', 'ciso', 'csirt'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export type Language = 'ja' | 'en';

/** One option of a follow-up: re-asking with it answers in place (card verb `answer.refine`). */
export interface Choice {
  kind: 'asset' | 'action';
  /** A catalog item id (kind asset) or an action id (kind action). */
  id: string;
  label: string;
  class: ClassId | null;
}

export interface Decision {
  decision: DecisionValue;
  class: ClassId | null;
  action: ActionId | null;
  asset: { id: string; name: string } | null;
  conditions: string[];
  citations: string[];
  answer: string;
  policy: string;
  language: Language;
  /** Only for `unknown`: the one follow-up question and the likely categories to pick from. */
  followUp?: { question: string; choices: Choice[] };
  /** Only when a situation the question names decided (年賀状 → use outside work): which one. */
  situation?: { id: string; name: string };
  /** Only for `incident`: what kind of incident the message reports, and who is told. */
  incident?: { kinds: { id: string; name: string }[]; reportTo: string };
  /** A follow-up answered against the previous answer of the conversation: what was taken from it. */
  carried?: { asset?: { id: string; name: string }; action?: ActionId; class?: ClassId };
  /** The message says it was already done (送っちゃった): the answer says what to do now. */
  done?: boolean;
  /** Measures the answer needs that the question says are not taken (condition ids): 禁止 as described. */
  unmet?: string[];
}

/** How strict each decision is, from allowed (0) to prohibited (4). */
export const STRICTNESS: Record<RuledDecision, number> = {
  allowed: 0,
  conditional: 1,
  permit_required: 2,
  consult: 3,
  prohibited: 4,
};

/** The stricter of two decisions (the rule "where table and clause differ the stricter applies"). */
export function stricter(a: RuledDecision, b: RuledDecision): RuledDecision {
  return STRICTNESS[b] > STRICTNESS[a] ? b : a;
}

const CLASS_RANK: Record<ClassId, number> = { I: 4, II: 3, III: 2, IV: 1 };

/** The higher (more sensitive) of two classes: 2-2(5)③ mixed content takes the higher class. */
export function higherClass(a: ClassId, b: ClassId): ClassId {
  return CLASS_RANK[b] > CLASS_RANK[a] ? b : a;
}
