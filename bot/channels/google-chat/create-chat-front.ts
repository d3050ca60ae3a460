import type { Readable } from 'node:stream';
import type { chat_v1 } from '@googleapis/chat';
import { VERBS } from '../../../adaptive-cards/index.js';
import type { Bot, Logger, TurnResult } from '../../core/index.js';
import type { ChannelFront } from '../channel.js';
import { readJson } from '../read-json.js';
import { chatCard, chatMessage } from './chat-message.js';
import { type ChatReference, createChatSender } from './create-chat-sender.js';
import { chatEventProblem } from './event-schema.js';
import { type ChatEvent, type DownloadMedia, GOOGLE_CHAT, isDm, toEvent } from './to-event.js';
import { type ChatAuthConfig, ChatAuthError, createChatVerifier } from './verify-token.js';

export type ChatFront = ChannelFront<ChatReference>;

/** Where Google Chat posts its events (the HTTP endpoint URL of the Chat API configuration). */
export const CHAT_PATH = '/api/google-chat';

/** Approve/reject must not be shown where everyone in a space sees the same card. */
const DM_ONLY = [VERBS.PERMIT_APPROVE, VERBS.PERMIT_REJECT];

/**
 * The Google Chat front: every request's bearer token is verified first (401 otherwise, before
 * the body is even read); events become bot/core events; replies become the synchronous response,
 * and a card click on the app's own message updates it in place (UPDATE_MESSAGE). With a Chat API
 * client (the app's key), it also sends proactive messages and reads uploaded attachments.
 */
export function createChatFront(bot: Bot, auth: ChatAuthConfig, log: Logger, client?: chat_v1.Chat): ChatFront {
  const verify = createChatVerifier(auth);
  const download = client ? mediaDownloader(client) : undefined;

  /** Checks the bearer token: false means 401. */
  async function authorize(authorization: string | undefined): Promise<boolean> {
    try {
      await verify(authorization);
      return true;
    } catch (error) {
      if (!(error instanceof ChatAuthError)) throw error;
      log.warn({ reason: error.message }, 'google chat request refused');
      return false;
    }
  }

  /** An authorized event: the status and the message JSON to answer with. */
  async function answer(body: unknown): Promise<{ status: number; json: unknown }> {
    const problem = chatEventProblem(body);
    if (problem) return { status: 400, json: { error: problem } };
    const raw = body as ChatEvent;
    const translated = toEvent(raw, download);
    if (!translated) return { status: 200, json: {} };
    const { event, space } = translated;
    const result = await bot.receive(event);
    const strip = isDm(space) ? [] : DM_ONLY;
    return { status: 200, json: respond(raw, event.type, result, strip) };
  }

  return {
    name: GOOGLE_CHAT,
    path: CHAT_PATH,
    localMode: false,
    async handle(req, res) {
      if (!(await authorize(req.headers.authorization))) {
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
      await readJson(req, res);
      const { status, json } = await answer(req.body);
      res.status(status).json(json);
    },
    ...(client ? { sender: createChatSender(client) } : {}),
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
