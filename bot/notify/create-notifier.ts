import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import {
  getUser,
  type KnownConversation,
  outbox,
  personalConversation,
  queueDueReminders,
  type Store,
  type User,
} from '../../store/index.js';
import type { ChannelFront } from '../channels/index.js';
import type { Logger } from '../core/index.js';
import { renderMessage } from './render-message.js';

export interface Notifier {
  /** Sends what is queued, soon; calls during a run make it run once more. */
  kick(): void;
  /** Sends what is queued now; resolves with the number sent. */
  drain(): Promise<number>;
  /** Every minute: messages whose sender died are taken back, due reminders, then the queue. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How long a claim on a message lasts by default: a sender silent for this long is gone. */
export const DEFAULT_LEASE_MS = 120_000;

/** This process, as it signs its claims: host, pid and a random part (a restart is a new owner). */
export function instanceId(): string {
  return `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

/**
 * Delivers the outbox: each message is claimed for a lease (one sender even with several
 * processes), rendered from the permit's current state, sent to the recipient's personal chat
 * within a time shorter than the lease, and marked only while the claim still holds. A message
 * whose sender died is taken back once its lease has run out, by whichever process ticks first.
 */
export function createNotifier(options: {
  store: Store;
  /** The channels' fronts: those with a sender are where messages go. */
  fronts: ChannelFront[];
  log: Logger;
  /** The tick (croner); default every minute, or every lease when the lease is under a minute. */
  cron?: string;
  /** How long a claim lasts (default 2 minutes). */
  leaseMs?: number;
  /** How long one message may take to send (default a quarter of the lease; must be shorter). */
  sendTimeoutMs?: number;
  owner?: string;
  /** Other store chores for the same tick (marking scan runs whose process is gone). */
  housekeeping?: () => Promise<void>;
}): Notifier {
  const { store, log } = options;
  // Read at each send: start-up adds the fronts once the bot they serve exists.
  const senders = () => options.fronts.flatMap((front) => (front.sender ? [{ name: front.name, sender: front.sender }] : []));
  const owner = options.owner ?? instanceId();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const sendTimeoutMs = Math.min(options.sendTimeoutMs ?? Math.floor(leaseMs / 4), Math.floor(leaseMs / 2));
  let running: Promise<number> | null = null;
  let again = false;
  let cron: Cron | null = null;

  /** The channel's answer, or an error once the send's time is up (the signal also aborts the call). */
  function bounded<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new Error(`the channel did not answer within ${sendTimeoutMs} ms`));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** No chat stored: the first channel that finds one the person already has with the app (Google Chat DMs). */
  async function locate(recipient: User, signal: AbortSignal): Promise<KnownConversation | undefined> {
    for (const { name, sender } of senders()) {
      const found = await bounded(sender.locate(recipient, signal), signal);
      if (found) return { channel: name, ...found };
    }
    return undefined;
  }

  async function deliver(row: outbox.OutboxRow, claim: outbox.Claim): Promise<boolean> {
    const signal = AbortSignal.timeout(sendTimeoutMs);
    const recipient = await getUser(store.db, row.recipient_id);
    let known = recipient ? await personalConversation(store.db, recipient) : undefined;
    if (recipient && !known) known = await locate(recipient, signal);
    const sender = known ? senders().find((s) => s.name === known.channel)?.sender : undefined;
    const reference = known && sender ? sender.reference(known.reference) : undefined;
    if (!known || !sender || reference === undefined) {
      await outbox.markFailed(store.db, claim, 'the recipient has no chat with mamoru', true);
      return false;
    }
    const reply = await renderMessage(store, row);
    if (!reply) {
      await outbox.markFailed(store.db, claim, 'nothing to send', true);
      return false;
    }
    let activityId: string | undefined;
    if (
      (row.kind === 'refresh' || row.kind === 'incident_refresh') &&
      row.activity_id &&
      row.conversation_id === known.conversationId
    ) {
      await bounded(sender.update(reference, row.activity_id, reply, signal), signal);
      activityId = row.activity_id;
    } else activityId = await bounded(sender.notify(reference, reply, row.id, signal), signal);
    const marked = await outbox.markSent(store.db, claim, {
      channel: known.channel,
      conversationId: known.conversationId,
      activityId,
    });
    if (!marked) log.warn({ outboxId: row.id, kind: row.kind }, 'sent after its claim ran out: it may arrive twice');
    return true;
  }

  async function drainOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await outbox.pendingMessages(store.db, 50);
      if (batch.length === 0) return sent;
      for (const row of batch) {
        const claim = await outbox.claim(store.db, row, owner, leaseMs);
        if (!claim) continue;
        try {
          if (await deliver(row, claim)) sent++;
        } catch (error) {
          log.warn({ err: error, outboxId: row.id, kind: row.kind }, 'notification failed; will retry');
          await outbox.markFailed(store.db, claim, String((error as Error)?.message ?? error));
        }
      }
      if (batch.length < 50) return sent;
    }
  }

  async function takeBack(): Promise<void> {
    const { requeued, failed } = await outbox.requeueExpired(store.db);
    if (requeued + failed > 0) log.warn({ requeued, failed }, 'notifications whose sender stopped mid-send were taken back');
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
      await takeBack();
      const seconds = Math.max(1, Math.round(leaseMs / 1000));
      const every = options.cron ?? (seconds < 60 ? `*/${seconds} * * * * *` : '* * * * *');
      cron = new Cron(every, { protect: true }, async () => {
        try {
          await takeBack();
          await options.housekeeping?.();
        } catch (error) {
          log.error({ err: error }, 'taking back abandoned work failed');
        }
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
