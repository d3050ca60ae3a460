/** Transport pieces both connectors share: admission and retries, bounded reads, walk memory. */
export { backoffDelay, parseRetryAfter, sleep } from './backoff.js';
export { Caller, type CallerOptions } from './caller.js';
export { Gate } from './gate.js';
export { type Clock, type Pacer, type RateInfo, readRateHeaders, systemClock } from './pacer.js';
export { readBounded } from './read-bounded.js';
export { mamoruVersion } from './version.js';
export { type FolderInfo, WalkState } from './walk-state.js';
