import { createHash } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';

/**
 * Raw deflate data for `total` copies of `byte`, made in milliseconds whatever the size: one
 * 16 MB piece is compressed once (flushed, so it refers to nothing before it) and repeated, as a
 * bomb's author would. With `final`, the stream is closed with an empty last block.
 */
export function repeatedDeflate(byte: number, total: number, final = true): Buffer {
  const piece = 16 * 1024 * 1024;
  const parts: Buffer[] = [];
  const full = Math.floor(total / piece);
  if (full > 0) {
    const block = deflateRawSync(Buffer.alloc(piece, byte), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < full; i++) parts.push(block);
  }
  const rest = total - full * piece;
  if (rest > 0) parts.push(deflateRawSync(Buffer.alloc(rest, byte), { level: 9, finishFlush: constants.Z_FULL_FLUSH }));
  if (final) parts.push(Buffer.from([0x03, 0x00]));
  return Buffer.concat(parts);
}

/** A zlib stream (header, deflate data, Adler-32) of `total` copies of `byte`: a FlateDecode bomb. */
export function zlibBomb(byte: number, total: number): Buffer {
  const M = 65521n;
  const n = BigInt(total);
  const v = BigInt(byte);
  const a = (1n + n * v) % M;
  const b = (n + (v * n * (n + 1n)) / 2n) % M;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), repeatedDeflate(byte, total), adler]);
}

export interface PdfObject {
  /** The dictionary (or the whole object when there is no stream), without `obj`/`endobj`; `/Length` is added unless given. */
  body: string;
  stream?: Uint8Array;
  /** The stream's bytes as the file holds them, never encrypted (to choose what the ciphertext looks like). */
  stored?: Uint8Array;
}

/**
 * A PDF from its objects (numbered from 1; object 1 is the catalog), with a cross-reference table.
 * With `encrypt`, streams are RC4-encrypted under the standard security handler (revision 2) with
 * an empty user password: a PDF anyone opens, whose streams no one can measure without decrypting.
 */
export function writeRawPdf(objects: PdfObject[], options: { encrypt?: boolean } = {}): Buffer {
  const id = createHash('md5').update('mamoru-hostile').digest();
  const crypt = options.encrypt ? standardSecurity(id) : null;
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(offset);
    let chunk: Buffer;
    if (object.stream || object.stored) {
      const data = object.stored ?? (crypt ? rc4(crypt.objectKey(i + 1), object.stream!) : object.stream!);
      const dict = object.body.includes('/Length') ? object.body : object.body.replace(/>>\s*$/, ` /Length ${data.length} >>`);
      chunk = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n${dict}\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    } else chunk = Buffer.from(`${i + 1} 0 obj\n${object.body}\nendobj\n`, 'latin1');
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ];
  const encrypt = crypt
    ? ` /Encrypt << /Filter /Standard /V 1 /R 2 /O <${crypt.o.toString('hex')}> /U <${crypt.u.toString('hex')}> /P ${crypt.p} >>`
    : '';
  parts.push(
    Buffer.from(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]${encrypt} >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/** A one-page PDF whose page content is the given stream objects (with their dictionaries). */
export function onePagePdf(contents: PdfObject[], options: { encrypt?: boolean } = {}): Buffer {
  const refs = contents.map((_, i) => `${i + 5} 0 R`).join(' ');
  return writeRawPdf(
    [
      { body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      {
        body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [${refs}] >>`,
      },
      { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
      ...contents,
    ],
    options,
  );
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** PDF 32000-1 7.6.3 algorithms 2, 3 and 4 (40-bit RC4), with an empty user password. */
function standardSecurity(id: Buffer) {
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const o = rc4(md5(Buffer.from('mamoru-owner'.padEnd(32, '\0'), 'latin1')).subarray(0, 5), PAD);
  const p = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(PAD, o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number) =>
    md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);
  return { o, u, p, objectKey };
}

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

export interface ZipItem {
  name: string;
  /** Stored bytes, or raw deflate data with `method: 8`. */
  data: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the headers declare (a lie, for a bomb). */
  size: number;
}

/** A zip file written by hand, so its headers may declare what a bomb's author wants; no CRCs (mamoru does not check them). */
export function writeZip(items: ZipItem[], declaredCount = items.length): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(item.method ?? 0, 8);
    local.writeUInt32LE(item.data.length, 18);
    local.writeUInt32LE(item.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(item.method ?? 0, 10);
    central.writeUInt32LE(item.data.length, 20);
    central.writeUInt32LE(item.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(item.data));
    centrals.push(central, name);
    offset += 30 + name.length + item.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(declaredCount & 0xffff, 8);
  end.writeUInt16LE(declaredCount & 0xffff, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * LZWDecode data (EarlyChange 1) that decodes to at least `total` zero bytes: after each clear code,
 * every code names the entry about to be made (the last string and one byte more), so each decodes
 * one byte longer than the one before, up to the 4096-entry table: about 1,300× in all.
 */
export function lzwBomb(total: number): Buffer {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  const write = (code: number, width: number) => {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  };
  let width = 9;
  let produced = 0;
  while (produced < total) {
    write(256, width);
    width = 9;
    write(0, width);
    let length = 1;
    produced += 1;
    for (let next = 258; next < 4095 && produced < total; ) {
      write(next, width);
      produced += ++length;
      next++;
      if (((next + 1) & next) === 0) width = Math.min(Math.log2(next + 1) + 1, 12);
    }
  }
  write(257, width);
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Buffer.from(out);
}
