import WordExtractor from 'word-extractor';
import { ExtractError } from './errors.js';
import { CompoundFile } from './read-compound.js';
import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';

const WORD_97 = 0xa5ec;
const WORD_95 = 0xa5dc;
const F_ENCRYPTED = 0x0100;

/**
 * Word 97–2003 (.doc), read with word-extractor: the body and its tables, headers and footers,
 * footnotes, endnotes, comments and text boxes, and the title/subject/keywords properties. A file
 * saved with a password to open says ENCRYPTED (the FIB's fEncrypted flag), never garbage.
 */
export async function extractDoc(data: Uint8Array, limits: ExtractLimits): Promise<Extracted> {
  const ole = new CompoundFile(data);
  const fib = ole.stream('WordDocument');
  if (!fib || fib.length < 0x20) throw new ExtractError('CORRUPT', 'no WordDocument stream: not a Word document');
  const ident = fib.readUInt16LE(0);
  if (ident === WORD_95 || fib.readUInt16LE(2) < 0x00c1)
    throw new ExtractError('UNSUPPORTED', 'a Word 6.0/95 document: save it as .docx to inspect it');
  if (ident !== WORD_97) throw new ExtractError('CORRUPT', 'the WordDocument stream does not start like a Word document');
  if (fib.readUInt16LE(0x0a) & F_ENCRYPTED)
    throw new ExtractError('ENCRYPTED', 'the Word document is protected by a password to open');
  const doc = await new WordExtractor().extract(ole.rewritten());
  const sink = new TextSink(limits.maxTextChars);
  const tables: Table[] = [];
  let rows: string[][] = [];
  const endTable = () => {
    if (rows.length > 0) tables.push({ rows, headerRow: guessHeaderRow(rows) });
    rows = [];
  };
  // word-extractor ends each table cell with a tab and each row with a tab and a newline.
  for (const line of doc.getBody().split('\n')) {
    if (line.endsWith('\t')) {
      const cells = line
        .slice(0, -1)
        .split('\t')
        .map((cell) => cell.trim());
      rows.push(cells);
      sink.push(cells.join('\t'));
    } else {
      endTable();
      sink.push(line);
    }
  }
  endTable();
  const asides: Aside[] = [];
  const add = (kind: Aside['kind'], text: string) => {
    for (const line of text.split('\n')) if (line.trim()) asides.push({ kind, where: '本文', text: line.trim() });
  };
  add('header_footer', doc.getHeaders({ includeFooters: false }));
  add('header_footer', doc.getFooters());
  const headerFooter = asides.map((a) => a.text);
  add('footnote', doc.getFootnotes());
  add('endnote', doc.getEndnotes());
  add('comment', doc.getAnnotations());
  add('text_box', doc.getTextboxes({ includeHeadersAndFooters: false, includeBody: true }));
  for (const aside of asides) sink.push(aside.text);
  const properties = ole.summary();
  return {
    format: 'doc',
    text: sink.text(),
    truncated: sink.truncated,
    headings: properties.title ? [properties.title] : [],
    tables,
    properties,
    headerFooter,
    labels: [],
    asides,
  };
}
