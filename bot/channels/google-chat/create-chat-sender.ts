import type { chat_v1 } from '@googleapis/chat';
import type { Reply } from '../../core/index.js';
import type { ChannelSender } from '../channel.js';
import { chatMessage } from './chat-message.js';

/** Where a Google Chat conversation is: its space (and the user, for a DM). */
export interface ChatReference {
  space: string;
  user?: string;
}

/** A reference kept by the store is this channel's when it names a space. */
const isChatReference = (stored: unknown): stored is ChatReference =>
  typeof (stored as { space?: unknown } | null)?.space === 'string';

/**
 * Proactive messages through the Chat API with the app's own credentials (chat.bot scope):
 * approval cards, decisions, reminders. A retried send carries the same requestId (the outbox
 * message's id), so Chat posts it once, whichever process retries it. `signal` ends a call the
 * notifier no longer waits for.
 */
export function createChatSender(client: chat_v1.Chat): ChannelSender<ChatReference> {
  return {
    reference: (stored) => (isChatReference(stored) ? stored : undefined),
    async notify(reference: ChatReference, reply: Reply, key?: string, signal?: AbortSignal): Promise<string | undefined> {
      const response = await client.spaces.messages.create(
        {
          parent: reference.space,
          ...(key ? { requestId: key } : {}),
          requestBody: chatMessage([reply]) as chat_v1.Schema$Message,
        },
        { signal },
      );
      return response.data.name ?? undefined;
    },
    async update(_reference: ChatReference, messageName: string, reply: Reply, signal?: AbortSignal): Promise<void> {
      await client.spaces.messages.patch(
        {
          name: messageName,
          updateMask: 'text,cardsV2',
          requestBody: chatMessage([reply]) as chat_v1.Schema$Message,
        },
        { signal },
      );
    },
    /** An app cannot open a DM; it can find one a person on the roster with a Google user id already has with it. */
    async locate(user, signal) {
      const googleUserId = user.google_user_id;
      if (!googleUserId) return undefined;
      const name = googleUserId.startsWith('users/') ? googleUserId : `users/${googleUserId}`;
      try {
        const response = await client.spaces.findDirectMessage({ name }, { signal });
        const space = response.data.name;
        return space ? { reference: { space, user: name }, conversationId: space } : undefined;
      } catch (error) {
        if ((error as { code?: number }).code === 404) return undefined;
        throw error;
      }
    },
  };
}
