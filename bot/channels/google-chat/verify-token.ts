import { OAuth2Client } from 'google-auth-library';
import type { ChatAuthConfig } from '../../../config/index.js';

export type { ChatAuthConfig };

const CHAT_ISSUER = 'chat@system.gserviceaccount.com';
const CERTS = {
  endpoint_url: 'https://www.googleapis.com/oauth2/v1/certs',
  project_number: `https://www.googleapis.com/service_accounts/v1/metadata/x509/${CHAT_ISSUER}`,
};
const MAX_CERT_AGE_MS = 60 * 60 * 1000;
/** A token naming an unknown key fetches the certificates again at most this often (forged key ids cost nothing). */
const MIN_REFRESH_MS = 60 * 1000;

export class ChatAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChatAuthError';
  }
}

/** Verifies the bearer token of a Google Chat request; throws ChatAuthError (→ 401) otherwise. */
export function createChatVerifier(config: ChatAuthConfig): (authorization: string | undefined) => Promise<void> {
  const client = new OAuth2Client();
  const url = config.certsUrl ?? CERTS[config.mode];
  const doFetch = config.fetch ?? fetch;
  const now = config.now ?? Date.now;
  let cache: { certs: Record<string, string>; until: number; at: number } | null = null;
  let inFlight: Promise<Record<string, string>> | null = null;

  async function download(): Promise<Record<string, string>> {
    const response = await doFetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`Google's certificates at ${url} answered ${response.status}`);
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1] ?? 3600) * 1000;
    const at = now();
    cache = { certs: (await response.json()) as Record<string, string>, until: at + Math.min(maxAge, MAX_CERT_AGE_MS), at };
    return cache.certs;
  }

  /** The cached certificates; fetched when stale, or for an unknown key if the last fetch is a minute old. One fetch at a time. */
  async function certs(unknownKey: boolean): Promise<Record<string, string>> {
    const fresh = cache && now() < cache.until && !(unknownKey && now() - cache.at >= MIN_REFRESH_MS);
    if (cache && fresh) return cache.certs;
    inFlight ??= download().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function check(token: string, refresh: boolean): Promise<void> {
    const issuers = config.mode === 'endpoint_url' ? ['https://accounts.google.com', 'accounts.google.com'] : [CHAT_ISSUER];
    const ticket = await client.verifySignedJwtWithCertsAsync(token, await certs(refresh), config.audience, issuers);
    const payload = ticket.getPayload();
    if (config.mode === 'endpoint_url' && (payload?.email !== CHAT_ISSUER || payload.email_verified !== true)) {
      throw new ChatAuthError('the ID token is not for chat@system.gserviceaccount.com');
    }
  }

  return async (authorization) => {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) throw new ChatAuthError('no bearer token');
    try {
      await check(token, false);
    } catch (error) {
      // A key rotated since the last fetch: fetch once more before refusing.
      if (!/No pem found/.test(String((error as Error)?.message))) throw new ChatAuthError(reason(error));
      try {
        await check(token, true);
      } catch (again) {
        throw new ChatAuthError(reason(again));
      }
    }
  };
}

/** The reason without the token itself (google-auth-library puts tokens in its messages). */
function reason(error: unknown): string {
  const message = error instanceof ChatAuthError ? error.message : String((error as Error)?.message ?? error);
  return message.split(':')[0]!.slice(0, 120);
}
