import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { writeDocx } from './corpus-writers.js';
import { onePagePdf, repeatedDeflate, writeZip, zlibBomb } from './hostile-bytes.js';

/**
 * A hostile file and what mamoru must make of it: a result of its own (`cannot_inspect` with the
 * reason, or a class), within `seconds` (start-up of `mamoru ask` included, on a busy 2-core
 * machine: generous, to catch a file that runs into the 25 s hard limit, not to time anything)
 * and with mamoru's processes holding at most `peakMb` of memory together.
 */
export interface HostileFile {
  name: string;
  what: string;
  make: () => Uint8Array | Promise<Uint8Array>;
  status: 'ok' | 'cannot_inspect';
  /** The code a folder scan reports in `error.code`. */
  code?: string;
  /** Words the first reason holds. */
  reason?: string;
  seconds: number;
  peakMb: number;
}

const GiB = 1024 * 1024 * 1024;
/**
 * The workers' memory limit in these tests (MAMORU_WORKER_MEMORY_MB), below the default 1024 MB so
 * that a bomb reaches it in seconds even on a machine busy enough to slow pdf.js down.
 */
export const WORKER_MB = 512;
/**
 * The `mamoru` process and one inspection worker after start-up, with room to spare: measured at
 * 335–405 MB together on these files (at 7e753cf and at 3f2e673 alike; pdf-many-streams the
 * highest), so 400 was at the edge. A bomb inflating even a tenth of its size goes far past this.
 */
export const BASE_MB = 480;
/** What a worker may add between two readings of its memory (every 50 ms), on top of the limit. */
export const OVERSHOOT_MB = 300;

/** A FlateDecode content stream of `bytes` spaces (valid page content: white space). */
const spaces = (bytes: number) => ({ body: '<< /Filter /FlateDecode >>', stream: zlibBomb(0x20, bytes) });
const bomb = { status: 'cannot_inspect', code: 'PDF_BOMB', reason: '圧縮爆弾の疑い', seconds: 20, peakMb: BASE_MB } as const;
const zipBomb = { status: 'cannot_inspect', code: 'ZIP_BOMB', reason: 'zip爆弾の疑い', seconds: 20, peakMb: BASE_MB } as const;
const types = { name: '[Content_Types].xml', data: Buffer.from('<Types/>'), size: 8 };

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'pdf-flate-bomb.pdf',
    what: "the audit's PDF: 1.2 MB whose one FlateDecode stream inflates to 1.2 GB",
    make: () => onePagePdf([spaces(1_200_000_000)]),
    ...bomb,
  },
  {
    name: 'pdf-many-streams.pdf',
    what: 'a PDF page made of 600 streams of 1 MB each (each within the per-stream bounds, 600 MB in all)',
    make: () => onePagePdf(Array.from({ length: 600 }, () => spaces(1_000_000))),
    ...bomb,
  },
  {
    name: 'pdf-double-flate.pdf',
    what: 'a PDF stream deflated twice: 5 kB that inflate to 1.2 MB, then to 1.2 GB',
    make: () =>
      onePagePdf([{ body: '<< /Filter [/FlateDecode /FlateDecode] >>', stream: deflateSync(zlibBomb(0x20, 1_200_000_000)) }]),
    ...bomb,
  },
  {
    name: 'pdf-unterminated-stream.pdf',
    what: 'the flate bomb with its stream cut short (no last block, no checksum), the file around it intact',
    make: () =>
      onePagePdf([
        {
          body: '<< /Filter /FlateDecode >>',
          stream: Buffer.concat([Buffer.from([0x78, 0xda]), repeatedDeflate(0x20, 1_200_000_000, false)]),
        },
      ]),
    ...bomb,
  },
  {
    // Encrypted streams cannot be measured before pdf.js decrypts them: the worker's memory limit stops this one.
    name: 'pdf-encrypted-bomb.pdf',
    what: 'the flate bomb RC4-encrypted with an empty user password (it opens without one)',
    make: () => onePagePdf([spaces(1_200_000_000)], { encrypt: true }),
    status: 'cannot_inspect',
    code: 'MEMORY_LIMIT',
    reason: `メモリが上限（${WORKER_MB} MB）を超えた`,
    seconds: 60,
    peakMb: BASE_MB + WORKER_MB + OVERSHOOT_MB,
  },
  {
    name: 'docx-huge-entry.docx',
    what: 'a docx whose document.xml declares and inflates to 4 GB',
    make: () =>
      writeZip([types, { name: 'word/document.xml', data: repeatedDeflate(0x20, 4 * GiB - 2), method: 8, size: 4 * GiB - 2 }]),
    ...zipBomb,
  },
  {
    name: 'xlsx-lying-size.xlsx',
    what: 'an xlsx whose shared strings declare 2 kB in both headers and inflate to 2 GB',
    make: () =>
      writeZip([
        types,
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), size: 11 },
        { name: 'xl/sharedStrings.xml', data: repeatedDeflate(0x20, 2 * GiB), method: 8, size: 2048 },
      ]),
    ...zipBomb,
  },
  {
    name: 'xlsx-100k-entries.xlsx',
    what: 'an xlsx of 100,000 entries (the entry count wraps at 65,536 in the header)',
    make: () =>
      writeZip(
        Array.from({ length: 100_000 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.alloc(0), size: 0 })),
      ),
    ...zipBomb,
    code: 'TOO_MANY_FILES',
    reason: '中のファイルの数が上限を超える',
  },
  {
    name: 'docx-billion-laughs.docx',
    what: 'a docx with an XML entity bomb (billion laughs): entities are never expanded',
    make: () => {
      const xml = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol">',
        ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
        ']>',
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
        '<w:p><w:r><w:t>学級通信 &lol9;</w:t></w:r></w:p></w:body></w:document>',
      ].join('\n');
      return writeZip([types, { name: 'word/document.xml', data: Buffer.from(xml), size: Buffer.byteLength(xml) }]);
    },
    status: 'ok',
    seconds: 20,
    peakMb: BASE_MB,
  },
  {
    name: 'docx-truncated.docx',
    what: 'a docx cut in half',
    make: async () => {
      const docx = await writeDocx({ title: '学級通信', paragraphs: ['今月の行事'] });
      return docx.subarray(0, Math.floor(docx.length / 2));
    },
    status: 'cannot_inspect',
    code: 'CORRUPT',
    reason: '壊れているか途中で切れている',
    seconds: 20,
    peakMb: BASE_MB,
  },
  {
    name: 'invalid-utf8.txt',
    what: 'a text file of bytes that are in no encoding',
    make: () => Buffer.from(Array.from({ length: 200_000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))),
    status: 'cannot_inspect',
    code: 'ENCODING',
    reason: '文字コードを判定できません',
    seconds: 20,
    peakMb: BASE_MB,
  },
  {
    name: 'mixed-sjis-utf8.csv',
    what: 'a CSV whose first lines are UTF-8 and the rest Shift_JIS',
    make: () =>
      Buffer.concat([
        Buffer.from('氏名,住所,電話番号\n山田　太郎,熊本市中央区手取本町1-1,090-1111-2222\n', 'utf8'),
        iconv.encode('佐藤　花子,熊本市東区2-2,080-3333-4444\n'.repeat(2000), 'cp932'),
      ]),
    status: 'ok',
    seconds: 20,
    peakMb: BASE_MB,
  },
];

/** Writes the files (`only`: some of them) into `dir`. */
export async function writeHostileFiles(dir: string, only: string[] = HOSTILE_FILES.map((f) => f.name)): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const file of HOSTILE_FILES) if (only.includes(file.name)) writeFileSync(join(dir, file.name), await file.make());
}

/**
 * Not hostile: the largest document the file bounds let in (35 MB, 190 MB of sheet XML of names,
 * numbers and addresses), which the memory limit must leave readable.
 */
export function largestXlsx(): Buffer {
  const names = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const rows: string[] = [];
  let size = 0;
  for (let r = 1; size < 190_000_000; r++) {
    const row = `<row r="${r}"><c t="inlineStr"><is><t>${names[random(8)]}${random(1e6)}</t></is></c><c><v>${random(1e9)}</v></c><c><v>${random(1e9)}</v></c><c t="inlineStr"><is><t>熊本市中央区${random(1e5)}</t></is></c></row>`;
    rows.push(row);
    size += Buffer.byteLength(row);
  }
  const part = (name: string, text: string) => {
    const data = Buffer.from(text);
    return { name, data: deflateRawSync(data, { level: 1 }), method: 8 as const, size: data.length };
  };
  return writeZip([
    part('[Content_Types].xml', '<Types/>'),
    part('xl/workbook.xml', '<workbook><sheets><sheet name="名簿" r:id="rId1"/></sheets></workbook>'),
    part('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    part('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
  ]);
}
