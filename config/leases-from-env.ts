/** How long work claimed by one process stays its own before another process takes it back. */
export interface Leases {
  /** An outbox message being sent (MAMORU_OUTBOX_LEASE_SECONDS, default 120). */
  outboxMs?: number;
  /** A scan run without a heartbeat (MAMORU_SCAN_LEASE_SECONDS, default 300). */
  scanMs?: number;
}

/**
 * Reads the leases from the environment; unset means the default. Shorter leases recover a dead
 * process's work sooner, at the price of more heartbeats and ticks (tests use a few seconds).
 */
export function leasesFromEnv(env: NodeJS.ProcessEnv = process.env): Leases {
  const seconds = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 1 || value > 86_400)
      throw new Error(`${name} must be a number of seconds between 1 and 86400 (got "${raw}")`);
    return Math.round(value * 1000);
  };
  return { outboxMs: seconds('MAMORU_OUTBOX_LEASE_SECONDS'), scanMs: seconds('MAMORU_SCAN_LEASE_SECONDS') };
}
