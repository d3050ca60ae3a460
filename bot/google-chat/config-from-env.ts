import { chat, type chat_v1 } from '@googleapis/chat';
import { GoogleAuth } from 'google-auth-library';
import type { ChatAuthConfig } from './verify-token.js';

export interface GoogleChatOptions {
  auth: ChatAuthConfig;
  /** The Chat API client for proactive messages (tests pass one pointed at a local fake). */
  client?: chat_v1.Chat;
}

/**
 * MAMORU_GOOGLE_CHAT_AUDIENCE: the endpoint URL or the Cloud project number, as chosen in the
 * Chat API configuration (MAMORU_GOOGLE_CHAT_AUTH=endpoint_url|project_number, guessed from the
 * audience otherwise); MAMORU_GOOGLE_CHAT_KEY_FILE: the service account key for proactive messages.
 */
export function googleChatFromEnv(env: NodeJS.ProcessEnv = process.env): GoogleChatOptions | undefined {
  const audience = env.MAMORU_GOOGLE_CHAT_AUDIENCE;
  if (!audience) return undefined;
  const mode =
    env.MAMORU_GOOGLE_CHAT_AUTH === 'project_number' || env.MAMORU_GOOGLE_CHAT_AUTH === 'endpoint_url'
      ? env.MAMORU_GOOGLE_CHAT_AUTH
      : audience.startsWith('https://')
        ? 'endpoint_url'
        : 'project_number';
  const keyFile = env.MAMORU_GOOGLE_CHAT_KEY_FILE;
  return {
    auth: { mode, audience },
    client: keyFile
      ? chat({ version: 'v1', auth: new GoogleAuth({ keyFile, scopes: ['https://www.googleapis.com/auth/chat.bot'] }) })
      : undefined,
  };
}
