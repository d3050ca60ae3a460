/** The channel-neutral bot: events in, replies out. Never imports botbuilder or googleapis. */
export { type Bot, type BotContext, type BotOptions, createBot, type Feature, type Filter, type Handler } from './create-bot.js';
export * from './events.js';
export * from './filters.js';
export { type Language, languageOf, stillWorkingText } from './messages.js';
export type { BotStore, Logger, StoredAnswer } from './ports.js';
export type { Reply, TurnResult } from './reply.js';
