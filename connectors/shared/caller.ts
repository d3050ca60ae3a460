import { asConnectorError, ConnectorError, RetryableError } from '../errors.js';
import type { ConnectorStats } from '../types.js';
import { backoffDelay } from './backoff.js';
import { Gate } from './gate.js';
import { type Clock, type Pacer, readRateHeaders, systemClock } from './pacer.js';

export interface CallerOptions {
  /** Requests in flight at once for the whole connector (default 4). */
  concurrency?: number;
  /** Attempts after the first one (default 6). */
  maxRetries?: number;
  /** First backoff step and its ceiling, for errors without Retry-After (defaults 500 ms, 30 s). */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** A Retry-After longer than this is cut to it (default 120 s). */
  maxRetryAfterMs?: number;
  /** Each attempt is aborted after this long (default 60 s; downloads included). */
  requestTimeoutMs?: number;
  /** The tenant's budget: every attempt takes its cost first (none: only Retry-After slows down). */
  pacer?: Pacer;
  /** The cost of a request of a kind in the budget's units (default 1). */
  costOf?: (kind: string) => number;
  /** The time pauses and backoff wait on (a test's own clock). */
  clock?: Clock;
}

/**
 * Runs every request of a connector: admission through the gate, one timeout per attempt,
 * retries (the whole connector pauses on Retry-After; exponential backoff with jitter otherwise),
 * and the counts behind `stats()`.
 */
export class Caller {
  private readonly gate: Gate;
  private readonly counts: Record<string, number> = {};
  private calls = 0;
  private throttled = 0;
  private retries = 0;
  private readonly maxRetries: number;
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly pacer?: Pacer;
  private readonly costOf: (kind: string) => number;
  private readonly clock: Clock;
  private units = 0;

  constructor(options: CallerOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.gate = new Gate(options.concurrency ?? 4, this.clock);
    if (options.pacer) this.pacer = options.pacer;
    this.costOf = options.costOf ?? (() => 1);
    this.maxRetries = options.maxRetries ?? 6;
    this.baseMs = options.backoffBaseMs ?? 500;
    this.capMs = options.backoffCapMs ?? 30_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    this.timeoutMs = options.requestTimeoutMs ?? 60_000;
  }

  /**
   * Sends one logical request of `kind`. `attempt` gets a signal that aborts on timeout or on the
   * caller's signal; it throws RetryableError to be tried again, anything else to give up.
   */
  async call<T>(kind: string, attempt: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        // Throttled requests count against the limits too: every attempt pays.
        const cost = this.costOf(kind);
        if (this.pacer && cost > 0) await this.pacer.take(cost, signal);
        this.units += cost;
        return await this.gate.run(() => {
          this.calls++;
          this.counts[kind] = (this.counts[kind] ?? 0) + 1;
          const timeout = AbortSignal.timeout(this.timeoutMs);
          return attempt(signal ? AbortSignal.any([signal, timeout]) : timeout);
        }, signal);
      } catch (error) {
        const retry = error instanceof RetryableError ? error : transient(error, kind, signal);
        if (!retry) throw asConnectorError(error, `the ${kind} request`);
        if (retry.throttled) this.throttled++;
        if (tries >= this.maxRetries) throw retry.final;
        this.retries++;
        if (retry.retryAfterMs !== undefined) this.gate.pause(Math.min(retry.retryAfterMs, this.maxRetryAfterMs));
        else await this.clock.sleep(backoffDelay(tries, this.baseMs, this.capMs), signal);
      }
    }
  }

  /** Reads a response's RateLimit headers for the pacer (SharePoint sends them past 80% of the minute). */
  observe(headers: { get(name: string): string | null }): void {
    if (!this.pacer) return;
    const info = readRateHeaders(headers);
    if (info) this.pacer.observe(info);
  }

  stats(): ConnectorStats {
    return {
      calls: this.calls,
      byKind: { ...this.counts },
      throttled: this.throttled,
      retries: this.retries,
      pausedMs: this.gate.pausedMs,
      units: this.units,
    };
  }
}

/** A timeout of one attempt or a dropped connection is worth another try; the caller's own abort is not. */
function transient(error: unknown, kind: string, signal?: AbortSignal): RetryableError | undefined {
  if (signal?.aborted || !(error instanceof Error)) return undefined;
  const code = (error.cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code;
  const network = code !== undefined && /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|UND_ERR_\w+|EAI_AGAIN)$/.test(code);
  if (error.name !== 'TimeoutError' && !network && !(error instanceof TypeError && error.message === 'fetch failed'))
    return undefined;
  const final = new ConnectorError(
    'HTTP_ERROR',
    `the ${kind} request kept failing (${code ?? error.message}); check the network path to the service`,
    {
      cause: error,
    },
  );
  return new RetryableError(final, false);
}
