import { ExtractError } from './errors.js';
import { readOfficeProperties } from './read-office-properties.js';
import { readSheetAsides } from './read-xlsx-asides.js';
import { ZipPackage } from './read-zip.js';
import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';
import { attr, walkXml } from './xml-walk.js';

const WANTED =
  /^(xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/(_rels\/)?[^/]+\.xml(\.rels)?|comments\d*\.xml|threadedComments\/[^/]+\.xml|drawings\/drawing\d+\.xml)|docProps\/(core|custom)\.xml)$/;
const MAX_COLUMNS = 256;

/**
 * Excel: every sheet's cells as text (hidden and very hidden sheets too), rows kept as rows, the
 * header row found; then each sheet's cell notes and threaded comments, text boxes, and headers and
 * footers as content.
 */
export function extractXlsx(data: Uint8Array, limits: ExtractLimits): Extracted {
  const zip = new ZipPackage(data, limits, (name) => WANTED.test(name));
  const workbook = zip.text('xl/workbook.xml');
  if (workbook === null) throw new ExtractError('CORRUPT', 'no xl/workbook.xml: not an Excel workbook');
  const shared = readSharedStrings(zip.text('xl/sharedStrings.xml') ?? '');
  const targets = readRels(zip.text('xl/_rels/workbook.xml.rels') ?? '');
  const sink = new TextSink(limits.maxTextChars);
  const tables: Table[] = [];
  const headerFooter: string[] = [];
  const asides: Aside[] = [];
  for (const sheet of readSheets(workbook)) {
    if (sink.truncated) break;
    const target = targets.get(sheet.rid);
    const xml = target ? zip.text(target) : null;
    if (xml === null || !target) continue;
    sink.push(sheet.name);
    const sheetHeaders: string[] = [];
    const rows = readSheet(xml, shared, sheetHeaders);
    for (const row of rows) sink.push(row.join('\t'));
    if (rows.length > 0) tables.push({ name: sheet.name, rows, headerRow: guessHeaderRow(rows) });
    headerFooter.push(...sheetHeaders);
    asides.push(...sheetHeaders.map((text) => ({ kind: 'header_footer' as const, where: sheet.name, text })));
    asides.push(...readSheetAsides(zip, target, sheet.name));
  }
  for (const aside of asides) sink.push(aside.text);
  const headings = tables.map((t) => t.name ?? '').filter(Boolean);
  return {
    format: 'xlsx',
    text: sink.text(),
    truncated: sink.truncated,
    tables,
    headings,
    headerFooter,
    asides,
    ...readOfficeProperties(zip),
  };
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  walkXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't') inText = !selfClosing;
      else if (name === 'rPh' && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === 'si') out.push(current);
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText && phonetic === 0) current += text;
    },
  });
  return out;
}

function readRels(xml: string): Map<string, string> {
  const map = new Map<string, string>();
  walkXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const id = attr('Id', attrs);
      const target = attr('Target', attrs);
      if (id && target) map.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  return map;
}

function readSheets(xml: string): { name: string; rid: string }[] {
  const sheets: { name: string; rid: string }[] = [];
  walkXml(xml, {
    open(name, attrs) {
      if (name !== 'sheet') return;
      const rid = attr('r:id', attrs);
      if (rid) sheets.push({ name: attr('name', attrs) ?? '', rid });
    },
  });
  return sheets;
}

function columnIndex(ref: string | undefined, fallback: number): number {
  if (!ref) return fallback;
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n > 0 ? n - 1 : fallback;
}

const HF_CODES = /&"[^"]*"|&\d+|&[LCRPNDTZFAGKSUBEXYHO]/g;

function readSheet(xml: string, shared: string[], headerFooter: string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let col = 0;
  let type = '';
  let value = '';
  let capture: 'v' | 't' | 'hf' | null = null;
  let hf = '';
  walkXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'row') row = [];
      else if (name === 'c') {
        col = columnIndex(attr('r', attrs), row?.length ?? 0);
        type = attr('t', attrs) ?? '';
        value = '';
        if (selfClosing) type = '';
      } else if (name === 'v' || (name === 't' && type === 'inlineStr')) capture = selfClosing ? null : name;
      else if (/^(odd|even|first)(Header|Footer)$/.test(name) && !selfClosing) {
        capture = 'hf';
        hf = '';
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = capture === 'hf' ? capture : null;
      else if (name === 'c' && row && col < MAX_COLUMNS) {
        const text = type === 's' ? (shared[Number(value)] ?? '') : type === 'b' ? (value === '1' ? 'TRUE' : 'FALSE') : value;
        while (row.length < col) row.push('');
        row[col] = text.trim();
      } else if (name === 'row' && row) {
        if (row.some((cell) => cell !== '')) rows.push(row);
        row = null;
      } else if (capture === 'hf' && /(Header|Footer)$/.test(name)) {
        const text = hf.replace(HF_CODES, ' ').trim();
        if (text) headerFooter.push(text);
        capture = null;
      }
    },
    text(text) {
      if (capture === 'hf') hf += text;
      else if (capture) value += text;
    },
  });
  return rows;
}
