import type { CardModel } from '../../adaptive-cards/index.js';
import type { BotEvent } from './events.js';
import { internalErrorText, languageOf } from './messages.js';
import type { BotStore, Logger } from './ports.js';
import type { Reply, TurnResult } from './reply.js';

/** One context per event: the event, the store, a logger bound to the event id, and the replies. */
export interface BotContext<E extends BotEvent = BotEvent> {
  event: E;
  store: BotStore;
  log: Logger;
  /** The policy pack this bot answers from. */
  policy: string;
  reply(reply: Reply): void;
  /** For a card action: the card that replaces the one that was clicked. */
  update(card: CardModel): void;
}

export type Filter = (ctx: BotContext) => boolean | Promise<boolean>;
export type Handler = (ctx: BotContext) => void | Promise<void>;

export interface Bot {
  /**
   * Adds a route: a chain of filters and one handler. Routes are tried in the order they were
   * added, and the first whose filters all pass handles the event; no other route runs.
   */
  route(filters: Filter[], handler: Handler): Bot;
  /** Runs one event through the routes and returns what to send back. Never throws. */
  receive(event: BotEvent): Promise<TurnResult>;
}

/** A feature registers its routes on the bot (probot's `(app) => { app.on(...) }`). */
export type Feature = (bot: Bot) => void;

export interface BotOptions {
  store: BotStore;
  log: Logger;
  policy: string;
  features: Feature[];
}

export function createBot(options: BotOptions): Bot {
  const routes: { filters: Filter[]; handler: Handler }[] = [];
  const bot: Bot = {
    route(filters, handler) {
      routes.push({ filters, handler });
      return bot;
    },
    async receive(event) {
      const result: TurnResult = { replies: [] };
      const log = options.log.child({ eventId: event.id, channel: event.channel, type: event.type });
      const ctx: BotContext = {
        event,
        store: options.store,
        log,
        policy: options.policy,
        reply: (reply) => result.replies.push(reply),
        update: (card) => {
          result.update = card;
        },
      };
      try {
        // A conversation the app was just removed from cannot be reached any more.
        if (event.type !== 'uninstalled') await rememberConversation(ctx);
        for (const route of routes) {
          if (await passes(route.filters, ctx)) {
            await route.handler(ctx);
            break;
          }
        }
      } catch (error) {
        log.error({ err: error }, 'event failed');
        result.replies = [{ text: internalErrorText(languageOf(event)) }];
        result.update = undefined;
      }
      return result;
    },
  };
  for (const feature of options.features) feature(bot);
  return bot;
}

async function passes(filters: Filter[], ctx: BotContext): Promise<boolean> {
  for (const filter of filters) {
    if (!(await filter(ctx))) return false;
  }
  return true;
}

/** Everyone who installs or writes to the bot can be reached later (approvals, reminders). */
async function rememberConversation(ctx: BotContext): Promise<void> {
  const { event } = ctx;
  await ctx.store.saveConversationReference({
    channel: event.channel,
    userId: event.user.id,
    conversationId: event.conversation.id,
    conversationKind: event.conversation.kind,
    aadObjectId: event.user.aadObjectId,
    name: event.user.name,
    reference: event.reference,
  });
}
