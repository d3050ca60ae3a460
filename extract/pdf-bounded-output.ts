/** What a PDF filter decoded, and the two ways a decoder stops short of its bound. */

/** A filter's output passed the bound it was given. */
export class Overflow extends Error {}

/**
 * Compressed data that the decoder rejects part-way through: pdf.js is more lenient and may go on
 * decoding past the damage, so how much it would make is not known, only its worst case.
 */
export class Damaged extends Error {
  constructor(readonly worstCase: number) {
    super(`damaged compressed data that could decode to ${worstCase} bytes`);
  }
}

export interface Decoded {
  /** Bytes out; for damaged data, the most pdf.js could make of it. */
  size: number;
  /** The output, when another filter needs it; null when only the size was measured. */
  bytes: Uint8Array | null;
  /** The data is damaged: `size` is a worst case, not a count. */
  damaged?: true;
}

/** The output as it is, unless it passed `max`. */
export function within(out: Decoded, max: number): Decoded {
  if (out.size > max) throw new Overflow();
  return out;
}

/** A growing output that refuses to pass `max`; with `keep` false it only counts. */
export class Out {
  size = 0;
  private buf: Uint8Array;
  constructor(
    private readonly max: number,
    private readonly keep: boolean,
  ) {
    this.buf = new Uint8Array(keep ? 4096 : 0);
  }

  push(byte: number, times = 1): void {
    if (this.size + times > this.max) throw new Overflow();
    if (this.keep) {
      if (this.size + times > this.buf.length) {
        const next = new Uint8Array(Math.min(this.max, Math.max(this.buf.length * 2, this.size + times)));
        next.set(this.buf.subarray(0, this.size));
        this.buf = next;
      }
      this.buf.fill(byte, this.size, this.size + times);
    }
    this.size += times;
  }

  done(): Decoded {
    return { size: this.size, bytes: this.keep ? this.buf.subarray(0, this.size) : null };
  }
}
