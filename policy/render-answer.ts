import { words } from './answer-words.js';
import type { Decision } from './contract.js';

export type { FollowUpAnswer } from './render-follow-up.js';
export { renderFollowUp } from './render-follow-up.js';
export type { IncidentAnswer } from './render-incident.js';
export { renderIncident } from './render-incident.js';
export type { RulingAnswer } from './render-ruling.js';
export { renderAnswer } from './render-ruling.js';

/**
 * The answer's own sentences, without the condition and choice lists and the sources line,
 * for a card that shows those as a checklist, buttons and a toggle of its own.
 */
export function answerSummary(decision: Decision): string {
  const w = words(decision.language);
  // Every bulleted line is a condition or a choice; the card shows those on its own.
  return decision.answer
    .split('\n')
    .filter((line) => !line.startsWith(w.sources) && !line.startsWith(w.bullet) && line !== w.alsoDo)
    .join('\n');
}
