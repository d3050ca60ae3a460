/** Coded errors of the policy layer. The words a person sees are chosen at the front (CLI, chat). */

export type PolicyErrorCode = 'PACK_NOT_FOUND' | 'PACK_INVALID' | 'UNKNOWN_POLICY';

export class PolicyError extends Error {
  constructor(
    readonly code: PolicyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

/** One problem in a pack, located in its file: `catalog.yaml:41:7 items[3].class: …`. */
export interface PackIssue {
  file: string;
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatIssue(issue: PackIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  return `${where} ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

export class PackInvalidError extends PolicyError {
  constructor(
    readonly dir: string,
    readonly issues: PackIssue[],
  ) {
    super('PACK_INVALID', `policy pack ${dir} is invalid:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'PackInvalidError';
  }
}

export type QuestionErrorCode = 'EMPTY' | 'TOO_LONG' | 'BINARY' | 'NO_TEXT';

/** A question that cannot be answered as it stands; `message` says how to fix it. */
export class QuestionError extends Error {
  constructor(
    readonly code: QuestionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QuestionError';
  }
}
