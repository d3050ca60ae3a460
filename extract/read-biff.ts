import { ExtractError } from './errors.js';

/** One BIFF record: its type and its data, with the CONTINUE records that follow it. */
export interface BiffRecord {
  type: number;
  data: Buffer;
  /** Data of the CONTINUE records right after this one (long strings, comment text). */
  more: Buffer[];
}

export const REC = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  HEADER: 0x0014,
  FOOTER: 0x0015,
  OBJ: 0x005d,
  TXO: 0x01b6,
  NOTE: 0x001c,
} as const;

/** The records of a substream from `offset` to its EOF (or the stream's end), CONTINUEs attached. */
export function* biffRecords(stream: Buffer, offset: number): Generator<BiffRecord> {
  let at = offset;
  let current: BiffRecord | null = null;
  while (at + 4 <= stream.length) {
    const type = stream.readUInt16LE(at);
    const size = stream.readUInt16LE(at + 2);
    const data = stream.subarray(at + 4, Math.min(stream.length, at + 4 + size));
    at += 4 + size;
    if (type === REC.CONTINUE && current) {
      current.more.push(data);
      continue;
    }
    if (current) yield current;
    current = { type, data, more: [] };
    if (type === REC.EOF) break;
  }
  if (current) yield current;
}

/**
 * Reads characters that may run on into CONTINUE records: each continuation starts again with a
 * flags byte saying whether the characters are 1 byte (Latin-1) or 2 bytes (UTF-16LE).
 */
export class BiffReader {
  private seg = 0;
  private pos = 0;

  constructor(private readonly segments: Buffer[]) {}

  static of(record: BiffRecord, from = 0): BiffReader {
    const reader = new BiffReader([record.data, ...record.more]);
    reader.pos = from;
    return reader;
  }

  get done(): boolean {
    return (
      this.seg >= this.segments.length || (this.seg === this.segments.length - 1 && this.pos >= this.segments[this.seg]!.length)
    );
  }

  private byte(): number {
    while (this.seg < this.segments.length && this.pos >= this.segments[this.seg]!.length) {
      this.seg++;
      this.pos = 0;
    }
    const b = this.segments[this.seg]?.[this.pos];
    if (b === undefined) throw new ExtractError('CORRUPT', 'a BIFF record ends before its data');
    this.pos++;
    return b;
  }

  u8(): number {
    return this.byte();
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    for (let left = n; left > 0; ) {
      const seg = this.segments[this.seg];
      if (!seg) return;
      const take = Math.min(left, seg.length - this.pos);
      this.pos += take;
      left -= take;
      if (left > 0) {
        this.seg++;
        this.pos = 0;
      }
    }
  }

  /** `count` characters; at a CONTINUE boundary a new flags byte sets their width. */
  chars(count: number, high: boolean): string {
    let out = '';
    let wide = high;
    for (let i = 0; i < count; i++) {
      if (this.seg < this.segments.length && this.pos >= this.segments[this.seg]!.length && this.seg + 1 < this.segments.length) {
        this.seg++;
        this.pos = 0;
        wide = (this.byte() & 1) === 1;
      }
      out += String.fromCharCode(wide ? this.u16() : this.byte());
    }
    return out;
  }

  /** An XLUnicodeRichExtendedString (the shared strings table) or XLUnicodeString (cch of 2 bytes). */
  unicodeString(lengthBytes: 1 | 2 = 2): string {
    const count = lengthBytes === 1 ? this.u8() : this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) === 1);
    this.skip(runs * 4 + ext);
    return text;
  }
}

/** An RK number: a 30-bit integer or the high bits of a double, maybe divided by 100. */
export function rkNumber(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    value = b.readDoubleLE(0);
  }
  return rk & 0x01 ? value / 100 : value;
}
