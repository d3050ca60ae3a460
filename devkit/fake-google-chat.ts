import { createServer, type Server } from 'node:http';
import { chat, type chat_v1 } from '@googleapis/chat';
import { OAuth2Client } from 'google-auth-library';
import { closeServer, listenLocally } from './local-server.js';
import type { SigningKey } from './sign-jwt.js';

export interface ChatApiCall {
  method: string;
  path: string;
  requestId?: string;
  authorization?: string;
  body: Record<string, unknown> & { text?: string; cardsV2?: { card: unknown }[] };
}

/**
 * A local stand-in for Google: the certificates Chat's tokens are signed with, and the Chat API
 * (spaces.messages.create/patch, spaces.findDirectMessage, media.download of uploaded files)
 * recording what the app sends. Like
 * the real API, a create with a requestId already seen returns the first message, not a new one.
 */
export class FakeGoogleChat {
  readonly calls: ChatApiCall[] = [];
  /** users/… → the DM space the user has with the app (for findDirectMessage). */
  readonly dms = new Map<string, string>();
  /** attachmentDataRef.resourceName → the bytes of an uploaded file (for media.download). */
  readonly media = new Map<string, Uint8Array>();
  private readonly byRequestId = new Map<string, string>();
  private holding = 0;
  private answers: (() => void)[] = [];
  private server?: Server;
  private seq = 0;
  url = '';
  constructor(private readonly keys: SigningKey[]) {}

  get certsUrl(): string {
    return `${this.url}certs`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (c: string) => {
        raw += c;
      });
      req.on('end', () => {
        const url = new URL(req.url ?? '/', this.url);
        const json = (status: number, body: unknown) =>
          res
            .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' })
            .end(JSON.stringify(body));
        if (url.pathname === '/certs') {
          return json(
            200,
            Object.fromEntries(this.keys.map((k) => [k.kid, k.publicKey.export({ type: 'spki', format: 'pem' }).toString()])),
          );
        }
        if (url.pathname === '/v1/spaces:findDirectMessage') {
          const space = this.dms.get(url.searchParams.get('name') ?? '');
          return space
            ? json(200, { name: space, spaceType: 'DIRECT_MESSAGE' })
            : json(404, { error: { code: 404, message: 'not found', status: 'NOT_FOUND' } });
        }
        if (req.method === 'GET' && url.pathname.startsWith('/v1/media/')) {
          const resourceName = decodeURIComponent(url.pathname.slice('/v1/media/'.length));
          this.calls.push({ method: 'GET', path: url.pathname, authorization: req.headers.authorization, body: {} });
          const data = this.media.get(resourceName);
          if (!data || url.searchParams.get('alt') !== 'media')
            return json(404, { error: { code: 404, message: 'media not found', status: 'NOT_FOUND' } });
          return res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.byteLength }).end(data);
        }
        const body = raw ? (JSON.parse(raw) as ChatApiCall['body']) : {};
        const requestId = url.searchParams.get('requestId') ?? undefined;
        this.calls.push({
          method: req.method ?? '',
          path: url.pathname,
          requestId,
          authorization: req.headers.authorization,
          body,
        });
        const create = /^\/v1\/(spaces\/[^/]+)\/messages$/.exec(url.pathname);
        if (req.method === 'POST' && create) {
          const existing = requestId ? this.byRequestId.get(requestId) : undefined;
          const name = existing ?? `${create[1]}/messages/m${++this.seq}`;
          if (requestId) this.byRequestId.set(requestId, name);
          if (this.holding > 0) {
            this.holding--;
            this.answers.push(() => {
              if (!res.destroyed) json(200, { name, ...body });
            });
            return;
          }
          return json(200, { name, ...body });
        }
        if (req.method === 'PATCH' && /^\/v1\/spaces\/[^/]+\/messages\/[^/]+$/.test(url.pathname))
          return json(200, { name: url.pathname.slice(4), ...body });
        json(404, { error: { code: 404, message: `no fake for ${req.method} ${url.pathname}` } });
      });
    });
    this.url = `${await listenLocally(this.server)}/`;
    return this;
  }

  /**
   * A lost answer: the next `count` messages are created (their requestId remembered) but not
   * answered until release(); a client that gives up meanwhile never hears of them.
   */
  hold(count = 1): void {
    this.holding += count;
  }

  /** Answers the held creates whose client still waits. */
  release(): void {
    for (const answer of this.answers.splice(0)) answer();
  }

  /** Creates waiting for release(). */
  get held(): number {
    return this.answers.length;
  }

  /** Messages created (not retries) in a space. */
  created(space: string): ChatApiCall[] {
    const seen = new Set<string>();
    return this.calls.filter((c) => {
      if (c.method !== 'POST' || !c.path.startsWith(`/v1/${space}/messages`)) return false;
      if (c.requestId && seen.has(c.requestId)) return false;
      if (c.requestId) seen.add(c.requestId);
      return true;
    });
  }

  /** A Chat API client on this fake, authenticated with a fixed test token. */
  client(): chat_v1.Chat {
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: 'test-chat-token', expiry_date: Date.now() + 3_600_000 });
    return chat({ version: 'v1', auth, rootUrl: this.url });
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}
