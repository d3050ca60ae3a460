import type { Language } from '../policy/contract.js';

/**
 * The ports the parts of mamoru share: what the bot needs from storage (store/ implements it), the
 * logging every part uses (pino fits it) and the channels' names. They live here, not in bot/, so
 * that store/ and scan/ depend on no part above them.
 */

/**
 * A chat platform's name as its front gives it and the store keeps it ('teams', 'google_chat'): any
 * string, so that a new channel is a folder in bot/channels/ and nothing here.
 */
export type Channel = string;

/** What the bot core needs from storage; store/ implements it on SQLite or PostgreSQL. */
export interface BotStore {
  saveConversationReference(ref: {
    channel: Channel;
    userId: string;
    conversationId: string;
    conversationKind: string;
    aadObjectId?: string;
    name?: string;
    reference: unknown;
  }): Promise<void>;
  saveAnswer(answer: StoredAnswer): Promise<void>;
  getAnswer(id: string): Promise<StoredAnswer | undefined>;
  /** The last answer this person got in this conversation since `since` (ISO time), for a follow-up. */
  lastAnswer(conversationId: string, userId: string, since: string): Promise<StoredAnswer | undefined>;
  saveFeedback(feedback: { answerId: string; channel: Channel; userId: string; helpful: boolean }): Promise<void>;
  /**
   * Marks the conversation welcomed: true the first time (the caller welcomes), false after, also
   * when two announcements of one install race on two instances.
   */
  claimWelcome(conversation: { channel: Channel; conversationId: string }): Promise<boolean>;
  /** The app was removed from the conversation: a later install welcomes again. */
  forgetWelcome(conversation: { channel: Channel; conversationId: string }): Promise<void>;
}

/**
 * An answer as kept for follow-ups and feedback. The question's text is not kept: it may name
 * a student. What was understood (asset, action, class, decision) is enough to re-answer.
 */
export interface StoredAnswer {
  id: string;
  channel: Channel;
  userId: string;
  conversationId: string;
  policy: string;
  language: Language;
  decision: string;
  class: string | null;
  action: string | null;
  assetId: string | null;
  /** The situation the question named that decided (年賀状 → non_work_use), if one did. */
  situationId?: string | null;
  feedback?: 'helpful' | 'wrong' | null;
  createdAt?: string;
}

/** The logging every part uses; pino's logger fits it. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}
