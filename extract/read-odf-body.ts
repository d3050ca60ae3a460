import { guessHeaderRow, type TextSink } from './text-sink.js';
import type { Aside, Table } from './types.js';
import { attr, walkXml } from './xml-walk.js';

const MAX_COLUMNS = 256;
/** Identical rows repeated (table:number-rows-repeated) are read at most this many times. */
const MAX_REPEATED_ROWS = 100;

export interface OdfBody {
  tables: Table[];
  headings: string[];
  asides: Aside[];
}

/** Elements whose text is not the author's words: note numbers, a comment's author and date, page fields. */
const FIELDS = new Set([
  'text:note-citation',
  'dc:creator',
  'dc:date',
  'text:page-number',
  'text:page-count',
  'text:date',
  'text:time',
  'presentation:date-time',
  'presentation:footer',
  'presentation:header',
]);

export type Mode = 'body' | 'comment' | 'footnote' | 'endnote' | 'notes' | 'header_footer' | 'skip';

/** A1-style reference of a cell, for where a comment sits. */
export function cellRef(col: number, row: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/**
 * Reads the text of an OpenDocument part (content.xml, or the master pages of styles.xml):
 * paragraphs and headings, tables as rows (repeated cells and rows within bounds), comments
 * (office:annotation), footnotes and endnotes, and the speaker notes of a presentation.
 */
export function readOdfBody(
  xml: string,
  sink: TextSink,
  out: OdfBody,
  modeOf: (name: string) => Mode | undefined = () => undefined,
): void {
  const paras: string[] = [];
  const modes: { name: string; mode: Mode }[] = [];
  let table: { name: string; rows: string[][] } | null = null;
  let row: string[] | null = null;
  let rowRepeat = 1;
  let cell: string[] | null = null;
  let cellRepeat = 1;
  let emptyCells = 0;
  let page = 0;
  let pageFirst = true;
  const mode = () => modes.at(-1)?.mode ?? 'body';
  const where = (): string => {
    if (table && row) return `${table.name}!${cellRef(row.length + emptyCells, table.rows.length)}`;
    if (page > 0) return `スライド${page}`;
    return '本文';
  };
  const deliver = (text: string, heading: boolean) => {
    const m = mode();
    if (m === 'skip') return;
    if (m !== 'body') {
      if (text.trim()) out.asides.push({ kind: m, where: where(), text: text.trim() });
      return;
    }
    if (cell) {
      cell.push(text);
      return;
    }
    sink.push(text);
    if ((heading || (page > 0 && pageFirst)) && text.trim()) out.headings.push(text.trim());
    if (page > 0 && text.trim()) pageFirst = false;
  };
  const push = (mode: Mode, name: string) => modes.push({ name, mode });

  walkXml(xml, {
    open(name, attrs, selfClosing) {
      const special = modeOf(name);
      if (special && !selfClosing) push(special, name);
      else if (name === 'office:annotation' && !selfClosing) push('comment', name);
      else if (name === 'text:note' && !selfClosing)
        push(attr('text:note-class', attrs) === 'endnote' ? 'endnote' : 'footnote', name);
      else if (FIELDS.has(name) && !selfClosing) push('skip', name);
      else if (name === 'presentation:notes' && !selfClosing) push('notes', name);
      else if (name === 'draw:page') {
        page++;
        pageFirst = true;
      } else if ((name === 'text:p' || name === 'text:h') && !selfClosing) paras.push('');
      else if (name === 'text:s' && paras.length)
        paras[paras.length - 1] += ' '.repeat(Math.min(100, Number(attr('text:c', attrs) ?? 1) || 1));
      else if (name === 'text:tab' && paras.length) paras[paras.length - 1] += '\t';
      else if (name === 'text:line-break' && paras.length) paras[paras.length - 1] += ' ';
      else if (name === 'table:table' && !selfClosing && mode() === 'body')
        table = { name: attr('table:name', attrs) ?? '', rows: [] };
      else if (name === 'table:table-row' && table && !selfClosing) {
        row = [];
        emptyCells = 0;
        rowRepeat = Math.min(MAX_REPEATED_ROWS, Number(attr('table:number-rows-repeated', attrs) ?? 1) || 1);
      } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && row) {
        cellRepeat = Number(attr('table:number-columns-repeated', attrs) ?? 1) || 1;
        cell = [];
        if (selfClosing) closeCell();
      }
    },
    close(name) {
      if (modes.at(-1)?.name === name) {
        modes.pop();
        return;
      }
      if (name === 'text:p' || name === 'text:h') {
        const text = paras.pop() ?? '';
        if (paras.length > 0 && mode() === 'body' && !cell) paras[paras.length - 1] += text;
        else deliver(text, name === 'text:h');
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') closeCell();
      else if (name === 'table:table-row' && table && row) {
        if (row.some((c) => c !== '')) {
          for (let i = 0; i < rowRepeat; i++) {
            table.rows.push(row);
            sink.push(row.join('\t'));
          }
        }
        row = null;
      } else if (name === 'table:table' && table) {
        if (table.rows.length > 0) out.tables.push({ name: table.name, rows: table.rows, headerRow: guessHeaderRow(table.rows) });
        table = null;
      }
    },
    text(text) {
      if (paras.length > 0 && mode() !== 'skip') paras[paras.length - 1] += text;
    },
  });

  function closeCell(): void {
    if (!row || !cell) return;
    const text = cell.join(' ').trim();
    cell = null;
    if (text === '') {
      emptyCells += cellRepeat;
      return;
    }
    for (let i = 0; i < emptyCells && row.length < MAX_COLUMNS; i++) row.push('');
    emptyCells = 0;
    for (let i = 0; i < cellRepeat && row.length < MAX_COLUMNS; i++) row.push(text);
  }
}
