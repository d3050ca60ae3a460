/**
 * The one channel-neutral event the bot core understands. The Teams and Google Chat fronts
 * translate their requests into it, and translate the replies back.
 */

import type { Language } from '../../policy/contract.js';
import type { Channel } from '../../ports/index.js';

export type { Channel };

export interface BotUser {
  /** The channel's id for the user (Teams: the 29:… id; Google Chat: users/…). */
  id: string;
  name?: string;
  /** Entra object id (Teams), used to match the roster. */
  aadObjectId?: string;
  /** Google user id (Google Chat: users/…), used to match the roster. */
  googleUserId?: string;
  email?: string;
}

export interface BotConversation {
  id: string;
  kind: 'personal' | 'channel' | 'groupChat';
  tenantId?: string;
}

/** An attachment's bytes as the channel hands them over, read within bounds by the feature. */
export interface AttachmentBody {
  /** The declared size, when the channel says it (checked before reading). */
  size?: number;
  body: AsyncIterable<Uint8Array>;
}

export interface IncomingAttachment {
  contentType: string;
  name?: string;
  /** Where the channel lets the bot download it (Teams file consent / download info). */
  downloadUrl?: string;
  /** How the front downloads a file that has no pre-authenticated URL (Google Chat's media API). */
  open?: (signal: AbortSignal) => Promise<AttachmentBody>;
}

/**
 * What a feature may need to know of the channel an event came from, said by its front, so that no
 * feature names a channel.
 */
export interface ChannelTraits {
  /** Which attachments the channel lets mamoru read, said when it cannot read one (「…の中身は確認できません（ここ）」). */
  readableFiles: Record<Language, string>;
  /** Whether a card's message id names a message of this conversation (a Google Chat message's name carries its space). */
  isMessageOf(conversationId: string, messageId: string): boolean;
}

interface EventBase {
  /** The channel's activity id, for logs. */
  id: string;
  channel: Channel;
  user: BotUser;
  conversation: BotConversation;
  /** BCP-47 locale the client reported, e.g. ja-JP or en-US. */
  locale?: string;
  /** The channel's own conversation reference (opaque here), kept for proactive messages. */
  reference: unknown;
  /** What the front says of its channel (attachments it reads, its message ids). */
  traits: ChannelTraits;
  /** Asks the channel for the user's e-mail (Teams member lookup), to match the roster. */
  lookupEmail?: () => Promise<string | undefined>;
}

export interface MessageEvent extends EventBase {
  type: 'message';
  text: string;
  attachments: IncomingAttachment[];
}

export interface CardActionEvent extends EventBase {
  type: 'cardAction';
  verb: string;
  data: Record<string, unknown>;
  /** The channel's id of the message whose card was pressed (Teams: replyToId; Google Chat: its name). */
  messageId?: string;
}

export interface InstalledEvent extends EventBase {
  type: 'installed';
  /**
   * Whether this announcement may bring the welcome. Teams announces an install twice
   * (installationUpdate and conversationUpdate), the Bot Framework Emulator, Web Chat and Direct
   * Line with conversationUpdate alone: the welcome comes once a conversation, on the first.
   */
  welcome: boolean;
}

/** The app was removed from the conversation (Teams uninstall, Google Chat REMOVED_FROM_SPACE). */
export interface UninstalledEvent extends EventBase {
  type: 'uninstalled';
}

export type BotEvent = MessageEvent | CardActionEvent | InstalledEvent | UninstalledEvent;
