import type { Request, Response } from 'express';
import type { Configuration } from '../../config/index.js';
import type { User } from '../../store/index.js';
import type { Bot, Logger, Reply } from '../core/index.js';

/** A conversation a front found for a person, to send to. */
export interface Located<Ref> {
  reference: Ref;
  conversationId: string;
}

/**
 * How the notifier reaches people on a channel: approvals, decisions, reminders, digests. `Ref` is
 * the channel's conversation reference (Teams: botbuilder's ConversationReference; Google Chat:
 * the space), as the front put it on its events and the store kept it.
 */
export interface ChannelSender<Ref = unknown> {
  /** The reference kept with a conversation, checked: undefined when it is not this channel's. */
  reference(stored: unknown): Ref | undefined;
  /**
   * Sends a reply; resolves with the channel's id of the message. `key` is the outbox message's
   * id (a channel that can uses it so that a retry posts once); `signal` ends a call the notifier
   * no longer waits for.
   */
  notify(reference: Ref, reply: Reply, key?: string, signal?: AbortSignal): Promise<string | undefined>;
  /** Replaces a message the bot sent earlier (an approval card once decided). */
  update(reference: Ref, messageId: string, reply: Reply, signal?: AbortSignal): Promise<void>;
  /** A chat the person already has with the app when none is stored (Google Chat DMs); undefined if none. */
  locate(user: User, signal?: AbortSignal): Promise<Located<Ref> | undefined>;
}

/**
 * A channel's front: all that the HTTP server, the notifier and start-up know of a channel. It
 * turns the channel's requests into bot/core events and the replies back.
 */
export interface ChannelFront<Ref = unknown> {
  /** The channel's name, as events and the store carry it. */
  name: string;
  /** Where the channel posts its requests (POST). */
  path: string;
  /** True when requests are not authenticated (Teams without an app id): the server listens on loopback only. */
  localMode: boolean;
  /** Serves one request: its authorization, its body (read and checked here), the bot's answer; 4xx answers included. */
  handle(req: Request, res: Response): Promise<void>;
  /** Proactive messages; absent when the channel has no credentials to send with. */
  sender?: ChannelSender<Ref>;
}

/**
 * What every bot/channels/<name>/index.ts exports, checked where the list is made
 * (bot/channels/index.ts). Adding a channel is a folder that exports these and one line there.
 */
export interface ChannelModule<Ref = unknown> {
  name: string;
  path: string;
  /** The answer (404) on `path` when the configuration leaves the channel off: which setting turns it on. */
  notConfigured: string;
  /** The front, or undefined when the configuration does not turn the channel on. */
  fromConfig(config: Configuration, bot: Bot, log: Logger): ChannelFront<Ref> | undefined;
}
