/** Coded errors of the cloud connectors; each message says what to do about it. */

export type ConnectorErrorCode =
  | 'CONFIG_MISSING'
  | 'AUTH_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CURSOR_EXPIRED'
  | 'THROTTLED'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE'
  | 'TOO_MANY_PAGES'
  | 'ABORTED';

export class ConnectorError extends Error {
  readonly code: ConnectorErrorCode;
  readonly status?: number;
  /** Graph's 410 carries the URL of a fresh enumeration; used to resync. */
  readonly location?: string;

  constructor(code: ConnectorErrorCode, message: string, details: { status?: number; location?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ConnectorError';
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.location !== undefined) this.location = details.location;
  }
}

/**
 * Thrown by one attempt to say "try again": after `retryAfterMs` (the server said so: the whole
 * connector pauses) or after an exponential backoff. `final` is what is thrown when retries run out.
 */
export class RetryableError extends Error {
  constructor(
    readonly final: ConnectorError,
    readonly throttled: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(final.message);
    this.name = 'RetryableError';
  }
}

/** Keeps coded errors, turns an abort into ABORTED, wraps anything else once. */
export function asConnectorError(error: unknown, what: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  if (error instanceof RetryableError) return error.final;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
    return new ConnectorError('ABORTED', `${what} was cancelled or timed out (${error.message})`, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new ConnectorError('HTTP_ERROR', `${what} failed: ${detail.slice(0, 300)}. Check the network path to the service.`, {
    cause: error,
  });
}
