// The bot core's ports are shared with store/ and the scanner: they live in ports/.
export type { BotStore, Channel, Logger, StoredAnswer } from '../../ports/index.js';
