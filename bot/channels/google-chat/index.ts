/**
 * The Google Chat channel: the only place (with its tests) that imports the Chat client. It
 * exports what every channel exports (bot/channels/channel.ts: ChannelModule).
 */
import { chat } from '@googleapis/chat';
import { GoogleAuth } from 'google-auth-library';
import type { Configuration } from '../../../config/index.js';
import type { Bot, Logger } from '../../core/index.js';
import { CHAT_PATH, type ChatFront, createChatFront } from './create-chat-front.js';
import { GOOGLE_CHAT } from './to-event.js';

export { chatCard } from './chat-message.js';
export { type ChatFront, createChatFront } from './create-chat-front.js';
export { type ChatReference, createChatSender } from './create-chat-sender.js';
export { type ChatEvent, SLASH_COMMANDS, toEvent } from './to-event.js';
export { type ChatAuthConfig, ChatAuthError, createChatVerifier } from './verify-token.js';

export const name = GOOGLE_CHAT;
export const path = CHAT_PATH;
export const notConfigured = 'Google Chat is not configured: set MAMORU_GOOGLE_CHAT_AUDIENCE (see docs/google-chat.md)';

/**
 * On when MAMORU_GOOGLE_CHAT_AUDIENCE is set. With MAMORU_GOOGLE_CHAT_KEY_FILE (the app's service
 * account key, chat.bot scope) it also sends proactive messages and reads uploaded files.
 */
export function fromConfig(config: Configuration, bot: Bot, log: Logger): ChatFront | undefined {
  const settings = config.googleChat;
  if (!settings) return undefined;
  const client =
    settings.client ??
    (settings.keyFile
      ? chat({
          version: 'v1',
          auth: new GoogleAuth({ keyFile: settings.keyFile, scopes: ['https://www.googleapis.com/auth/chat.bot'] }),
        })
      : undefined);
  return createChatFront(bot, settings.auth, log, client);
}
