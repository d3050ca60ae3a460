import type { BotContext, Filter } from './create-bot.js';
import type { CardActionEvent, MessageEvent } from './events.js';

export const onlyMessages: Filter = (ctx) => ctx.event.type === 'message';
export const onlyCardActions: Filter = (ctx) => ctx.event.type === 'cardAction';
export const onlyInstalled: Filter = (ctx) => ctx.event.type === 'installed';
export const onlyUninstalled: Filter = (ctx) => ctx.event.type === 'uninstalled';

/** Card actions with this verb (a constant from adaptive-cards/verbs.ts). */
export const matchVerb =
  (verb: string): Filter =>
  (ctx) =>
    ctx.event.type === 'cardAction' && ctx.event.verb === verb;

/** Messages whose whole text matches. */
export const matchText =
  (pattern: RegExp): Filter =>
  (ctx) =>
    ctx.event.type === 'message' && pattern.test(ctx.event.text.trim());

export function messageOf(ctx: BotContext): MessageEvent {
  if (ctx.event.type !== 'message') throw new Error(`expected a message, got ${ctx.event.type}`);
  return ctx.event;
}

export function cardActionOf(ctx: BotContext): CardActionEvent {
  if (ctx.event.type !== 'cardAction') throw new Error(`expected a card action, got ${ctx.event.type}`);
  return ctx.event;
}
