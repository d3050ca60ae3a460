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
  // `audit verify` / `audit seal`: the kind of tampering found (the most serious when several).
  /** An entry was edited, or the chain rewritten from it. */
  auditEdited: 10,
  /** Entries were removed from the end: the head or an anchor is ahead of the log. */
  auditTruncated: 11,
  /** Every entry was deleted, but the head or an anchor says there were some. */
  auditEmptied: 12,
  /** The head was rewritten: its MAC fails, or it is gone. */
  auditHeadRewritten: 13,
  /** An entry has no MAC while a key is set. */
  auditUnsigned: 14,
  /** An anchor line mamoru did not write (its MAC fails, or it is not a head). */
  auditAnchorInvalid: 15,
} as const;

/** A mistake on the command line: the message says how to write it correctly. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
