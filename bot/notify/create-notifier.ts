import { Cron } from 'croner';
import { getUser, outbox, personalConversation, queueDueReminders, type Store } from '../../store/index.js';
import type { Logger, Reply } from '../core/index.js';
import { renderMessage } from './render-message.js';

/** How the notifier reaches a channel: the Teams front (and later Google Chat) provide this. */
export interface ChannelSender {
  /** `key` is the outbox message's id: channels that can (Google Chat) use it so a retry posts once. */
  notify(reference: never, reply: Reply, key?: string): Promise<string | undefined>;
  update(reference: never, activityId: string, reply: Reply): Promise<void>;
  /** Finds a chat the user already has with the app when none is stored (Google Chat DMs). */
  locate?(channelUserId: string): Promise<{ reference: unknown; conversationId: string } | undefined>;
}

export interface Notifier {
  /** Sends what is queued, soon; calls during a run make it run once more. */
  kick(): void;
  /** Sends what is queued now; resolves with the number sent. */
  drain(): Promise<number>;
  /** Every minute: due reminders, then the queue. Re-queues sends a crash interrupted. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox: each message is claimed (one sender even with several processes),
 * rendered from the permit's current state, sent to the recipient's personal chat, and marked.
 */
export function createNotifier(options: {
  store: Store;
  channels: Record<string, ChannelSender>;
  log: Logger;
  cron?: string;
}): Notifier {
  const { store, channels, log } = options;
  let running: Promise<number> | null = null;
  let again = false;
  let cron: Cron | null = null;

  async function deliver(row: outbox.OutboxRow): Promise<boolean> {
    const recipient = await getUser(store.db, row.recipient_id);
    let known = recipient ? await personalConversation(store.db, recipient) : undefined;
    if (!known && recipient?.google_user_id && channels.google_chat?.locate) {
      const found = await channels.google_chat.locate(recipient.google_user_id);
      if (found) known = { channel: 'google_chat', ...found };
    }
    const sender = known ? channels[known.channel] : undefined;
    if (!known || !sender) {
      await outbox.markFailed(store.db, row, 'the recipient has no chat with mamoru', true);
      return false;
    }
    const reply = await renderMessage(store, row);
    if (!reply) {
      await outbox.markFailed(store.db, row, 'nothing to send', true);
      return false;
    }
    if (row.kind === 'refresh' && row.activity_id && row.conversation_id === known.conversationId) {
      await sender.update(known.reference as never, row.activity_id, reply);
      await outbox.markSent(store.db, row.id, {
        channel: known.channel,
        conversationId: known.conversationId,
        activityId: row.activity_id,
      });
    } else {
      const activityId = await sender.notify(known.reference as never, reply, row.id);
      await outbox.markSent(store.db, row.id, { channel: known.channel, conversationId: known.conversationId, activityId });
    }
    return true;
  }

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await outbox.pendingMessages(store.db, 50);
      if (batch.length === 0) return sent;
      for (const row of batch) {
        if (!(await outbox.claim(store.db, row.id))) continue;
        try {
          if (await deliver(row)) sent++;
        } catch (error) {
          log.warn({ err: error, outboxId: row.id, kind: row.kind }, 'notification failed; will retry');
          await outbox.markFailed(store.db, { ...row, attempts: row.attempts }, String((error as Error)?.message ?? error));
        }
      }
      if (batch.length < 50) return sent;
    }
  }

  const notifier: Notifier = {
    drain() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let total = 0;
        do {
          again = false;
          total += await drainOnce();
        } while (again);
        return total;
      })().finally(() => {
        running = null;
      });
      return running;
    },
    kick() {
      setImmediate(() => {
        notifier.drain().catch((error) => log.error({ err: error }, 'outbox drain failed'));
      });
    },
    async start() {
      const requeued = await outbox.requeueInterrupted(store.db);
      if (requeued > 0) log.warn({ requeued }, 'notifications interrupted by a restart were queued again');
      cron = new Cron(options.cron ?? '* * * * *', { protect: true }, async () => {
        try {
          await queueDueReminders(store.db);
          await notifier.drain();
        } catch (error) {
          log.error({ err: error }, 'reminder tick failed');
        }
      });
      notifier.kick();
    },
    async stop() {
      cron?.stop();
      await running;
    },
  };
  return notifier;
}
