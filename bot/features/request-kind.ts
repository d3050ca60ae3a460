/** The request an answer can become (許可の申請, 相談の申請, 例外措置の申請 6-3), by decision: one map for the card and the permits. */
export type RequestKind = 'permit' | 'consult' | 'exception';

export const REQUEST_KIND: Partial<Record<string, RequestKind>> = {
  permit_required: 'permit',
  consult: 'consult',
  prohibited: 'exception',
};
