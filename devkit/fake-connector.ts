import { createServer, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenLocally } from './local-server.js';

export interface SentActivity {
  method: string;
  path: string;
  conversationId: string;
  authorization?: string;
  activity: Record<string, unknown> & {
    type?: string;
    text?: string;
    summary?: string;
    attachments?: { contentType: string; content: Record<string, unknown> & { body?: unknown[]; actions?: unknown[] } }[];
  };
  receivedAt: number;
}

/**
 * A local stand-in for the Bot Framework connector (the `serviceUrl` of an activity): records
 * every activity the bot sends, as Teams would receive it, and answers like the real service.
 */
export class FakeConnector {
  readonly sent: SentActivity[] = [];
  /** Activities received and not answered yet (see hold). */
  readonly held: SentActivity[] = [];
  /** Held activities whose sender went away before the answer: never delivered. */
  readonly dropped: SentActivity[] = [];
  private server?: Server;
  private waiters: { count: number; resolve: () => void }[] = [];
  private counter = 0;
  private holding = 0;
  private releases: (() => void)[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (!match) {
          res.writeHead(404).end();
          return;
        }
        const activity = body ? JSON.parse(body) : {};
        // teams-ai sends a typing indicator after a second of work, whatever startTypingTimer says: on a
        // loaded machine it comes before the reply. It is not a reply, and no test is about it.
        if (activity.type === 'typing') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `typing-${++this.counter}` }));
          return;
        }
        const entry: SentActivity = {
          method: req.method ?? '',
          path: req.url ?? '',
          conversationId: decodeURIComponent(match[1]!),
          authorization: req.headers.authorization,
          activity,
          receivedAt: performance.now(),
        };
        if (this.holding > 0) {
          this.holding--;
          this.held.push(entry);
          let answered = false;
          const unhold = () => this.held.splice(this.held.indexOf(entry), 1);
          res.on('close', () => {
            if (answered) return;
            unhold();
            this.dropped.push(entry);
          });
          this.releases.push(() => {
            if (res.destroyed) return;
            answered = true;
            unhold();
            this.answer(entry, res);
          });
          return;
        }
        this.answer(entry, res);
      });
    });
    this.url = `${await listenLocally(this.server)}/`;
    return this;
  }

  /** A delivery: recorded, answered like the real service. */
  private answer(entry: SentActivity, res: ServerResponse): void {
    this.sent.push(entry);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `activity-${++this.counter}` }));
    this.waiters = this.waiters.filter((w) => {
      if (this.sent.length >= w.count) w.resolve();
      return this.sent.length < w.count;
    });
  }

  /**
   * A hung Teams: the next `count` activities are received and left unanswered until release().
   * One whose sender goes away meanwhile (killed, timed out) is dropped: not delivered.
   */
  hold(count = 1): void {
    this.holding += count;
  }

  /** Answers the held activities still waiting: they are delivered now. */
  release(): void {
    for (const release of this.releases.splice(0)) release();
  }

  /** Resolves once `count` activities are being held. */
  async waitForHeld(count = 1, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.held.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} held activities, got ${this.held.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Resolves once `count` activities in all have arrived. */
  waitFor(count: number, timeoutMs = 5000): Promise<void> {
    if (this.sent.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} activities, got ${this.sent.length}`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  clear(): void {
    this.sent.length = 0;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}

/** The Adaptive Card in a sent activity, if any. */
export function cardOf(sent: SentActivity | undefined): Record<string, unknown> & { body: unknown[]; actions?: unknown[] } {
  const card = sent?.activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(sent?.activity)}`);
  return card as Record<string, unknown> & { body: unknown[]; actions?: unknown[] };
}

/** Every text on a card, flattened, for assertions that should not depend on layout. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out;
}

/** Card actions (top-level and in action sets) with their verb and data. */
export function cardActions(card: unknown): { type: string; title: string; verb?: string; data?: Record<string, unknown> }[] {
  const out: { type: string; title: string; verb?: string; data?: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Action.')) out.push(n as never);
      for (const value of Object.values(n)) walk(value);
    }
  };
  walk(card);
  return out;
}
