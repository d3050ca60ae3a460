import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import { writePdf } from './corpus-writers.js';

/** Writers for the formats beyond OOXML, PDF and text: mails, scans, archives, and bad input. */

const FIXTURES = new URL('../fixtures/files/', import.meta.url);

/** A legacy file made once with LibreOffice (see test/fixtures/files/make-fixtures.mjs). */
export function fixture(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

/** A subject in ISO-2022-JP, as Japanese mail clients still write it (EUC-JP bytes less their high bit). */
function iso2022jp(text: string): string {
  const jis = Buffer.from(iconv.encode(text, 'euc-jp').map((b) => b & 0x7f));
  const bytes = Buffer.concat([Buffer.from('\x1b$B', 'latin1'), jis, Buffer.from('\x1b(B', 'latin1')]);
  return `=?ISO-2022-JP?B?${bytes.toString('base64')}?=`;
}

export interface MailContent {
  subject: string;
  from: string;
  to: string;
  body: string;
  attachments?: { name: string; data: Uint8Array; type?: string }[];
}

/** An .eml: a Japanese subject in ISO-2022-JP, a UTF-8 body, attachments in base64 with RFC 2231 names. */
export function writeEml(m: MailContent): Buffer {
  const boundary = 'mamoru-boundary-1';
  const lines = [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${iso2022jp(m.subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(m.body).toString('base64'),
  ];
  for (const a of m.attachments ?? []) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${a.type ?? 'application/octet-stream'}`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`,
      '',
      Buffer.from(a.data).toString('base64').replace(/.{76}/g, '$&\r\n'),
    );
  }
  lines.push(`--${boundary}--`, '');
  return Buffer.from(lines.join('\r\n'));
}

/** An Outlook .msg: the MAPI properties as Outlook stores them in an OLE compound file. */
export function writeMsg(m: MailContent): Buffer {
  const u16 = (s: string) => Buffer.from(`${s}\0`, 'utf16le');
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/__substg1.0_0037001F', u16(m.subject));
  CFB.utils.cfb_add(cfb, '/__substg1.0_1000001F', u16(m.body));
  CFB.utils.cfb_add(cfb, '/__substg1.0_0C1A001F', u16(m.from));
  CFB.utils.cfb_add(cfb, '/__recip_version1.0_#00000000/__substg1.0_3001001F', u16(m.to));
  for (const [i, a] of (m.attachments ?? []).entries()) {
    const dir = `/__attach_version1.0_#${String(i).padStart(8, '0')}`;
    CFB.utils.cfb_add(cfb, `${dir}/__substg1.0_3707001F`, u16(a.name));
    CFB.utils.cfb_add(cfb, `${dir}/__substg1.0_37010102`, Buffer.from(a.data));
  }
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** An xlsx with a threaded comment (Excel 365's comments) added on a sheet's cell. */
export function withThreadedComment(xlsx: Uint8Array, ref: string, text: string): Buffer {
  const files = unzipSync(xlsx);
  files['xl/threadedComments/threadedComment1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="${ref}" dT="2024-04-01T00:00:00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>${text}</text></threadedComment></ThreadedComments>`,
  );
  const rels = 'xl/worksheets/_rels/sheet1.xml.rels';
  const existing = files[rels]
    ? strFromU8(files[rels])
    : '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  files[rels] = strToU8(
    existing.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    ),
  );
  return Buffer.from(zipSync(files));
}

/** A filled class Ⅰ form (a family's name, address and phones), as the OCR tests draw it. */
export const SCANNED_FORM = [
  '家庭調査票',
  '児童氏名　山田　太郎',
  '住所　熊本市中央区手取本町1-1',
  '電話番号　090-1234-5678',
  '保護者氏名　山田　花子',
  '緊急連絡先　096-328-2111',
];

/** A form printed and scanned: its lines drawn by pdfkit, then rendered to a PNG by pdftoppm. */
export async function scannedPng(lines: string[]): Promise<Buffer> {
  const pdf = await writePdf(lines, { fontSize: 16 });
  return execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-singlefile', '-'], { input: pdf });
}

/** A scanned PDF: the same image on every page, and no text layer. */
export async function scannedPdf(png: Buffer, pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  // The same image object on every page keeps a 300-page scan small.
  const image = (doc as unknown as { openImage(src: Buffer): unknown }).openImage(png);
  for (let i = 0; i < pages; i++) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(image as Buffer, 0, 0, { width: 595 });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** The first bytes of a PNG that says it is width × height pixels (no pixel data: it must be refused first). */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 0, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.alloc(64)]);
}

/** Rewrites one stream of an OLE compound file. */
function rewriteStream(file: Uint8Array, name: string, change: (stream: Buffer) => Buffer): Buffer {
  const cfb = CFB.read(Buffer.from(file), { type: 'buffer' });
  const entry = CFB.find(cfb, name)!;
  entry.content = change(Buffer.from(entry.content as Uint8Array));
  entry.size = entry.content.length;
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** A .doc as Word saves it with a password to open: the FIB's fEncrypted flag set (the text is then RC4). */
export function encryptedDoc(doc: Uint8Array): Buffer {
  return rewriteStream(doc, 'WordDocument', (s) => {
    s.writeUInt16LE(s.readUInt16LE(0x0a) | 0x0100, 0x0a);
    return s;
  });
}

/** An .xls as Excel saves it with a password to open: a FILEPASS record (RC4) right after the BOF. */
export function encryptedXls(xls: Uint8Array): Buffer {
  return rewriteStream(xls, 'Workbook', (s) => {
    const bof = 4 + s.readUInt16LE(2);
    const filepass = Buffer.alloc(4 + 54);
    filepass.writeUInt16LE(0x002f, 0);
    filepass.writeUInt16LE(54, 2);
    filepass.writeUInt16LE(1, 4);
    return Buffer.concat([s.subarray(0, bof), filepass, s.subarray(bof)]);
  });
}

/**
 * A zip of `count` one-byte entries. Past 65,535 entries the end record's 16-bit count says 0xFFFF
 * (the zip64 marker, as Info-ZIP and 7-Zip write it); fflate does not, so that field is set here.
 */
export function manyEntriesZip(count: number): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) files[`f${i}.txt`] = new Uint8Array([0x61]);
  const zip = Buffer.from(zipSync(files, { level: 0 }));
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (count > 0xffff) {
    zip.writeUInt16LE(0xffff, eocd + 8);
    zip.writeUInt16LE(0xffff, eocd + 10);
  }
  return zip;
}

/**
 * A stored (uncompressed) zip whose names are Shift_JIS bytes without the UTF-8 flag, as Windows'
 * Japanese "send to compressed folder" writes them.
 */
export function sjisZip(entries: Record<string, Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const nameBytes = iconv.encode(name, 'cp932');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
