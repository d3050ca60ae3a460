import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { writeDocx, writePdf, writeXlsx } from './corpus-writers.js';

/** Bad input for the scanner, each with the status and code it must get. */
export interface BrokenFile {
  path: string;
  status: 'cannot_inspect' | 'skipped' | 'ok';
  code?: string;
  /** The class its name alone tells, when the content cannot be read. */
  class?: 'I' | 'II' | 'III' | 'IV' | null;
}

/** A zip whose one entry declares 60 MB that compress to a few kB: a zip bomb. */
export function zipBomb(): Buffer {
  const zeros = new Uint8Array(60 * 1024 * 1024);
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
      'xl/worksheets/sheet1.xml': [zeros, { level: 1 }],
    }),
  );
}

/**
 * A docx whose document.xml says, in both zip headers, that it holds 2 kB, and inflates to 60 MB:
 * a bomb that the central directory's sizes do not show.
 */
export function lyingZipBomb(): Buffer {
  const zip = Buffer.from(
    zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': [new Uint8Array(60 * 1024 * 1024), { level: 1 }],
    }),
  );
  const name = Buffer.from('word/document.xml');
  for (let at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
    if (zip.readUInt32LE(at - 46) === 0x02014b50) zip.writeUInt32LE(2048, at - 46 + 24);
    else if (zip.readUInt32LE(at - 30) === 0x04034b50) zip.writeUInt32LE(2048, at - 30 + 22);
  }
  return zip;
}

/** An Office file as Office writes it with a password: an OLE compound file holding EncryptedPackage. */
export function encryptedOffice(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  Buffer.from('EncryptionInfo', 'utf16le').copy(body, 512);
  Buffer.from('EncryptedPackage', 'utf16le').copy(body, 640);
  return Buffer.concat([header, body]);
}

export async function writeBrokenFiles(dir: string): Promise<BrokenFile[]> {
  const out: BrokenFile[] = [];
  const put = (path: string, data: Uint8Array | string, expect: Omit<BrokenFile, 'path'>) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
    out.push({ path, ...expect });
  };
  const docx = await writeDocx({ title: '健康診断票', paragraphs: ['氏名：山田　太郎', '身長：150.1', '体重：40.2'] });
  const xlsx = await writeXlsx([
    {
      name: 'S',
      rows: [
        ['氏名', '住所', '電話番号'],
        ['山田　太郎', '熊本市中央区1-1', '090-1111-2222'],
      ],
    },
  ]);
  const pdf = await writePdf(['事故報告書', '児童氏名：山田　太郎']);
  put('broken/truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)), { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/truncated.xlsx', xlsx.subarray(0, 300), { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/truncated.pdf', pdf.subarray(0, 400), { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/truncated.pptx', Buffer.from('PK\x03\x04garbage'), { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/random.docx', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)), {
    status: 'cannot_inspect',
    code: 'CORRUPT',
  });
  put('broken/not-a-pdf.pdf', 'hello', { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/bomb.xlsx', zipBomb(), { status: 'cannot_inspect', code: 'ZIP_BOMB' });
  put('broken/password.docx', encryptedOffice(), { status: 'cannot_inspect', code: 'ENCRYPTED' });
  put('broken/password.pdf', await writePdf(['秘密'], { userPassword: 'secret' }), {
    status: 'cannot_inspect',
    code: 'ENCRYPTED',
  });
  // Damaged legacy and other formats are listed for a person to check, judged by name.
  put('broken/legacy.xls', encryptedOffice().subarray(0, 600), { status: 'cannot_inspect', code: 'CORRUPT', class: null });
  put('broken/【重要性分類Ⅰ】名簿.xls', encryptedOffice().subarray(0, 600), {
    status: 'cannot_inspect',
    code: 'CORRUPT',
    class: 'I',
  });
  put('broken/児童住所録.ods', 'PK\x03\x04', { status: 'cannot_inspect', code: 'CORRUPT', class: 'I' });
  put('broken/卒業生住所録.zip', 'PK\x03\x04', { status: 'cannot_inspect', code: 'CORRUPT', class: 'I' });
  put('broken/document.jtd', 'JTD', { status: 'cannot_inspect', code: 'UNSUPPORTED', class: null });
  // A scanned paper with nothing OCR can read (a blank page) cannot be inspected: it is not "nothing found".
  put('broken/scan_0002.pdf', await writePdf([]), { status: 'cannot_inspect', code: 'NO_TEXT', class: null });
  put('broken/nul.txt', Buffer.alloc(2000, 0), { status: 'cannot_inspect', code: 'BINARY' });
  put(
    'broken/some-nul.txt',
    Buffer.concat([
      Buffer.from('連絡網\n山田　太郎 090-1234-5678\n'),
      Buffer.from([0]),
      Buffer.from('佐藤　花子 080-2222-3333\n'),
    ]),
    { status: 'ok' },
  );
  put('broken/invalid.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), {
    status: 'cannot_inspect',
    code: 'ENCODING',
  });
  put('broken/empty.docx', '', { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/empty.txt', '', { status: 'ok' });
  put('broken/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { status: 'cannot_inspect', code: 'CORRUPT' });
  put('broken/program.exe', 'MZ', { status: 'skipped', code: 'UNSUPPORTED' });
  // A 2 GB file that takes no disk: refused on its size before a byte is read.
  const big = join(dir, 'broken/huge.csv');
  closeSync(openSync(big, 'w'));
  execFileSync('truncate', ['-s', '2G', big]);
  out.push({ path: 'broken/huge.csv', status: 'cannot_inspect', code: 'TOO_LARGE' });
  // Folders deeper than the scanner reads, a symlink loop and a FIFO.
  let deep = 'deep';
  for (let i = 0; i < 140; i++) deep += '/d';
  mkdirSync(join(dir, deep), { recursive: true });
  writeFileSync(join(dir, deep, 'lost.txt'), 'x');
  mkdirSync(join(dir, 'loop'), { recursive: true });
  symlinkSync('..', join(dir, 'loop/up'));
  out.push({ path: 'loop/up', status: 'skipped', code: 'SYMLINK' });
  execFileSync('mkfifo', [join(dir, 'broken/pipe.txt')]);
  out.push({ path: 'broken/pipe.txt', status: 'skipped', code: 'NOT_A_FILE' });
  return out;
}
