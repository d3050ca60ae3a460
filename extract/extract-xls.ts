import { ExtractError } from './errors.js';
import { BiffReader, type BiffRecord, biffRecords, REC, rkNumber } from './read-biff.js';
import { CompoundFile } from './read-compound.js';
import { cellRef } from './read-odf-body.js';
import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';

const BIFF8 = 0x0600;
const MAX_COLUMNS = 256;
const MAX_SST = 2_000_000;
const HF_CODES = /&"[^"]*"|&\d+|&[LCRPNDTZFAGKSUBEXYHO]/g;
/** OBJ types: a cell comment, and shapes with text (text boxes, labels, buttons). */
const OBJ_NOTE = 0x19;

interface Sheet {
  name: string;
  offset: number;
  /** 0 visible, 1 hidden, 2 very hidden: all are read. */
  state: number;
  kind: number;
}

/**
 * Excel 97–2003 (.xls, BIFF8), read record by record: every worksheet, hidden or not, its cells
 * (shared strings, numbers, formula results), cell comments and text boxes, headers and footers,
 * and the title/subject/keywords. A workbook with a password to open says ENCRYPTED (FILEPASS).
 */
export function extractXls(data: Uint8Array, limits: ExtractLimits): Extracted {
  const ole = new CompoundFile(data);
  const stream = ole.stream('Workbook');
  if (!stream) {
    if (ole.has('Book'))
      throw new ExtractError('UNSUPPORTED', 'an Excel 5.0/95 workbook (BIFF5): save it as .xlsx to inspect it');
    throw new ExtractError('CORRUPT', 'no Workbook stream: not an Excel workbook');
  }
  const sheets: Sheet[] = [];
  let sst: string[] = [];
  let first = true;
  for (const rec of biffRecords(stream, 0)) {
    if (first) {
      if (rec.type !== REC.BOF || rec.data.length < 4)
        throw new ExtractError('CORRUPT', 'the Workbook stream does not start with BOF');
      if (rec.data.readUInt16LE(0) !== BIFF8)
        throw new ExtractError('UNSUPPORTED', 'an Excel workbook older than Excel 97: save it as .xlsx to inspect it');
      first = false;
    } else if (rec.type === REC.FILEPASS)
      throw new ExtractError('ENCRYPTED', 'the workbook is protected by a password to open (FILEPASS)');
    else if (rec.type === REC.BOUNDSHEET && rec.data.length >= 8) {
      const r = BiffReader.of(rec, 4);
      const state = r.u8() & 3;
      const kind = r.u8();
      sheets.push({ name: r.unicodeString(1), offset: rec.data.readUInt32LE(0), state, kind });
    } else if (rec.type === REC.SST) sst = readSst(rec);
  }
  const sink = new TextSink(limits.maxTextChars);
  const tables: Table[] = [];
  const headerFooter: string[] = [];
  const asides: Aside[] = [];
  for (const sheet of sheets) {
    if (sink.truncated) break;
    // Worksheets (0) and Excel 4 macro sheets (1) hold cells; charts and VB modules do not.
    if (sheet.kind > 1 || sheet.offset >= stream.length) continue;
    const rows = readSheet(stream, sheet, sst, headerFooter, asides, limits.maxTextChars);
    sink.push(sheet.name);
    for (const row of rows) sink.push(row.join('\t'));
    if (rows.length > 0) tables.push({ name: sheet.name, rows, headerRow: guessHeaderRow(rows) });
  }
  for (const aside of asides) sink.push(aside.text);
  return {
    format: 'xls',
    text: sink.text(),
    truncated: sink.truncated,
    tables,
    headings: sheets.map((s) => s.name).filter(Boolean),
    headerFooter,
    properties: ole.summary(),
    labels: [],
    asides,
  };
}

function readSst(rec: BiffRecord): string[] {
  const r = BiffReader.of(rec, 4);
  const count = Math.min(rec.data.length >= 8 ? rec.data.readUInt32LE(4) : 0, MAX_SST);
  r.skip(4);
  const out: string[] = [];
  for (let i = 0; i < count && !r.done; i++) out.push(r.unicodeString());
  return out;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

function readSheet(
  stream: Buffer,
  sheet: Sheet,
  sst: string[],
  headerFooter: string[],
  asides: Aside[],
  maxChars: number,
): string[][] {
  const cells = new Map<number, string[]>();
  let chars = 0;
  const put = (row: number, col: number, text: string) => {
    if (col >= MAX_COLUMNS || !text.trim() || chars > maxChars) return;
    const line = cells.get(row) ?? [];
    cells.set(row, line);
    line[col] = text.trim();
    chars += text.length + 1;
  };
  let stringCell: { row: number; col: number } | null = null;
  let objectId = -1;
  let objectType = -1;
  const texts = new Map<number, { type: number; text: string }>();
  let first = true;
  for (const rec of biffRecords(stream, sheet.offset)) {
    const d = rec.data;
    if (first) {
      if (rec.type !== REC.BOF) return [];
      first = false;
      continue;
    }
    if (rec.type === REC.BOF) return [];
    const row = d.length >= 4 ? d.readUInt16LE(0) : 0;
    const col = d.length >= 4 ? d.readUInt16LE(2) : 0;
    switch (rec.type) {
      case REC.LABELSST:
        if (d.length >= 10) put(row, col, sst[d.readUInt32LE(6)] ?? '');
        break;
      case REC.LABEL:
        if (d.length >= 9) put(row, col, BiffReader.of(rec, 6).unicodeString());
        break;
      case REC.NUMBER:
        if (d.length >= 14) put(row, col, format(d.readDoubleLE(6)));
        break;
      case REC.RK:
        if (d.length >= 10) put(row, col, format(rkNumber(d.readUInt32LE(6))));
        break;
      case REC.MULRK:
        for (let at = 4, c = col; at + 6 <= d.length - 2; at += 6, c++) put(row, c, format(rkNumber(d.readUInt32LE(at + 2))));
        break;
      case REC.BOOLERR:
        if (d.length >= 8 && d[7] === 0) put(row, col, d[6] ? 'TRUE' : 'FALSE');
        break;
      case REC.FORMULA:
        if (d.length < 14) break;
        if (d.readUInt16LE(12) !== 0xffff) put(row, col, format(d.readDoubleLE(6)));
        else if (d[6] === 0) stringCell = { row, col };
        else if (d[6] === 1) put(row, col, d[8] ? 'TRUE' : 'FALSE');
        break;
      case REC.STRING:
        if (stringCell && d.length >= 3) put(stringCell.row, stringCell.col, BiffReader.of(rec).unicodeString());
        stringCell = null;
        break;
      case REC.HEADER:
      case REC.FOOTER:
        if (d.length >= 3) {
          const text = BiffReader.of(rec).unicodeString().replace(HF_CODES, ' ').trim();
          if (text) {
            headerFooter.push(text);
            asides.push({ kind: 'header_footer', where: sheet.name, text });
          }
        }
        break;
      case REC.OBJ:
        // ftCmo, the first subrecord: ft, cb, ot (object type), id.
        if (d.length >= 8 && d.readUInt16LE(0) === 0x15) {
          objectType = d.readUInt16LE(4);
          objectId = d.readUInt16LE(6);
        }
        break;
      case REC.TXO: {
        const text = readTxo(rec);
        if (text.trim()) {
          texts.set(objectId, { type: objectType, text: text.trim() });
          if (objectType !== OBJ_NOTE) asides.push({ kind: 'text_box', where: sheet.name, text: text.trim() });
        }
        break;
      }
      case REC.NOTE:
        if (d.length >= 8) {
          const note = texts.get(d.readUInt16LE(6));
          if (note) asides.push({ kind: 'comment', where: `${sheet.name}!${cellRef(col, row)}`, text: note.text });
        }
        break;
    }
  }
  return [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => Array.from(line, (c) => c ?? ''));
}

/** The text of a TXO (the text of a comment or a text box): in the CONTINUE records after it. */
function readTxo(rec: BiffRecord): string {
  if (rec.data.length < 12 || rec.more.length === 0) return '';
  const count = rec.data.readUInt16LE(10);
  const r = new BiffReader(rec.more);
  const high = (r.u8() & 1) === 1;
  try {
    return r.chars(count, high).replace(/\r\n?/g, '\n');
  } catch {
    return '';
  }
}
