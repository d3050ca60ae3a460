import CFB from 'cfb';
import iconv from 'iconv-lite';
import { ExtractError } from './errors.js';

/** An OLE compound file (the container of .doc, .xls, .ppt and .msg), opened for reading streams. */
export class CompoundFile {
  private readonly container: CFB.CFB$Container;

  constructor(data: Uint8Array) {
    try {
      this.container = CFB.read(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { type: 'buffer' });
    } catch (error) {
      throw new ExtractError('CORRUPT', `a damaged OLE compound file: ${(error as Error)?.message ?? error}`.slice(0, 300));
    }
  }

  /** The bytes of a stream at the root, or null when there is none. */
  stream(name: string): Buffer | null {
    const entry = this.container.FileIndex.find((e, i) => e.type === 2 && this.container.FullPaths[i] === `Root Entry/${name}`);
    if (!entry?.content) return null;
    return Buffer.from(entry.content as Uint8Array);
  }

  /**
   * The same streams in a compound file written afresh. A reader with an OLE layer of its own
   * (word-extractor) is given this, not the original: a damaged sector chain in a hostile file made
   * that layer grow an array until the process aborted, which no try/catch can stop.
   */
  rewritten(): Buffer {
    return Buffer.from(CFB.write(this.container, { type: 'buffer' }) as Uint8Array);
  }

  has(name: string): boolean {
    return this.container.FullPaths.some((p) => p === `Root Entry/${name}` || p === `Root Entry/${name}/`);
  }

  /**
   * Title, subject and keywords from the SummaryInformation property set (where Office keeps
   * File › Properties; 2-2(2) allows the class to be written there). Author names are skipped.
   */
  summary(): Record<string, string> {
    const data = this.stream('\u0005SummaryInformation');
    const out: Record<string, string> = {};
    if (!data || data.length < 48 || data.readUInt16LE(0) !== 0xfffe) return out;
    try {
      const set = data.readUInt32LE(44);
      const count = data.readUInt32LE(set + 4);
      let codepage = 'cp1252';
      const values = new Map<number, number>();
      for (let i = 0; i < Math.min(count, 64); i++)
        values.set(data.readUInt32LE(set + 8 + i * 8), data.readUInt32LE(set + 12 + i * 8));
      const cp = values.get(1);
      if (cp !== undefined && data.readUInt16LE(set + cp) === 2) {
        const n = data.readUInt16LE(set + cp + 4);
        codepage = n === 65001 ? 'utf8' : n === 1200 ? 'utf16le' : `cp${n}`;
      }
      for (const [pid, field] of [
        [2, 'title'],
        [3, 'subject'],
        [5, 'keywords'],
        [6, 'description'],
      ] as const) {
        const at = values.get(pid);
        if (at === undefined) continue;
        const type = data.readUInt16LE(set + at);
        const size = data.readUInt32LE(set + at + 4);
        const bytes = data.subarray(set + at + 8, set + at + 8 + (type === 0x1f ? size * 2 : size));
        const text = type === 0x1f ? bytes.toString('utf16le') : type === 0x1e ? decode(bytes, codepage) : '';
        const clean = text.replace(/\0+$/, '').trim();
        if (clean) out[field] = clean.slice(0, 500);
      }
    } catch {
      // A damaged property set only loses the properties, not the document.
    }
    return out;
  }
}

function decode(bytes: Buffer, codepage: string): string {
  return iconv.encodingExists(codepage) ? iconv.decode(bytes, codepage) : bytes.toString('latin1');
}
