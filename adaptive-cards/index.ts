/** Pure card builders: card models in, Adaptive Card 1.5 JSON out. Nothing here does I/O. */
export { type AdaptiveCard, adaptiveCard, literal } from './adaptive-card.js';
export { answerCard } from './answer-card.js';
export { findingDigestCard, findingOwnerCard } from './finding-cards.js';
export { type ChatCardV2, toChatCard } from './google-chat-card.js';
export * from './models.js';
export { permitCard, permitListCard } from './permit-card.js';
export { permitFormCard } from './permit-form-card.js';
export type * from './permit-life-models.js';
export { renderAdaptiveCard } from './render-adaptive-card.js';
export { VERBS, type Verb } from './verbs.js';
export { helpCard, welcomeCard } from './welcome-card.js';
