import { decodeText } from './decode-text.js';
import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';
import { attr, walkXml } from './xml-walk.js';

/** Whether these bytes are an Excel 2003 XML Spreadsheet (SpreadsheetML), however the file is named. */
export function isSpreadsheetXml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /^(\xef\xbb\xbf)?\s*<\?xml/.test(head) && head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

const MAX_COLUMNS = 256;

/**
 * Excel 2003 XML Spreadsheet, the format school systems and older Excel save as `.xls` or `.xml`:
 * every worksheet's cells as rows (hidden sheets too, `ss:Index` gaps kept), then the cell notes
 * (`<Comment>`) as content. Written here because no maintained npm reader handles it: SheetJS
 * reads it but is no longer published to npm, and the format is a plain XML walk.
 *
 * @example extractSpreadsheetXml(bytes, limits).tables[0].rows[0] // ['氏名', '住所']
 */
export function extractSpreadsheetXml(data: Uint8Array, limits: ExtractLimits): Extracted {
  const encodingHint = /encoding\s*=\s*["']([\w-]+)/i.exec(Buffer.from(data.subarray(0, 200)).toString('latin1'))?.[1];
  const { text: xml } = decodeText(data, encodingHint);
  const sink = new TextSink(limits.maxTextChars);
  const tables: Table[] = [];
  const asides: Aside[] = [];
  const properties: Record<string, string> = {};
  let sheet: { name: string; rows: string[][] } | null = null;
  let row: string[] | null = null;
  let column = 0;
  let cell: string | null = null;
  let comment: string | null = null;
  let property: string | null = null;
  const endSheet = () => {
    if (!sheet) return;
    sink.push(sheet.name);
    for (const r of sheet.rows) sink.push(r.join('\t'));
    if (sheet.rows.length > 0) tables.push({ name: sheet.name, rows: sheet.rows, headerRow: guessHeaderRow(sheet.rows) });
    sheet = null;
  };
  walkXml(xml, {
    open(raw, attrs, selfClosing) {
      const name = raw.replace(/^\w+:/, '');
      if (name === 'Worksheet') sheet = { name: attr('ss:Name', attrs) ?? `Sheet${tables.length + 1}`, rows: [] };
      else if (name === 'Row' && sheet && !selfClosing) {
        row = [];
        column = 0;
      } else if (name === 'Cell' && row) {
        const index = Number(attr('ss:Index', attrs));
        if (Number.isInteger(index) && index > column + 1 && index <= MAX_COLUMNS) column = index - 1;
        if (!selfClosing) cell = '';
        else column++;
      } else if (name === 'Comment') comment = '';
      else if ((name === 'Title' || name === 'Subject' || name === 'Keywords') && !sheet) property = name.toLowerCase();
    },
    close(raw) {
      const name = raw.replace(/^\w+:/, '');
      if (name === 'Comment' && comment !== null) {
        if (comment.trim() && sheet)
          asides.push({ kind: 'comment', where: `${sheet.name}!R${sheet.rows.length + 1}C${column + 1}`, text: comment.trim() });
        comment = null;
      } else if (name === 'Cell' && row && cell !== null) {
        if (column < MAX_COLUMNS) {
          while (row.length < column) row.push('');
          row[column] = cell.trim();
        }
        column++;
        cell = null;
      } else if (name === 'Row' && row && sheet) {
        if (row.some((c) => c !== '')) sheet.rows.push(row);
        row = null;
      } else if (name === 'Worksheet') endSheet();
      else if (property && name.toLowerCase() === property) property = null;
    },
    text(text) {
      if (comment !== null) comment += text;
      else if (cell !== null) cell += text;
      else if (property) properties[property] = (properties[property] ?? '') + text.trim();
    },
  });
  endSheet();
  for (const aside of asides) sink.push(aside.text);
  return {
    format: 'xmlss',
    text: sink.text(),
    truncated: sink.truncated,
    tables,
    headings: tables.map((t) => t.name ?? '').filter(Boolean),
    properties,
    headerFooter: [],
    labels: [],
    asides,
  };
}
