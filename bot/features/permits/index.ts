import { VERBS } from '../../../adaptive-cards/index.js';
import {
  type Bot,
  cardActionOf,
  type Feature,
  type Filter,
  matchText,
  matchVerb,
  onlyCardActions,
  onlyMessages,
} from '../../core/index.js';
import { decideClassQuestion, openClassForm, submitClass } from './class-question.js';
import type { PermitDeps } from './context.js';
import { close, decide } from './decide.js';
import { certificateReceived, openDisposal, submitDisposal } from './disposal.js';
import { APPROVER_LIST, list, REQUESTER_LIST } from './lists.js';
import { openForm, submit } from './request.js';
import { grant, listStanding, openStandingForm, revoke, STANDING_LIST } from './standing.js';

export type { PermitDeps } from './context.js';
export { renderLife } from './life-view.js';
export { detailsOf, permitModel } from './permit-view.js';
export { standingExtender } from './standing.js';

/** A button that asks this (the help card's 「承認待ち」 and 「自分の申請」), as if typed. */
const asks =
  (words: RegExp): Filter =>
  (ctx) => {
    const { question } = cardActionOf(ctx).data;
    return typeof question === 'string' && words.test(question.trim());
  };

/**
 * Permits in one click: the form from an answer, the approver's card, decisions (the first
 * wins), cancel and 「返却しました」, and the 承認待ち / 自分の申請 lists; the rest of their life:
 * the disposal record, standing permissions (包括的許可), and 「校長に確認する」 for unclear classes.
 */
export function permitsFeature(deps: PermitDeps): Feature {
  return (bot: Bot) => {
    bot
      .route([onlyMessages, matchText(APPROVER_LIST)], (ctx) => list(deps, ctx, 'approver'))
      .route([onlyMessages, matchText(REQUESTER_LIST)], (ctx) => list(deps, ctx, 'requester'))
      .route([onlyCardActions, matchVerb(VERBS.ANSWER_ASK), asks(APPROVER_LIST)], (ctx) => list(deps, ctx, 'approver'))
      .route([onlyCardActions, matchVerb(VERBS.ANSWER_ASK), asks(REQUESTER_LIST)], (ctx) => list(deps, ctx, 'requester'))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_REQUEST)], (ctx) => openForm(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_SUBMIT)], (ctx) => submit(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_APPROVE)], (ctx) => decide(deps, ctx, true))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_REJECT)], (ctx) => decide(deps, ctx, false))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_CANCEL)], (ctx) => close(deps, ctx, 'cancel'))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_RETURN)], (ctx) => close(deps, ctx, 'return'))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_DISPOSE)], (ctx) => openDisposal(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_DISPOSED)], (ctx) => submitDisposal(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.PERMIT_CERTIFICATE)], (ctx) => certificateReceived(deps, ctx))
      .route([onlyMessages, matchText(STANDING_LIST)], (ctx) => listStanding(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.STANDING_OPEN)], (ctx) => openStandingForm(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.STANDING_GRANT)], (ctx) => grant(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.STANDING_REVOKE)], (ctx) => revoke(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.CLASS_ASK)], (ctx) => openClassForm(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.CLASS_SUBMIT)], (ctx) => submitClass(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.CLASS_DECIDE)], (ctx) => decideClassQuestion(deps, ctx));
  };
}
