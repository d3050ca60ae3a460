/** The bot core's ports are shared with store/ and scan/: they live in ports/. */
export type { BotStore, Channel, Logger, StoredAnswer } from '../../ports/index.js';
