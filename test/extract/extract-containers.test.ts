import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ExtractError, extractBuffer, newExtractContext, readImageSize } from '../../extract/index.js';
import {
  encryptedDoc,
  encryptedXls,
  fixture,
  manyEntriesZip,
  pngHeader,
  sjisZip,
  writeEml,
  writeMsg,
} from '../helpers/corpus-formats.js';
import { writeCsv } from '../helpers/corpus-writers.js';

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
    return { code: 'none', message: '' };
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('RTF as Word and WordPad write it', () => {
  it("decodes \\'xx Shift_JIS bytes (\\ansicpg932, a charset 128 font), \\uN with its fallback skipped, tables, comments", async () => {
    const sjis = (text: string) => [...iconv.encode(text, 'cp932')].map((b) => `\\'${b.toString(16).padStart(2, '0')}`).join('');
    const rtf = [
      '{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}{\\f1\\fswiss\\fcharset0 Arial;}}',
      '{\\info{\\title ',
      sjis('児童名簿'),
      '}{\\author ',
      sjis('教務'),
      '}}',
      `\\pard\\f0 ${sjis('学級連絡網')}\\par`,
      // Word's Unicode form: \uN followed by \ucN bytes of Shift_JIS for readers without Unicode.
      `{\\uc2\\u23665\\'8e\\'52\\u30000\\'93\\'63 ${sjis('太郎')}}\\par`,
      `\\trowd\\cellx2000\\cellx6000\\pard\\intbl ${sjis('氏名')}\\cell ${sjis('電話番号')}\\cell\\row`,
      `\\trowd\\cellx2000\\cellx6000\\pard\\intbl ${sjis('佐藤　花子')}\\cell 090-1234-5678\\cell\\row`,
      `\\pard ${sjis('以上')}{\\*\\atnid T}{\\*\\annotation ${sjis('要回収')}}\\par`,
      '{\\pict\\pngblip 89504e470d0a}',
      '}',
    ].join('\n');
    const x = await extractBuffer(Buffer.from(rtf, 'latin1'), 'list.rtf');
    expect(x.properties.title).toBe('児童名簿');
    expect(x.text.split('\n')).toEqual([
      '学級連絡網',
      '山田 太郎',
      '氏名\t電話番号',
      '佐藤　花子\t090-1234-5678',
      '以上',
      '要回収',
    ]);
    expect(x.tables[0]!.rows).toEqual([
      ['氏名', '電話番号'],
      ['佐藤　花子', '090-1234-5678'],
    ]);
    expect(x.asides).toEqual([{ kind: 'comment', where: '本文', text: '要回収' }]);
    expect(x.text).not.toContain('教務');
  });

  it('refuses groups nested beyond any document as CORRUPT, without recursion', async () => {
    const deep = `{\\rtf1 ${'{'.repeat(50_000)}x${'}'.repeat(50_000)}}`;
    expect((await failure(extractBuffer(Buffer.from(deep), 'deep.rtf'))).code).toBe('CORRUPT');
  });
});

describe('mails: the body, the headers, and the attachments as files of their own', () => {
  const list = () =>
    writeCsv([
      ['氏名', '住所'],
      ['山田　太郎', '熊本市中央区手取本町1-1'],
    ]);

  it('.eml: an ISO-2022-JP subject, the body, the sender and recipients; attachments listed by name', async () => {
    const x = await extractBuffer(
      writeEml({
        subject: '名簿送付',
        from: '山田 <yamada@example.jp>',
        to: 'sato@example.jp',
        body: '名簿を送ります。',
        attachments: [{ name: '児童名簿.csv', data: list() }],
      }),
      'm.eml',
    );
    expect(x.format).toBe('eml');
    expect(x.headings).toEqual(['名簿送付']);
    expect(x.text.split('\n')).toEqual([
      '件名: 名簿送付',
      '差出人: 山田 yamada@example.jp',
      '宛先: sato@example.jp',
      '名簿を送ります。',
    ]);
    expect(x.embedded!.map((e) => [e.name, e.kind])).toEqual([['児童名簿.csv', 'attachment']]);
    expect(Buffer.from(x.embedded![0]!.read())).toEqual(list());
  });

  it('.msg: subject, body, sender, recipient, and the attachment', async () => {
    const x = await extractBuffer(
      writeMsg({
        subject: '名簿送付',
        from: '山田 先生',
        to: '佐藤 保護者',
        body: '添付をご確認ください。',
        attachments: [{ name: '名簿.xls', data: fixture('address-list.xls') }],
      }),
      'm.msg',
    );
    expect(x.format).toBe('msg');
    expect(x.text).toContain('件名: 名簿送付');
    expect(x.text).toContain('添付をご確認ください。');
    expect(x.text).toContain('宛先: 佐藤 保護者');
    expect(x.embedded!.map((e) => e.name)).toEqual(['名簿.xls']);
    expect(x.embedded![0]!.read().length).toBe(fixture('address-list.xls').length);
  });
});

describe('zip archives', () => {
  it('lists entries (Shift_JIS names decoded, macOS litter left out) without inflating them', async () => {
    const x = await extractBuffer(
      sjisZip({ '成績/成績一覧.csv': list(), '__MACOSX/成績/._成績一覧.csv': new Uint8Array(10), 'empty/': new Uint8Array(0) }),
      'a.zip',
    );
    expect(x.format).toBe('zip');
    expect(x.text).toBe('');
    expect(x.embedded!.map((e) => e.name)).toEqual(['成績/成績一覧.csv']);
    function list() {
      return writeCsv([
        ['番号', '氏名', '国語'],
        [1, '山田　太郎', 85],
      ]);
    }
  });

  it('a zip of 100,000 entries is refused from its end record (TOO_MANY_FILES), before any entry is read', async () => {
    const started = Date.now();
    const result = await failure(extractBuffer(manyEntriesZip(100_000), 'many.zip'));
    expect(result.code).toBe('TOO_MANY_FILES');
    expect(result.message).toMatch(/65535.*limit 20000/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('zips in zips stop at the nesting limit (TOO_DEEP)', async () => {
    let zip: Uint8Array = new Uint8Array(list());
    let name = 'list.csv';
    for (let i = 0; i < 5; i++) {
      zip = zipSync({ [name]: zip });
      name = `level${i}.zip`;
    }
    const top = await extractBuffer(zip, 'deep.zip');
    expect(top.embedded!.map((e) => e.name)).toEqual(['level3.zip']);
    // Three levels down (the limit), a zip is no longer opened.
    const context = { ...newExtractContext(DEFAULT_LIMITS), depth: DEFAULT_LIMITS.maxNesting };
    expect((await failure(extractBuffer(top.embedded![0]!.read(), 'level3.zip', {}, context))).code).toBe('TOO_DEEP');
    function list() {
      return writeCsv([['a'], ['b']]);
    }
  });
});

describe('legacy Office files with a password say ENCRYPTED', () => {
  it('.doc (fEncrypted) and .xls (FILEPASS)', async () => {
    expect((await failure(extractBuffer(encryptedDoc(fixture('pupils.doc')), 'p.doc'))).code).toBe('ENCRYPTED');
    expect((await failure(extractBuffer(encryptedXls(fixture('address-list.xls')), 'p.xls'))).code).toBe('ENCRYPTED');
  });
});

describe('images are measured from their header before anything decodes them', () => {
  it('reads the size of PNG, JPEG, GIF, BMP and every page of a TIFF', () => {
    expect(readImageSize(pngHeader(1240, 1754))).toMatchObject({ type: 'png', width: 1240, height: 1754, pages: 1 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x06, 0xd2, 0x04, 0xd8, 1, 0, 0, 0]);
    expect(readImageSize(jpeg)).toMatchObject({ type: 'jpeg', width: 1240, height: 1746 });
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0x10, 0x00, 0x20, 0x00])]);
    expect(readImageSize(gif)).toMatchObject({ type: 'gif', width: 16, height: 32 });
    const bmp = Buffer.alloc(30);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(40, 14);
    bmp.writeInt32LE(300, 18);
    bmp.writeInt32LE(-200, 22);
    expect(readImageSize(bmp)).toMatchObject({ type: 'bmp', width: 300, height: 200 });
    // Two pages: 100×100 and 3000×4000, little-endian.
    const tiff = Buffer.alloc(8 + 2 * (2 + 2 * 12 + 4));
    tiff.write('II*\0', 0, 'latin1');
    tiff.writeUInt32LE(8, 4);
    let at = 8;
    for (const [w, h, next] of [
      [100, 100, 8 + 30],
      [3000, 4000, 0],
    ] as const) {
      tiff.writeUInt16LE(2, at);
      tiff.writeUInt16LE(256, at + 2);
      tiff.writeUInt16LE(4, at + 4);
      tiff.writeUInt32LE(w, at + 10);
      tiff.writeUInt16LE(257, at + 14);
      tiff.writeUInt16LE(4, at + 16);
      tiff.writeUInt32LE(h, at + 22);
      tiff.writeUInt32LE(next, at + 26);
      at += 30;
    }
    expect(readImageSize(tiff)).toMatchObject({ type: 'tiff', pages: 2, width: 3000, height: 4000 });
  });

  it('a 20,000 × 20,000 image is refused as TOO_LARGE by its header, with its size in the message', async () => {
    const result = await failure(extractBuffer(pngHeader(20_000, 20_000), 'huge.png'));
    expect(result).toEqual({ code: 'TOO_LARGE', message: expect.stringContaining('20000 × 20000 pixels') });
  });

  it('OCR off: an image is not read (OCR_OFF), never "nothing found"', async () => {
    expect((await failure(extractBuffer(pngHeader(100, 100), 'a.png', { ocr: false }))).code).toBe('OCR_OFF');
  });
});
