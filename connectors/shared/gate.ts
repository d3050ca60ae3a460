import { type Clock, systemClock } from './pacer.js';

/**
 * Admission to the service for one connector (one tenant or domain): at most `concurrency`
 * requests in flight, and none at all while paused. A Retry-After pauses everyone, because
 * Graph and Drive throttle the tenant or the app, not one request.
 */
export class Gate {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private pausedUntil = 0;
  pausedMs = 0;

  constructor(
    private readonly concurrency: number,
    private readonly clock: Clock = systemClock,
  ) {
    if (!(concurrency >= 1)) throw new RangeError('concurrency must be at least 1');
  }

  /** Stops every request from starting for `ms` from now (extends, never shortens, a pause). */
  pause(ms: number): void {
    const now = this.clock.now();
    const until = now + ms;
    if (until > this.pausedUntil) {
      this.pausedMs += until - Math.max(this.pausedUntil, now);
      this.pausedUntil = until;
    }
  }

  /** Runs `fn` once a slot is free and no pause is in force; the slot is held until it settles. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      // The pause is checked after the slot is taken and right before sending, so a request that
      // waited for a slot while a 429 arrived does not slip out during the pause.
      for (let wait = this.pausedUntil - this.clock.now(); wait > 0; wait = this.pausedUntil - this.clock.now())
        await this.clock.sleep(wait, signal);
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (this.inFlight < this.concurrency) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.inFlight++;
        resolve();
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal?.reason);
      };
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }
}
