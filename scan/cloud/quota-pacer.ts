import { type Clock, type Pacer, type RateInfo, systemClock } from '../../connectors/index.js';
import type { Logger } from '../../ports/index.js';
import { reserveUnits, type Store } from '../../store/index.js';

export interface QuotaPacerOptions {
  store: Store;
  /** The budget's name: a source of a tenant (`graph:https://graph.microsoft.com/v1.0`). */
  budget: string;
  perMinute: number;
  /** 0: no daily limit. */
  perDay: number;
  clock?: Clock;
  log?: Logger;
}

/**
 * The tenant's budget shared by every process on the database: units are taken from it in small
 * chunks (so a process does not ask the database for each request), at most a sixth of the
 * minute's in any 10 seconds and the day's in any 24 hours. When they are spent, requests wait
 * for the next window, the whole day if need be: a first scan larger than a day's budget goes on
 * the next day. RateLimit headers saying the service counts less left than that pause this
 * process until its window resets.
 */
export class QuotaPacer implements Pacer {
  private tokens = 0;
  private pausedUntil = 0;
  private reserving?: Promise<void>;
  private readonly clock: Clock;
  private readonly per10s: number;
  private readonly chunk: number;
  private toldDay = false;
  /** Units this process took from the budget, and milliseconds it waited for them. */
  taken = 0;
  waitedMs = 0;

  constructor(private readonly o: QuotaPacerOptions) {
    this.clock = o.clock ?? systemClock;
    this.per10s = Math.max(1, Math.floor(o.perMinute / 6));
    this.chunk = Math.max(1, Math.min(20, Math.floor(this.per10s / 4)));
  }

  async take(units: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.pausedUntil - this.clock.now();
      if (wait > 0) {
        this.waitedMs += wait;
        await this.clock.sleep(wait, signal);
        continue;
      }
      if (this.tokens >= units) {
        this.tokens -= units;
        this.taken += units;
        return;
      }
      this.reserving ??= this.reserve(units).finally(() => {
        this.reserving = undefined;
      });
      await this.reserving;
    }
  }

  observe(info: RateInfo): void {
    // SharePoint sends these once 80% of the app's minute is used: past nine tenths, stop until its reset.
    if (info.limit === undefined || info.remaining === undefined) return;
    if (info.remaining > info.limit * 0.1) return;
    const until = this.clock.now() + (info.resetMs ?? 10_000);
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.o.log?.warn(
        { budget: this.o.budget, remaining: info.remaining, limit: info.limit, resetMs: info.resetMs },
        'the service says the minute is nearly spent: pausing until it resets',
      );
    }
  }

  private async reserve(units: number): Promise<void> {
    const want = Math.max(units - this.tokens, this.chunk);
    const min = Math.min(units - this.tokens, this.per10s);
    const limits = { per10s: this.per10s, perDay: this.o.perDay };
    const result = await reserveUnits(this.o.store.db, this.o.budget, limits, want, Math.max(1, min), this.clock.now());
    if (result.granted > 0) {
      this.tokens += result.granted;
      // A request dearer than a window holds (none is, in practice) goes through on what one gives.
      if (units > this.per10s && this.tokens >= this.per10s) this.tokens = Math.max(this.tokens, units);
      this.toldDay = false;
      return;
    }
    const retryAt = result.retryAtMs ?? this.clock.now() + 1000;
    if (retryAt - this.clock.now() > 60_000 && !this.toldDay) {
      this.toldDay = true;
      this.o.log?.warn(
        { budget: this.o.budget, perDay: this.o.perDay, until: new Date(retryAt).toISOString() },
        "the day's budget is spent: the scan waits until units free up",
      );
    }
    this.pausedUntil = Math.max(this.pausedUntil, retryAt);
  }
}
