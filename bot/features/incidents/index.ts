import { VERBS } from '../../../adaptive-cards/index.js';
import { type Bot, type Feature, matchVerb, onlyCardActions } from '../../core/index.js';
import { acknowledge, close, forward, requestInfo } from './act.js';
import type { IncidentDeps } from './context.js';
import { openForm, submit } from './report.js';

export type { IncidentDeps } from './context.js';
export { renderIncidentMessage } from './view.js';

/**
 * Incidents: 「報告する」 on an incident answer opens the short report form; the report travels the
 * pack's chain (the principal, then the board's desk and the CSIRT), each step with a card to
 * acknowledge it, send it on, ask the reporter for more, or close it with the cause and the
 * prevention. Unacknowledged steps escalate on the reminders' tick (store/incident-timers.ts).
 */
export function incidentsFeature(deps: IncidentDeps): Feature {
  return (bot: Bot) => {
    bot
      .route([onlyCardActions, matchVerb(VERBS.INCIDENT_REPORT)], (ctx) => openForm(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.INCIDENT_SUBMIT)], (ctx) => submit(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.INCIDENT_ACKNOWLEDGE)], (ctx) => acknowledge(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.INCIDENT_FORWARD)], (ctx) => forward(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.INCIDENT_REQUEST_INFO)], (ctx) => requestInfo(deps, ctx))
      .route([onlyCardActions, matchVerb(VERBS.INCIDENT_CLOSE)], (ctx) => close(deps, ctx));
  };
}
