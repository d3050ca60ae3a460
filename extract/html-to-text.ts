import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Aside, Table } from './types.js';
import { walkXml } from './xml-walk.js';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'title',
  'table',
  'ul',
  'ol',
  'dt',
  'dd',
  'pre',
  'blockquote',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * HTML to lines of text, its tables to rows, its <title> and <h1>–<h3> to headings. Comments are
 * not shown by a browser but are part of the file (2-2(5)③ counts the whole file): they become
 * asides, read after the body.
 */
export function htmlToText(
  html: string,
  maxChars: number,
): {
  text: string;
  tables: Table[];
  headings: string[];
  properties: Record<string, string>;
  asides: Aside[];
  truncated: boolean;
} {
  const sink = new TextSink(maxChars);
  const tables: Table[] = [];
  const headings: string[] = [];
  const properties: Record<string, string> = {};
  const asides: Aside[] = [];
  const stack: string[][][] = [];
  let row: string[] | null = null;
  let cell: string | null = null;
  let line = '';
  let skip = 0;
  let heading: string | null = null;
  const flush = () => {
    sink.push(line);
    line = '';
  };
  walkXml(html, {
    open(raw, _attrs, selfClosing) {
      const name = raw.toLowerCase();
      if (SKIP.has(name) && !selfClosing) skip++;
      else if (name === 'table') stack.push([]);
      else if (name === 'tr') row = [];
      else if (name === 'td' || name === 'th') cell = '';
      else if (/^(h[1-3]|title)$/.test(name)) heading = '';
      if (BLOCK.has(name) && cell === null) flush();
    },
    close(raw) {
      const name = raw.toLowerCase();
      if (SKIP.has(name)) skip = Math.max(0, skip - 1);
      else if ((name === 'td' || name === 'th') && row && cell !== null) {
        row.push(cell.replace(/\s+/g, ' ').trim());
        cell = null;
      } else if (name === 'tr' && row) {
        stack.at(-1)?.push(row);
        line = row.join('\t');
        row = null;
      } else if (name === 'table') {
        const rows = stack.pop();
        if (rows && rows.length > 0) tables.push({ rows, headerRow: guessHeaderRow(rows) });
      } else if (heading !== null && /^(h[1-3]|title)$/.test(name)) {
        const text = heading.replace(/\s+/g, ' ').trim();
        if (text) {
          headings.push(text);
          if (name === 'title') properties.title = text;
        }
        heading = null;
      }
      if (BLOCK.has(name) && cell === null) flush();
    },
    text(text) {
      if (skip > 0) return;
      if (cell !== null) cell += text;
      else line += text.replace(/\s+/g, ' ');
      if (heading !== null) heading += text;
    },
    comment(text) {
      const body = text.replace(/\s+/g, ' ').trim();
      // Conditional comments (<!--[if IE]>) and empty ones hold markup, not words.
      if (body && !/^\[(?:if|endif)\b/i.test(body)) asides.push({ kind: 'comment', where: 'HTMLコメント', text: body });
    },
  });
  flush();
  for (const aside of asides) sink.push(aside.text);
  return { text: sink.text(), tables, headings, properties, asides, truncated: sink.truncated };
}
