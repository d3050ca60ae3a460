import { guessHeaderRow, type TextSink } from './text-sink.js';
import type { Table } from './types.js';
import { attr, walkXml } from './xml-walk.js';

/** The tag names of WordprocessingML (`w`) and DrawingML (`a`) text. */
export interface BodyTags {
  ns: 'w' | 'a';
}

const HEADING_STYLE = /^(title|subtitle|heading\s?\d|見出し|表題|タイトル)/i;

/**
 * Reads paragraphs and tables from a docx part or a pptx slide: every paragraph becomes a line,
 * every table row a line of tab-separated cells and a row of a Table.
 */
export function readOoxmlBody(
  xml: string,
  { ns }: BodyTags,
  sink: TextSink,
  out: { tables: Table[]; headings: string[] },
  tableName?: string,
): void {
  const P = `${ns}:p`;
  const T = `${ns}:t`;
  // Text deleted with Track Changes on is still in the file, and shows with "All Markup".
  const DELETED = 'w:delText';
  const tables: { rows: string[][] }[] = [];
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let para = '';
  let inText = false;
  let heading = false;
  walkXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === T || name === DELETED) inText = !selfClosing;
      else if (name === P) {
        para = '';
        heading = false;
      } else if (name === `${ns}:tab` && ns === 'w') para += '\t';
      else if (name === `${ns}:br` || name === `${ns}:cr`) para += ' ';
      else if (name === 'w:pStyle' && HEADING_STYLE.test(attr('w:val', attrs) ?? '')) heading = true;
      else if (name === `${ns}:tbl`) tables.push({ rows: [] });
      else if (name === `${ns}:tr`) row = [];
      else if (name === `${ns}:tc`) cell = [];
    },
    close(name) {
      if (name === T || name === DELETED) inText = false;
      else if (name === P) {
        if (cell) cell.push(para);
        else {
          sink.push(para);
          if (heading && para.trim()) out.headings.push(para.trim());
        }
        para = '';
      } else if (name === `${ns}:tc` && cell && row) {
        row.push(cell.join(' ').trim());
        cell = null;
      } else if (name === `${ns}:tr` && row) {
        tables.at(-1)?.rows.push(row);
        sink.push(row.join('\t'));
        row = null;
      } else if (name === `${ns}:tbl`) {
        const table = tables.pop();
        if (table && table.rows.length > 0)
          out.tables.push({ name: tableName, rows: table.rows, headerRow: guessHeaderRow(table.rows) });
      }
    },
    text(text) {
      if (inText) para += text;
    },
  });
}
