import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts a fake on a free port of 127.0.0.1 and returns its base URL, `http://127.0.0.1:<port>`. */
export async function listenLocally(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops a fake, its kept-alive connections too (a client's idle socket would hold close() open). */
export async function closeServer(server: Server | undefined): Promise<void> {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
}

/** An error a fake answers instead of the request, `count` times, to requests of `kinds` (all when absent). */
export interface Fault {
  status: number;
  count: number;
  retryAfter?: string;
  /** Google's `errors[].reason` (Graph's fakes leave it out of the answer). */
  reason?: string;
  kinds?: string[];
}

/**
 * The faults a test asks a cloud fake for: queued ones, taken first, then a throttling storm that
 * answers a random share of the requests 429 with Retry-After.
 */
export class Faults {
  private readonly queue: Fault[] = [];
  private storm?: { rate: number; retryAfter: string; random: () => number };

  add(fault: Fault): void {
    this.queue.push(fault);
  }

  /** Rate 0 stops the storm. */
  throttleStorm(rate: number, retryAfterSeconds: number, random: () => number): void {
    this.storm = rate > 0 ? { rate, retryAfter: String(retryAfterSeconds), random } : undefined;
  }

  /** The fault for this request, if any (a queued fault is used up after `count` requests). */
  take(kind: string): Fault | undefined {
    const at = this.queue.findIndex((f) => !f.kinds || f.kinds.includes(kind));
    if (at >= 0) {
      const fault = this.queue[at]!;
      if (--fault.count <= 0) this.queue.splice(at, 1);
      return fault;
    }
    if (this.storm && this.storm.random() < this.storm.rate)
      return { status: 429, reason: 'rateLimitExceeded', retryAfter: this.storm.retryAfter, count: 1 };
    return undefined;
  }
}

/** Requests by kind, as the fakes record them. */
export function countKinds(requests: readonly { kind: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) out[r.kind] = (out[r.kind] ?? 0) + 1;
  return out;
}

/** File `index` of drive `drive` when a test gives no contents: small text files, every other one in a folder. */
export function defaultFile(drive: number, index: number): { name: string; folder?: string; content: string } {
  return { name: `file-${index}.txt`, folder: index % 2 ? 'Folder A' : undefined, content: `drive ${drive} file ${index}` };
}

/** The modification time of the `seq`-th change: one second apart from 2025-04-01, so order shows in times. */
export const changedAt = (seq: number): string => new Date(Date.UTC(2025, 3, 1) + seq * 1000).toISOString();
