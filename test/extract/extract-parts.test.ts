import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Aside, ExtractError, extractBuffer } from '../../extract/index.js';
import { fixture, withThreadedComment } from '../helpers/corpus-formats.js';
import { writeDocx, writePptx, writeXlsx } from '../helpers/corpus-writers.js';

/** Every part of a file reaches the text the classifier reads, and `asides` says where it was. */

const kinds = (asides: Aside[] | undefined) => (asides ?? []).map((a) => `${a.kind}@${a.where}: ${a.text}`);

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof ExtractError ? error.code : `not an ExtractError: ${error}`;
  }
}

describe('OOXML: the parts beside the body', () => {
  it('pptx: speaker notes (without the slide number) in the text, after the slides', async () => {
    const x = await extractBuffer(
      await writePptx([
        { title: '校内研修', lines: ['事例検討の進め方'], notes: '児童氏名：山田　太郎\n診断名：ADHD' },
        { title: 'まとめ', lines: [] },
      ]),
      'training.pptx',
    );
    expect(kinds(x.asides)).toEqual(['notes@スライド1: 児童氏名：山田　太郎', 'notes@スライド1: 診断名：ADHD']);
    expect(x.text.split('\n')).toEqual(['校内研修', '事例検討の進め方', 'まとめ', '児童氏名：山田　太郎', '診断名：ADHD']);
  });

  it('docx: comments, footnotes, endnotes, headers and footers are content, not only class marks', async () => {
    const x = await extractBuffer(
      await writeDocx({
        paragraphs: ['学年会の資料です。'],
        header: 'ヘッダー：3年2組',
        footer: 'フッター：○○小学校',
        comment: 'コメント：服薬の件',
        footnote: '脚注：緊急連絡先 090-1234-5678',
        endnote: '文末脚注：保護者から相談',
      }),
      'a.docx',
    );
    for (const text of [
      'ヘッダー：3年2組',
      'フッター：○○小学校',
      'コメント：服薬の件',
      '脚注：緊急連絡先 090-1234-5678',
      '文末脚注：保護者から相談',
    ])
      expect(x.text).toContain(text);
    expect(kinds(x.asides)).toEqual(
      expect.arrayContaining([
        'comment@本文: コメント：服薬の件',
        'footnote@本文: 脚注：緊急連絡先 090-1234-5678',
        'endnote@本文: 文末脚注：保護者から相談',
        'header_footer@本文: ヘッダー：3年2組',
      ]),
    );
    expect(x.headerFooter).toEqual(expect.arrayContaining(['ヘッダー：3年2組', 'フッター：○○小学校']));
  });

  it('xlsx: hidden and very hidden sheets, cell notes and threaded comments naming their cell', async () => {
    const xlsx = await writeXlsx([
      { name: '表紙', rows: [['学級だより']], notes: { A1: 'メモ：山田　太郎さん転入' } },
      { name: '隠し', rows: [['氏名', '住所']], state: 'hidden' },
      { name: '極秘', rows: [['配慮事項']], state: 'veryHidden' },
    ]);
    const x = await extractBuffer(withThreadedComment(xlsx, 'B3', 'スレッド：診断書を受領'), 'a.xlsx');
    expect(x.tables.map((t) => t.name)).toEqual(['表紙', '隠し', '極秘']);
    expect(kinds(x.asides)).toEqual(['comment@表紙!B3: スレッド：診断書を受領', 'comment@表紙!A1: メモ：山田　太郎さん転入']);
    expect(x.text).toContain('スレッド：診断書を受領');
    expect(x.text).toContain('配慮事項');
  });
});

/** Adds parts to an OOXML package and a relationship to them from `from`'s relationships part. */
function addParts(pkg: Uint8Array, relsPath: string, type: string, parts: Record<string, string>): Buffer {
  const files = unzipSync(pkg);
  const rels = files[relsPath]
    ? strFromU8(files[relsPath])
    : '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const added = Object.keys(parts)
    .map((path, i) => `<Relationship Id="rIdT${i}" Type="${type}" Target="../${path.split('/').slice(-2).join('/')}"/>`)
    .join('');
  files[relsPath] = strToU8(rels.replace('</Relationships>', `${added}</Relationships>`));
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
  return Buffer.from(zipSync(files));
}

describe('OOXML: shapes and comments that the writers above cannot make', () => {
  it("xlsx: the text of a text box drawn on a sheet; pptx: a slide's comments", async () => {
    const xlsx = addParts(
      await writeXlsx([{ name: '表紙', rows: [['学級だより']] }]),
      'xl/worksheets/_rels/sheet1.xml.rels',
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
      {
        'xl/drawings/drawing1.xml':
          '<xdr:wsDr xmlns:xdr="x" xmlns:a="a"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:p><a:r><a:t>連絡先 090-1234-5678</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
      },
    );
    expect(kinds((await extractBuffer(xlsx, 'a.xlsx')).asides)).toEqual(['text_box@表紙: 連絡先 090-1234-5678']);
    const pptx = addParts(
      await writePptx([{ title: '校内研修', lines: [] }]),
      'ppt/slides/_rels/slide1.xml.rels',
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
      {
        'ppt/comments/comment1.xml':
          '<p:cmLst xmlns:p="p"><p:cm authorId="0" idx="1"><p:pos x="0" y="0"/><p:text>山田さんの件は非公開</p:text></p:cm></p:cmLst>',
      },
    );
    expect(kinds((await extractBuffer(pptx, 'a.pptx')).asides)).toEqual(['comment@スライド1: 山田さんの件は非公開']);
  });
});

describe('legacy Office and OpenDocument: body, tables and every part', () => {
  it('.doc (Word 97–2003): body, table, headers, footers, footnote, endnote, comment, title', async () => {
    const x = await extractBuffer(fixture('pupils.doc'), 'pupils.doc');
    expect(x.format).toBe('doc');
    expect(x.tables[0]!.rows).toEqual([
      ['氏名', '住所', '電話番号'],
      ['山田　太郎', '熊本市中央区手取本町1-1', '090-1234-5678'],
      ['佐藤　花子', '熊本市東区健軍1-2-3', '080-2222-3333'],
    ]);
    expect(x.properties.title).toBe('学年会資料');
    expect(kinds(x.asides)).toEqual([
      'header_footer@本文: ヘッダー：取扱注意　3年2組',
      'header_footer@本文: フッター：○○小学校',
      'footnote@本文: 脚注：緊急連絡先 090-1234-5678',
      'endnote@本文: 文末脚注：佐藤　花子さんの保護者から相談あり',
      'comment@本文: コメント：山田　太郎さんの服薬の件は保護者確認済み',
    ]);
    expect(x.text).toContain('コメント：山田　太郎さんの服薬の件は保護者確認済み');
  });

  it('.xls (Excel 97–2003): every sheet (the hidden one too), numbers, the cell note', async () => {
    const x = await extractBuffer(fixture('address-list.xls'), 'address-list.xls');
    expect(x.format).toBe('xls');
    expect(x.tables.map((t) => t.name)).toEqual(['名簿', '非表示']);
    expect(x.tables[0]!.rows[1]).toEqual(['1', '山田　太郎', '熊本市中央区手取本町1-1', '090-1234-5678']);
    expect(x.text).toContain('隠しシート：配慮事項の控え');
    expect(kinds(x.asides)).toEqual(['comment@名簿!B2: メモ：転入予定']);
  });

  it('.ppt (PowerPoint 97–2003): slide text and the speaker notes', async () => {
    const x = await extractBuffer(fixture('training.ppt'), 'training.ppt');
    expect(x.headings).toEqual(['校内研修']);
    expect(kinds(x.asides)).toEqual([
      'notes@スライド1: 児童氏名：山田　太郎',
      'notes@スライド1: 診断名：ADHD',
      'notes@スライド1: 服薬：あり',
      'notes@スライド1: 配慮事項：座席を前にする',
    ]);
  });

  it.each([
    ['pupils.odt', 'odt'],
    ['pupils.rtf', 'rtf'],
  ])('%s: body, table, headers and footers once, footnotes and comments', async (file, format) => {
    const x = await extractBuffer(fixture(file), file);
    expect(x.format).toBe(format);
    expect(x.tables[0]!.rows[1]).toEqual(['山田　太郎', '熊本市中央区手取本町1-1', '090-1234-5678']);
    expect(x.properties.title).toBe('学年会資料');
    expect(x.text).not.toMatch(/教務|2024-04-01/); // the comment's author and date are not its text
    expect(kinds(x.asides).sort()).toEqual(
      [
        'comment@本文: コメント：山田　太郎さんの服薬の件は保護者確認済み',
        'endnote@本文: 文末脚注：佐藤　花子さんの保護者から相談あり',
        'footnote@本文: 脚注：緊急連絡先 090-1234-5678',
        `header_footer@${format === 'odt' ? 'ヘッダー・フッター' : '本文'}: ヘッダー：取扱注意　3年2組`,
        `header_footer@${format === 'odt' ? 'ヘッダー・フッター' : '本文'}: フッター：○○小学校`,
      ].sort(),
    );
  });

  it('.ods: every sheet, the hidden one too, and the cell comment; .odp: the speaker notes', async () => {
    const ods = await extractBuffer(fixture('address-list.ods'), 'address-list.ods');
    expect(ods.tables.map((t) => t.name)).toEqual(['名簿', '非表示']);
    expect(kinds(ods.asides)).toEqual(['comment@名簿!B2: メモ：転入予定']);
    const odp = await extractBuffer(fixture('training.odp'), 'training.odp');
    expect(kinds(odp.asides)).toContain('notes@スライド1: 診断名：ADHD');
    expect(odp.text).not.toMatch(/^\d+$/m); // no page-number fields
  });

  it('HTML comments are read (a browser hides them, the file still holds them); conditional comments are not', async () => {
    const html = await extractBuffer(
      Buffer.from(
        '<html><body><p>明日の朝会は体育館です。</p><!--[if IE]><p>古いブラウザ</p><![endif]-->\n<!-- 長嶺さん：保健室に相談。\n 母には未連絡 --><p>合唱練習</p></body></html>',
      ),
      '掲示板保存.html',
    );
    expect(kinds(html.asides)).toEqual(['comment@HTMLコメント: 長嶺さん：保健室に相談。 母には未連絡']);
    expect(html.text).toContain('長嶺さん：保健室に相談。');
    expect(html.text.indexOf('合唱練習')).toBeLessThan(html.text.indexOf('長嶺さん'));
  });

  it('a file saved under another Office name is read as what its bytes are', async () => {
    const rtfAsDoc = await extractBuffer(fixture('pupils.rtf'), 'pupils.doc');
    expect(rtfAsDoc.format).toBe('rtf');
    const htmlAsXls = await extractBuffer(
      Buffer.from(
        '<html><body><table><tr><td>氏名</td><td>住所</td></tr><tr><td>山田</td><td>熊本市</td></tr></table></body></html>',
      ),
      'export.xls',
    );
    expect(htmlAsXls.format).toBe('html');
    expect(htmlAsXls.tables[0]!.rows[1]).toEqual(['山田', '熊本市']);
    expect((await extractBuffer(fixture('pupils.doc'), 'renamed.docx')).format).toBe('doc');
  });

  it('corrupt legacy files say CORRUPT; a file that is not OLE named .xls too', async () => {
    const doc = fixture('pupils.doc');
    expect(await code(extractBuffer(doc.subarray(0, 3000), 'a.doc'))).toBe('CORRUPT');
    expect(await code(extractBuffer(fixture('address-list.xls').subarray(0, 2000), 'a.xls'))).toBe('CORRUPT');
    expect(await code(extractBuffer(fixture('training.ppt').subarray(0, 1500), 'a.ppt'))).toBe('CORRUPT');
    expect(await code(extractBuffer(Buffer.from('garbage that is no spreadsheet'), 'a.xls'))).toBe('CORRUPT');
    expect(await code(extractBuffer(fixture('address-list.ods').subarray(0, 500), 'a.ods'))).toBe('CORRUPT');
    // pupils.doc with 20 bytes changed at random: word-extractor's own OLE reader aborted the process on it.
    expect(await code(extractBuffer(fixture('damaged-sector-chain.doc'), 'a.doc'))).toBe('CORRUPT');
  });
});
