import { type Leases, leasesFromEnv } from '../config/index.js';

/** Exit codes of the `mamoru` command: they say what happened without reading the output. */
export const EXIT = {
  ok: 0,
  /** Something went wrong inside mamoru; the message says what to report. */
  internal: 1,
  /** The command line is wrong: unknown command or flag, unknown policy id, missing argument. */
  usage: 2,
  /** The input cannot be answered as written (empty, too long, binary); batch lines that failed. */
  input: 3,
  /** A policy pack failed validation (`policy check`). */
  invalidPack: 4,
} as const;

/** A mistake on the command line: the message says how to write it correctly. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** MAMORU_OUTBOX_LEASE_SECONDS and MAMORU_SCAN_LEASE_SECONDS; a bad value is reported like a bad flag. */
export function envLeases(): Leases {
  try {
    return leasesFromEnv();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
