import { ConnectorError, RetryableError } from '../errors.js';
import { parseRetryAfter } from '../shared/index.js';

/** What the googleapis clients throw (a GaxiosError), as far as the connector reads it. */
interface ApiError {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; headers?: { get(name: string): string | null } | Record<string, string>; data?: unknown };
}

/** The scope to grant, by kind of request, for the 401/403 messages. */
const SCOPE: Record<string, string> = {
  'users.list': 'https://www.googleapis.com/auth/admin.directory.user.readonly',
};
const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';

/** The first `reason` of a Google API error body (rateLimitExceeded, exportSizeLimitExceeded …). */
export function reasonOf(error: unknown): string | undefined {
  // For streamed responses gaxios keeps the raw error body only as the message.
  for (const candidate of [(error as ApiError).response?.data, (error as ApiError).message]) {
    let body = candidate;
    if (typeof candidate === 'string') {
      try {
        body = JSON.parse(candidate);
      } catch {
        continue;
      }
    }
    const first = (body as { error?: { errors?: { reason?: string; location?: string }[] } } | undefined)?.error?.errors?.[0];
    if (first) return `${first.reason ?? ''}${first.location ? `@${first.location}` : ''}`;
  }
  return undefined;
}

/**
 * Sorts an error from a googleapis call into "try again" (429, 5xx, 403 rate limits: Retry-After
 * pauses the connector, else backoff) or a coded ConnectorError with the fix.
 */
export function classifyGoogleError(error: unknown, kind: string): Error {
  if (error instanceof ConnectorError || error instanceof RetryableError) return error;
  const api = error as ApiError;
  const status = api.status ?? api.response?.status;
  if (status === undefined) return error instanceof Error ? error : new Error(String(error));
  const reason = reasonOf(error) ?? '';
  const what = `Google returned ${status}${reason ? ` (${reason})` : ''} for the ${kind} request`;
  const headers = api.response?.headers;
  // gaxios may hand back a Headers of another fetch implementation: duck-typed.
  const retryAfter = parseRetryAfter(
    typeof headers?.get === 'function'
      ? headers.get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'],
  );
  const rateLimited = status === 429 || (status === 403 && /^(rateLimitExceeded|userRateLimitExceeded)/.test(reason));
  if (rateLimited || status >= 500) {
    const final = new ConnectorError(
      rateLimited || status === 503 ? 'THROTTLED' : 'HTTP_ERROR',
      `${what} and kept doing so after retries; run the scan later, with a lower concurrency, or raise the Drive API quota`,
      { status },
    );
    return new RetryableError(final, rateLimited || status === 503, retryAfter);
  }
  const scope = SCOPE[kind] ?? DRIVE_SCOPE;
  if (status === 401 || (status === 400 && /unauthorized_client|invalid_grant/.test(api.message ?? '')))
    return new ConnectorError(
      'AUTH_FAILED',
      `${what}: impersonation was refused; in the Admin console (Security → API controls → Domain-wide delegation) allow the service account's client id the scope ${scope}, and check MAMORU_GOOGLE_KEY_FILE`,
      // No cause: the client error carries the request, headers included.
      { status },
    );
  if (status === 403)
    return new ConnectorError(
      'FORBIDDEN',
      `${what}: allow the scope ${scope} for the service account's domain-wide delegation, and make MAMORU_GOOGLE_ADMIN_EMAIL an administrator`,
      { status },
    );
  if (status === 404) return new ConnectorError('NOT_FOUND', `${what}: not found`, { status });
  if (status === 410 || (status === 400 && reason.endsWith('@pageToken')))
    return new ConnectorError(
      'CURSOR_EXPIRED',
      `${what}: the stored page token is no longer valid; a full re-listing is needed`,
      { status },
    );
  return new ConnectorError('HTTP_ERROR', `${what}: ${(api.message ?? '').slice(0, 200)}`, { status });
}
