import { sleep } from './backoff.js';

/** Time as the pacing sees it: the system's, or a test's that it moves itself. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep };

/** What a response said about the service's own count of our use (the RateLimit-* headers). */
export interface RateInfo {
  limit?: number;
  remaining?: number;
  /** Until the service's window resets. */
  resetMs?: number;
}

/**
 * The tenant's budget as a connector spends it: every request takes its cost in units first
 * (Microsoft Graph's resource units, Drive's queries), waiting when the minute's or the day's
 * units are spent; responses report what the service itself counts.
 */
export interface Pacer {
  /** Resolves once `units` may be spent now, having spent them; rejects when the signal aborts. */
  take(units: number, signal?: AbortSignal): Promise<void>;
  /** A response's RateLimit headers, for the pacer to slow down before the service throttles. */
  observe(info: RateInfo): void;
}

/**
 * RateLimit-Limit / -Remaining / -Reset as SharePoint sends them once an app has used 80% of its
 * minute (reset in seconds); undefined when the response carries none.
 */
export function readRateHeaders(headers: { get(name: string): string | null }): RateInfo | undefined {
  const number = (name: string) => {
    const raw = headers.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = Number(raw.trim());
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const limit = number('ratelimit-limit');
  const remaining = number('ratelimit-remaining');
  const reset = number('ratelimit-reset');
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(reset !== undefined ? { resetMs: Math.round(reset * 1000) } : {}),
  };
}
