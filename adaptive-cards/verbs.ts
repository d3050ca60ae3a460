/**
 * Card verbs (DESIGN.md): the same constants in Teams (`Action.Execute` verb) and Google Chat
 * (`onClick.action.function`), used by the cards that carry them and the routes that answer them.
 */
export const VERBS = {
  ANSWER_REFINE: 'answer.refine',
  ANSWER_FEEDBACK: 'answer.feedback',
  /** An example question on the welcome or help card: answered as if typed. */
  ANSWER_ASK: 'answer.ask',
  PERMIT_REQUEST: 'permit.request',
  PERMIT_SUBMIT: 'permit.submit',
  PERMIT_APPROVE: 'permit.approve',
  PERMIT_REJECT: 'permit.reject',
  PERMIT_RETURN: 'permit.return',
  PERMIT_CANCEL: 'permit.cancel',
  FINDING_FALSE_POSITIVE: 'finding.false_positive',
  FINDING_MOVED: 'finding.moved',
  FINDING_ASK_OWNER: 'finding.ask_owner',
  FINDING_REQUEST_EXCEPTION: 'finding.request_exception',
  /** A principal reopens a file its owner closed as a false positive. */
  FINDING_REOPEN: 'finding.reopen',
  // The rest of a permit's life: the disposal record, standing permissions, unclear classes.
  PERMIT_DISPOSE: 'permit.dispose',
  PERMIT_DISPOSED: 'permit.disposed',
  PERMIT_CERTIFICATE: 'permit.certificate',
  STANDING_OPEN: 'standing.open',
  STANDING_GRANT: 'standing.grant',
  STANDING_REVOKE: 'standing.revoke',
  CLASS_ASK: 'class.ask',
  CLASS_SUBMIT: 'class.submit',
  CLASS_DECIDE: 'class.decide',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
