import type { Readable } from 'node:stream';
import type { chat_v1 } from '@googleapis/chat';
import { type CardModel, renderAdaptiveCard, toChatCard, VERBS } from '../../adaptive-cards/index.js';
import type { Bot, Logger, Reply, TurnResult } from '../core/index.js';
import { chatEventProblem } from './event-schema.js';
import { type ChatEvent, type DownloadMedia, isDm, toEvent } from './to-event.js';
import { type ChatAuthConfig, ChatAuthError, createChatVerifier } from './verify-token.js';

export interface ChatFront {
  /** Checks the bearer token before anything else is read: false means 401. */
  authorize(authorization: string | undefined): Promise<boolean>;
  /** Handles an authorized event: the message JSON to answer with. */
  handle(body: unknown): Promise<{ status: number; json: unknown }>;
}

/** Approve/reject must not be shown where everyone in a space sees the same card. */
const DM_ONLY = [VERBS.PERMIT_APPROVE, VERBS.PERMIT_REJECT];

let cardSeq = 0;
export function chatMessage(replies: Reply[], strip: string[] = []): { text?: string; cardsV2?: unknown[] } {
  // A card reply's text is the card's own fallback: shown only when no card is sent. Plain texts
  // (a file that could not be read, a refusal) go above the cards.
  const cards = replies.filter((r) => r.card).map((r) => chatCard(r.card!, strip));
  const text = replies
    .filter((r) => cards.length === 0 || !r.card)
    .map((r) => r.text)
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 4000);
  return { ...(text ? { text } : {}), ...(cards.length > 0 ? { cardsV2: cards } : {}) };
}

export function chatCard(model: CardModel, strip: string[] = []) {
  return toChatCard(renderAdaptiveCard(model), `${model.kind}-${Date.now().toString(36)}-${(++cardSeq).toString(36)}`, strip);
}

/**
 * The Google Chat front: every request's bearer token is verified first (401 otherwise, before
 * anything is read); events become bot/core events; replies become the synchronous response,
 * and a card click on the app's own message updates it in place (UPDATE_MESSAGE).
 */
export function createChatFront(bot: Bot, auth: ChatAuthConfig, log: Logger, client?: chat_v1.Chat): ChatFront {
  const verify = createChatVerifier(auth);
  const download = client ? mediaDownloader(client) : undefined;
  return {
    async authorize(authorization) {
      try {
        await verify(authorization);
        return true;
      } catch (error) {
        if (!(error instanceof ChatAuthError)) throw error;
        log.warn({ reason: error.message }, 'google chat request refused');
        return false;
      }
    },
    async handle(body) {
      const problem = chatEventProblem(body);
      if (problem) return { status: 400, json: { error: problem } };
      const raw = body as ChatEvent;
      const translated = toEvent(raw, download);
      if (!translated) return { status: 200, json: {} };
      const { event, space } = translated;
      const result = await bot.receive(event);
      const strip = isDm(space) ? [] : DM_ONLY;
      return { status: 200, json: respond(raw, event.type, result, strip) };
    },
  };
}

function respond(raw: ChatEvent, type: string, result: TurnResult, strip: string[]): unknown {
  const addOn = Boolean(raw.chat);
  if (type === 'cardAction') {
    if (result.update) {
      const message = { cardsV2: [chatCard(result.update, strip)] };
      return addOn
        ? { hostAppDataAction: { chatDataAction: { updateMessageAction: { message } } } }
        : { actionResponse: { type: 'UPDATE_MESSAGE' }, ...message };
    }
    const message = chatMessage(result.replies, strip);
    return addOn
      ? { hostAppDataAction: { chatDataAction: { createMessageAction: { message } } } }
      : { actionResponse: { type: 'NEW_MESSAGE' }, ...message };
  }
  const message = chatMessage(result.replies, strip);
  if (!message.text && !message.cardsV2) return {};
  return addOn ? { hostAppDataAction: { chatDataAction: { createMessageAction: { message } } } } : message;
}

/** media.download with the app's credentials (chat.bot): the bytes of a file uploaded to a message. */
function mediaDownloader(client: chat_v1.Chat): DownloadMedia {
  return async (resourceName, signal) => {
    const response = await client.media.download({ resourceName, alt: 'media' }, { responseType: 'stream', signal });
    const headers = response.headers as unknown as Headers | Record<string, string>;
    const length =
      typeof headers.get === 'function' ? headers.get('content-length') : (headers as Record<string, string>)['content-length'];
    return { ...(length ? { size: Number(length) } : {}), body: response.data as Readable };
  };
}
