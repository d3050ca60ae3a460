import { inflateRawSync } from 'node:zlib';
import { strFromU8 } from 'fflate';
import iconv from 'iconv-lite';
import { ExtractError } from './errors.js';
import type { ExtractLimits } from './types.js';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Lists a zip file from its central directory without inflating anything, so the declared
 * sizes can be checked first (a zip bomb is refused, not unpacked).
 */
export function listZip(data: Uint8Array, limits: ExtractLimits): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ExtractError('CORRUPT', 'no zip end-of-central-directory record (truncated or not a zip file)');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // 0xffff entries means "see the zip64 record": 65,535 or more, beyond any limit mamoru reads.
  if (count > limits.maxZipEntries || count === 0xffff)
    throw new ExtractError(
      'TOO_MANY_FILES',
      `${count === 0xffff ? 'at least 65535' : count} zip entries (limit ${limits.maxZipEntries})`,
    );
  if (offset === 0xffffffff) throw new ExtractError('ZIP_BOMB', 'zip64 archive: a school document never needs one');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== CENTRAL)
      throw new ExtractError('CORRUPT', 'the zip central directory is damaged');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const flags = view.getUint16(offset + 8, true);
    const name = entryName(data.subarray(offset + 46, offset + 46 + nameLength), (flags & 0x800) !== 0);
    const entry: ZipEntry = {
      name,
      method: view.getUint16(offset + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new ExtractError('ZIP_BOMB', `zip64 entry ${name}: a school document never needs one`);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An entry's name: UTF-8 when the zip says so or the bytes are valid UTF-8, else Shift_JIS (CP932),
 * as Windows' Japanese "send to compressed folder" writes names without saying.
 */
function entryName(bytes: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return strFromU8(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'cp932');
  }
}

/** Refuses the entries about to be read when their declared sizes or ratios are beyond the limits. */
export function checkBounds(entries: ZipEntry[], limits: ExtractLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new ExtractError('ENCRYPTED', `zip entry ${entry.name} is encrypted`);
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ExtractError(
        'ZIP_BOMB',
        `zip entry ${entry.name} inflates ${Math.round(ratio)}× (${entry.size} bytes; limit ${limits.maxRatio}×)`,
      );
    }
  }
  if (total > limits.maxInflatedBytes)
    throw new ExtractError('ZIP_BOMB', `the zip entries inflate to ${total} bytes (limit ${limits.maxInflatedBytes})`);
}

/**
 * Inflates one entry, refusing it as soon as it grows beyond its declared size: a header that
 * lies about the size (a 5 MB entry declared as 2 kB that inflates to gigabytes) is stopped by
 * zlib's output limit, not unpacked. A truncated or damaged stream throws CORRUPT.
 */
export function readEntry(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL)
    throw new ExtractError('CORRUPT', `zip entry ${entry.name} has no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ExtractError('CORRUPT', `zip entry ${entry.name} is truncated`);
  const raw = data.subarray(start, end);
  if (entry.method === 0) return raw.slice(0, entry.size);
  if (entry.method !== 8)
    throw new ExtractError('UNSUPPORTED', `zip entry ${entry.name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ExtractError('ZIP_BOMB', `zip entry ${entry.name} inflates beyond its declared ${entry.size} bytes`);
    throw new ExtractError('CORRUPT', `zip entry ${entry.name} does not inflate: ${(error as Error).message}`);
  }
}

/** An opened OOXML package: the entries wanted, read as UTF-8 text after the bounds check. */
export class ZipPackage {
  readonly entries: Map<string, ZipEntry>;

  constructor(
    private readonly data: Uint8Array,
    limits: ExtractLimits,
    wanted: (name: string) => boolean,
  ) {
    const all = listZip(data, limits);
    const chosen = all.filter((e) => wanted(e.name));
    checkBounds(chosen, limits);
    this.entries = new Map(chosen.map((e) => [e.name, e]));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  text(name: string): string | null {
    const entry = this.entries.get(name);
    return entry ? strFromU8(readEntry(this.data, entry)) : null;
  }
}
