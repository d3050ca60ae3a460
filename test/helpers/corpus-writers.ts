import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import PptxGenJSModule from 'pptxgenjs';

/** Writers for the test corpus: real files from the libraries schools' tools are compatible with. */

export interface DocContent {
  title?: string;
  paragraphs: string[];
  tables?: string[][][];
  header?: string;
  footer?: string;
  properties?: { title?: string; subject?: string; keywords?: string };
  custom?: Record<string, string>;
  /** A comment on the first paragraph, a footnote and an endnote on it. */
  comment?: string;
  footnote?: string;
  endnote?: string;
}

export async function writeDocx(c: DocContent): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (c.title) children.push(new Paragraph({ text: c.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
  for (const [i, p] of c.paragraphs.entries()) {
    if (i > 0 || !(c.comment || c.footnote || c.endnote)) {
      children.push(new Paragraph(p));
      continue;
    }
    children.push(
      new Paragraph({
        children: [
          ...(c.comment ? [new CommentRangeStart(0)] : []),
          new TextRun(p),
          ...(c.comment ? [new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] : []),
          ...(c.footnote ? [new FootnoteReferenceRun(1)] : []),
          ...(c.endnote ? [new EndnoteReferenceRun(1)] : []),
        ],
      }),
    );
  }
  for (const rows of c.tables ?? []) {
    children.push(
      new Table({
        rows: rows.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
        ),
      }),
    );
  }
  const doc = new Document({
    ...(c.properties ?? {}),
    ...(c.comment
      ? { comments: { children: [{ id: 0, author: '教務', date: new Date(0), children: [new Paragraph(c.comment)] }] } }
      : {}),
    ...(c.footnote ? { footnotes: { 1: { children: [new Paragraph(c.footnote)] } } } : {}),
    ...(c.endnote ? { endnotes: { 1: { children: [new Paragraph(c.endnote)] } } } : {}),
    customProperties: Object.entries(c.custom ?? {}).map(([name, value]) => ({ name, value })),
    sections: [
      {
        ...(c.header ? { headers: { default: new Header({ children: [new Paragraph(c.header)] }) } } : {}),
        ...(c.footer ? { footers: { default: new Footer({ children: [new Paragraph(c.footer)] }) } } : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export interface SheetContent {
  name: string;
  rows: (string | number)[][];
  header?: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Cell notes (legacy comments) by cell: { B2: 'text' }. */
  notes?: Record<string, string>;
}

export async function writeXlsx(sheets: SheetContent[], title?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (title) wb.title = title;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, {
      ...(s.header ? { headerFooter: { oddHeader: `&C${s.header}` } } : {}),
      ...(s.state ? { state: s.state } : {}),
    });
    ws.addRows(s.rows);
    for (const [cell, note] of Object.entries(s.notes ?? {})) ws.getCell(cell).note = note;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface PptxSlide {
  addText(text: string, options: Record<string, unknown>): void;
  addNotes(notes: string): void;
  addTable(rows: { text: string }[][], options: Record<string, unknown>): void;
}
// pptxgenjs's types describe its CommonJS shape; at run time the default export is the class.
const PptxGenJS = PptxGenJSModule as unknown as new () => {
  addSlide(): PptxSlide;
  write(options: { outputType: 'nodebuffer' }): Promise<unknown>;
};

export interface Slide {
  title: string;
  lines: string[];
  table?: string[][];
  /** Speaker notes. */
  notes?: string;
}

export async function writePptx(slides: Slide[]): Promise<Buffer> {
  const pptx = new PptxGenJS();
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28 });
    if (s.lines.length) slide.addText(s.lines.join('\n'), { x: 0.5, y: 1.2, w: 9, h: 3, fontSize: 16 });
    if (s.notes) slide.addNotes(s.notes);
    if (s.table)
      slide.addTable(
        s.table.map((row) => row.map((text) => ({ text }))),
        { x: 0.5, y: 4.2, w: 9 },
      );
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}

const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
let font: Buffer | null = null;

export async function writePdf(
  lines: string[],
  options: { title?: string; userPassword?: string; fontSize?: number } = {},
): Promise<Buffer> {
  font ??= readFileSync(FONT);
  const doc = new PDFDocument({
    info: options.title ? { Title: options.title } : {},
    ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
  });
  doc.registerFont('jp', font, 'NotoSansCJKjp-Regular');
  doc.font('jp').fontSize(options.fontSize ?? 11);
  for (const line of lines) doc.text(line).moveDown(options.fontSize ? 0.5 : 0);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export function writeCsv(rows: (string | number)[][], encoding: 'utf8' | 'utf8bom' | 'sjis' | 'eucjp' = 'utf8'): Buffer {
  const text = rows
    .map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(','))
    .join('\r\n');
  return writeText(text, encoding);
}

export function writeText(text: string, encoding: 'utf8' | 'utf8bom' | 'sjis' | 'eucjp' = 'utf8'): Buffer {
  if (encoding === 'sjis') return iconv.encode(text, 'cp932');
  if (encoding === 'eucjp') return iconv.encode(text, 'euc-jp');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
