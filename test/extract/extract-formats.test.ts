import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, decodeText, ExtractError, extractBuffer, listZip } from '../../extract/index.js';
import { encryptedOffice, lyingZipBomb, zipBomb } from '../helpers/corpus-broken.js';
import { writeCsv, writeDocx, writePdf, writePptx, writeText, writeXlsx } from '../helpers/corpus-writers.js';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof ExtractError ? error.code : `not an ExtractError: ${error}`;
  }
}

describe('extraction of each format', () => {
  it('docx: body, tables, title heading, header/footer, properties and the Purview label', async () => {
    const data = await writeDocx({
      title: '健康診断票',
      paragraphs: ['令和6年度'],
      tables: [
        [
          ['氏名', '山田　太郎'],
          ['身長', '150.2'],
        ],
      ],
      header: '【重要性分類Ⅰ】',
      footer: '○○小学校',
      properties: { title: '健診', subject: '保健', keywords: '分類Ⅰ' },
      custom: { 'MSIP_Label_0f0f0f0f-1111-2222-3333-444455556666_Name': '極秘' },
    });
    const x = await extractBuffer(data, 'a.docx');
    expect(x.format).toBe('docx');
    expect(x.text).toContain('令和6年度');
    expect(x.headings).toContain('健康診断票');
    expect(x.tables[0]!.rows).toEqual([
      ['氏名', '山田　太郎'],
      ['身長', '150.2'],
    ]);
    expect(x.headerFooter).toEqual(expect.arrayContaining(['【重要性分類Ⅰ】', '○○小学校']));
    expect(x.properties).toMatchObject({ title: '健診', subject: '保健', keywords: '分類Ⅰ' });
    expect(x.labels).toEqual(['極秘']);
  });

  it('xlsx: every sheet, the header row kept as such (below a title row), sheet headers', async () => {
    const data = await writeXlsx([
      { name: '1組', rows: [['評定一覧'], ['番号', '氏名', '国語'], [1, '山田　太郎', 5]], header: '機密性3' },
      {
        name: '2組',
        rows: [
          ['番号', '氏名', '国語'],
          [1, '佐藤　花子', 4],
        ],
      },
    ]);
    const x = await extractBuffer(data, 'Book1.xlsx');
    expect(x.tables.map((t) => t.name)).toEqual(['1組', '2組']);
    expect(x.tables[0]!.headerRow).toBe(1);
    expect(x.tables[0]!.rows[1]).toEqual(['番号', '氏名', '国語']);
    expect(x.tables[1]!.rows[1]).toEqual(['1', '佐藤　花子', '4']);
    expect(x.headerFooter).toContain('機密性3');
  });

  it('pptx: slides in order, slide titles as headings', async () => {
    const x = await extractBuffer(
      await writePptx([
        { title: '学校案内', lines: ['教育目標'] },
        {
          title: '行事',
          lines: ['運動会'],
          table: [
            ['月', '行事'],
            ['5月', '運動会'],
          ],
        },
      ]),
      's.pptx',
    );
    expect(x.headings).toEqual(['学校案内', '行事']);
    expect(x.text.indexOf('教育目標')).toBeLessThan(x.text.indexOf('運動会'));
    expect(x.tables[0]!.rows[1]).toEqual(['5月', '運動会']);
  });

  it('pdf: the text layer and the title property', async () => {
    const x = await extractBuffer(await writePdf(['事故報告書', '児童氏名：山田　太郎'], { title: '報告' }), 'r.pdf');
    expect(x.text).toContain('事故報告書');
    expect(x.text).toContain('児童氏名');
    expect(x.properties.title).toBe('報告');
  });

  it('pdf: kanji written as radical forms (校⻑, ⺟, ⻭科) read as the kanji, so 校長 is a title', async () => {
    const x = await extractBuffer(
      await writePdf(['熊本市立若葉台小学校 校\u2ED1 坂本 隆之', '\u2E9Fより連絡。\u2EED科検診']),
      'n.pdf',
    );
    expect(x.text).toContain('校長 坂本 隆之');
    expect(x.text).toContain('母より連絡。歯科検診');
    expect(x.text).not.toMatch(/[\u2E80-\u2EFF]/u);
  });

  it.each([
    ['utf8', 'utf-8'],
    ['utf8bom', 'utf-8-bom'],
    ['sjis', 'shift_jis'],
    ['eucjp', 'euc-jp'],
  ] as const)('csv in %s is detected and parsed', async (enc, expected) => {
    const x = await extractBuffer(
      writeCsv(
        [
          ['氏名', '住所'],
          ['山田　太郎', '熊本市中央区手取本町1-1'],
        ],
        enc,
      ),
      'a.csv',
    );
    expect(x.encoding).toBe(expected);
    expect(x.tables[0]!.rows).toEqual([
      ['氏名', '住所'],
      ['山田　太郎', '熊本市中央区手取本町1-1'],
    ]);
  });

  it('html in Shift_JIS: text, title, tables; scripts dropped', async () => {
    const html =
      '<html><head><meta charset="shift_jis"><title>お知らせ</title><script>var secret=1</script></head><body><h1>授業参観</h1><table><tr><th>日</th><th>内容</th></tr><tr><td>6/14</td><td>参観</td></tr></table></body></html>';
    const x = await extractBuffer(writeText(html, 'sjis'), 'a.html');
    expect(x.properties.title).toBe('お知らせ');
    expect(x.headings).toContain('授業参観');
    expect(x.text).not.toContain('secret');
    expect(x.tables[0]!.rows[1]).toEqual(['6/14', '参観']);
  });

  it('text with a few NUL bytes is read; mostly NULs or undecodable bytes are refused', () => {
    expect(decodeText(Buffer.from('氏名\0住所', 'utf8')).text).toBe('氏名住所');
    expect(() => decodeText(Buffer.alloc(100))).toThrow(ExtractError);
    expect(() => decodeText(Buffer.from(Array.from({ length: 1000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))))).toThrow(/neither/);
  });
});

describe('bounds and files that cannot be inspected', () => {
  it('refuses a zip bomb from the central directory without inflating it', async () => {
    const bomb = zipBomb();
    const entries = listZip(bomb, DEFAULT_LIMITS);
    const sheet = entries.find((e) => e.name.endsWith('sheet1.xml'))!;
    expect(sheet.size / sheet.compressedSize).toBeGreaterThan(100);
    const started = process.memoryUsage().arrayBuffers;
    expect(await code(extractBuffer(bomb, 'bomb.xlsx'))).toBe('ZIP_BOMB');
    expect(process.memoryUsage().arrayBuffers - started).toBeLessThan(20 * 1024 * 1024);
  });

  it('stops inflating an entry that grows beyond the size its headers declare', async () => {
    const bomb = lyingZipBomb();
    const entry = listZip(bomb, DEFAULT_LIMITS).find((e) => e.name === 'word/document.xml')!;
    expect(entry.size).toBe(2048);
    const started = process.memoryUsage().arrayBuffers;
    const error = await extractBuffer(bomb, 'lying.docx').catch((e: ExtractError) => e);
    expect(error).toMatchObject({ code: 'ZIP_BOMB', message: expect.stringContaining('beyond its declared 2048 bytes') });
    expect(process.memoryUsage().arrayBuffers - started).toBeLessThan(20 * 1024 * 1024);
  });

  it('says ENCRYPTED for a password-protected Office file and PDF', async () => {
    expect(await code(extractBuffer(encryptedOffice(), 'p.xlsx'))).toBe('ENCRYPTED');
    expect(await code(extractBuffer(await writePdf(['秘密'], { userPassword: 'x' }), 'p.pdf'))).toBe('ENCRYPTED');
  });

  it('says CORRUPT for truncated files of every zip format and PDF, TOO_LARGE over the size limit', async () => {
    const docx = await writeDocx({ paragraphs: ['テスト'] });
    const xlsx = await writeXlsx([{ name: 'S', rows: [['a']] }]);
    const pptx = await writePptx([{ title: 't', lines: [] }]);
    const pdf = await writePdf(['テスト']);
    for (const [data, name] of [
      [docx, 'a.docx'],
      [xlsx, 'a.xlsx'],
      [pptx, 'a.pptx'],
      [pdf, 'a.pdf'],
    ] as const) {
      expect(await code(extractBuffer(data.subarray(0, Math.floor(data.length * 0.6)), name)), name).toBe('CORRUPT');
    }
    expect(await code(extractBuffer(docx, 'a.docx', { maxBytes: 100 }))).toBe('TOO_LARGE');
  });

  it('cuts text at the character limit and says so', async () => {
    const x = await extractBuffer(writeText('あ'.repeat(5000)), 'a.txt', { maxTextChars: 1000 });
    expect(x.text.length).toBeLessThanOrEqual(1000);
    expect(x.truncated).toBe(true);
  });
});
