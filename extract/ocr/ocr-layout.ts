import type { Table } from '../types.js';
import { type Piece, ruledPieces } from './ocr-ruled.js';

/** One word tesseract found, with its box in pixels and the line tesseract put it on. */
export interface OcrWord {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** block/paragraph/line as tesseract numbered them, one key per line. */
  line: string;
}

/**
 * Two words of letters (Nguyen | Van | An) were words apart on the page, however close tesseract
 * set them: a name in letters keeps its spaces, as Japanese has none.
 */
export function latinWords(before: string, word: string): boolean {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(word);
}

/** The page as lines of text and tables, rebuilt from the words' boxes. */
export interface OcrPage {
  lines: string[];
  tables: Table[];
  /** The lines in large print (its titles), from the top. */
  headings?: string[];
}

const MAX_WORDS = 20_000;
/** A gap this many word heights wide parts two cells (a label and its value, two columns). */
const CELL_GAP = 1.6;
/** A gap this many word heights wide is a space inside a cell (甲斐 真央). */
const SPACE_GAP = 0.6;
/** A label of a form: short, a word or two, no digit (児童氏名, 保護者（口座名義人）). */
const LABEL = /^(?=.*[\p{sc=Han}\p{sc=Hiragana}ァ-ヺ])[^\d:：]{1,12}$/u;
/** What a written value is made of: kanji, kana, digits (a name, an address, a date, a number). */
const WRITTEN = /[\p{sc=Han}\p{sc=Hiragana}ァ-ヺー\d]/gu;
/** Fewest written characters a value needs; an underline read as 「_ fl」 or one stray mark has fewer. */
const MIN_VALUE_CHARS = 2;
/** A row whose words are this much taller than the page's is a heading (a title), not a field. */
const HEADING_HEIGHT = 1.3;
const MIN_TABLE_ROWS = 3;
const MIN_TABLE_CELLS = 3;

/** One row of tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf, text). */
export interface TsvRow {
  /** 1 page, 2 block, 3 paragraph, 4 line, 5 word. */
  level: string;
  /** page/block/par/line as tesseract numbered them. */
  path: string[];
  left: number;
  top: number;
  width: number;
  height: number;
  /** Tesseract's confidence in a word, 0–100 (-1 on a block, a paragraph, a line). */
  conf: number;
  text: string;
}

/** The TSV's rows of any level (the header and short lines left out). */
export function tsvRows(tsv: string): TsvRow[] {
  const rows: TsvRow[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 11) continue;
    const [left, top, width, height] = f.slice(6, 10).map(Number) as [number, number, number, number];
    rows.push({
      level: f[0]!,
      path: f.slice(1, 5),
      left,
      top,
      width,
      height,
      conf: Number(f[10]),
      text: f.slice(11).join(' ').trim(),
    });
  }
  return rows;
}

/** How sure tesseract is of a reading: of its characters, and how many it vouches for. */
export interface ReadingConfidence {
  /** Its words' confidences (0–100) weighed by their length; 0 when nothing was read. */
  mean: number;
  /** The characters read, each counted by tesseract's confidence in its word (0–1). */
  sure: number;
}

/**
 * Tesseract's confidence in a reading. The mean weighs words by their length (a page of long clear
 * lines is not made doubtful by a stray mark); `sure` also counts how much was read, so a reading
 * that drops a table's marks to be surer of the rest does not win over one that read them.
 */
export function readingConfidence(tsv: string): ReadingConfidence {
  let sum = 0;
  let chars = 0;
  for (const row of tsvRows(tsv)) {
    if (row.level !== '5' || !row.text || !(row.conf >= 0)) continue;
    sum += row.conf * row.text.length;
    chars += row.text.length;
  }
  return { mean: chars > 0 ? sum / chars : 0, sure: sum / 100 };
}

/** The words with their boxes. Empty boxes (a picture, a ruled area) are left out. */
export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const { level, path, text, left, top, width, height } of tsvRows(tsv)) {
    if (level !== '5' || !text) continue;
    if (![left, top, width, height].every(Number.isFinite) || height <= 0) continue;
    words.push({ text, left, top, width, height, line: `${path[1]}/${path[2]}/${path[3]}` });
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}

export const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The page's tilt (a photo taken at an angle): the median slope of tesseract's own long lines. */
function skew(words: OcrWord[], height: number): number {
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) {
    const line = byLine.get(w.line);
    if (line) line.push(w);
    else byLine.set(w.line, [w]);
  }
  const slopes: number[] = [];
  for (const line of byLine.values()) {
    if (line.length < 2) continue;
    const first = line[0]!;
    const last = line[line.length - 1]!;
    const dx = last.left + last.width / 2 - (first.left + first.width / 2);
    if (dx < height * 4) continue;
    slopes.push((last.top + last.height / 2 - (first.top + first.height / 2)) / dx);
  }
  const s = median(slopes);
  return Math.abs(s) <= 0.2 ? s : 0;
}

interface Cell {
  left: number;
  right: number;
  text: string;
}

/**
 * Rebuilds the rows of a page from the words' boxes, whichever block tesseract put them in: words
 * at one height (the page's tilt taken out) are one row, and a wide gap parts the row's cells. A
 * form's label and the value written beside it are thus one line, 「label：value」; rows whose
 * cells line up under one another are a table, its first row the header.
 *
 * @example rebuildPage(parseTsv(tsv)).lines // ['児童氏名：山田 花子', '住所：熊本市中央区…']
 */
export function rebuildPage(words: OcrWord[]): OcrPage {
  if (words.length === 0) return { lines: [], tables: [] };
  const h = Math.max(1, median(words.map((w) => w.height)));
  const slope = skew(words, h);
  const centre = (w: OcrWord) => w.top + w.height / 2 - slope * (w.left + w.width / 2);
  const sorted = [...words].sort((a, b) => centre(a) - centre(b));
  const rows: OcrWord[][] = [];
  let row: OcrWord[] = [];
  let rowCentre = 0;
  for (const w of sorted) {
    const c = centre(w);
    if (row.length > 0 && c - rowCentre > h * 0.5) {
      rows.push(row);
      row = [];
    }
    row.push(w);
    rowCentre = row.reduce((sum, x) => sum + centre(x), 0) / row.length;
  }
  if (row.length > 0) rows.push(row);
  const cellRows = rows.map((r) => cellsOf(r, h));
  const tables = findTables(cellRows, h);
  const labels = pageLabels(cellRows);
  const lines = cellRows.map((cells, i) => lineOf(cells, labels, isHeading(rows[i]!, h)));
  return { lines, tables };
}

function cellsOf(row: OcrWord[], h: number): Cell[] {
  const words = [...row].sort((a, b) => a.left - b.left).flatMap(ruledPieces);
  const cells: Cell[] = [];
  let prev: Piece | null = null;
  let ruled = false;
  for (const w of words) {
    if (!w.text) {
      ruled = true;
      continue;
    }
    const gap = prev ? w.left - (prev.left + prev.width) : Number.POSITIVE_INFINITY;
    const cell = cells[cells.length - 1];
    const breaks = ruled || w.afterRule;
    ruled = false;
    if (!cell || breaks || gap > h * CELL_GAP) cells.push({ left: w.left, right: w.left + w.width, text: w.text });
    else {
      cell.text += gap > h * SPACE_GAP || latinWords(cell.text, w.text) ? ` ${w.text}` : w.text;
      cell.right = Math.max(cell.right, w.left + w.width);
    }
    prev = w;
  }
  return cells;
}

/** A title in large print: its words are much taller than the page's usual word. */
const isHeading = (row: OcrWord[], h: number) => median(row.map((w) => w.height)) > h * HEADING_HEIGHT;

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * The printed labels of the page: a cell ending in a colon, and the first cell of every row of
 * several cells. A form's blank row (氏名 … 生年月日) has a label where a value would be written.
 */
function pageLabels(rows: Cell[][]): Set<string> {
  const labels = new Set<string>();
  for (const row of rows) {
    if (row.length >= 2 && LABEL.test(row[0]!.text)) labels.add(compact(row[0]!.text));
    for (const cell of row) if (/[:：]$/.test(cell.text)) labels.add(compact(cell.text.replace(/[:：]$/, '')));
  }
  return labels;
}

/**
 * Whether a cell holds something written in: enough kanji, kana or digits (an underline read as
 * 「_ fl」 has none), and not a label printed on the page (the next field of a blank row).
 */
export function isWrittenValue(text: string, labels: ReadonlySet<string>): boolean {
  if ((text.match(WRITTEN) ?? []).length < MIN_VALUE_CHARS) return false;
  if (/[:：]$/.test(text)) return false;
  return !labels.has(compact(text));
}

/** A row as a line: a label and its value (「住所：熊本市…」), or cells parted by tabs. */
function lineOf(cells: Cell[], labels: ReadonlySet<string>, heading: boolean): string {
  const [label, value] = cells;
  if (
    cells.length === 2 &&
    !heading &&
    LABEL.test(label!.text) &&
    !/[:：]$/.test(label!.text) &&
    isWrittenValue(value!.text, labels)
  )
    return `${label!.text}：${value!.text}`;
  return cells.map((c) => c.text).join('\t');
}

const overlaps = (a: Cell, b: Cell, h: number) => a.left < b.right + h && b.left < a.right + h;

/** Whether every cell of a row sits under some cell of another (a row may leave cells empty). */
const under = (row: Cell[], ref: Cell[], h: number) => row.every((cell) => ref.some((r) => overlaps(cell, r, h)));

/** A row's cells put in the columns of the widest row (its header, as a rule); an empty column is ''. */
function placed(row: Cell[], columns: Cell[], h: number): string[] {
  const out = columns.map(() => '');
  for (const cell of row) {
    const i = nearestColumn(cell, columns, h);
    if (i >= 0) out[i] = out[i] ? `${out[i]} ${cell.text}` : cell.text;
  }
  return out;
}

const middle = (c: Cell) => (c.left + c.right) / 2;

/** The column a cell overlaps whose middle is nearest its own (narrow ruled columns sit close together); -1 if none. */
function nearestColumn(cell: Cell, columns: Cell[], h: number): number {
  let best = -1;
  for (let i = 0; i < columns.length; i++) {
    if (!overlaps(cell, columns[i]!, h)) continue;
    if (best < 0 || Math.abs(middle(cell) - middle(columns[i]!)) < Math.abs(middle(cell) - middle(columns[best]!))) best = i;
  }
  return best;
}

/**
 * Runs of at least three rows of two or more cells that line up under the widest row (three cells or
 * more), which may leave some empty: a table, its first row the header.
 */
function findTables(rows: Cell[][], h: number): Table[] {
  const tables: Table[] = [];
  let run: Cell[][] = [];
  let ref: Cell[] = [];
  const close = () => {
    if (run.length >= MIN_TABLE_ROWS && ref.length >= MIN_TABLE_CELLS)
      tables.push({ rows: run.map((r) => placed(r, ref, h)), headerRow: 0 });
    run = [];
    ref = [];
  };
  for (const r of rows) {
    if (r.length < 2) {
      close();
      continue;
    }
    if (run.length > 0 && under(r, ref, h)) run.push(r);
    else if (run.length > 0 && r.length > ref.length && under(ref, r, h) && run.every((x) => under(x, r, h))) {
      run.push(r);
      ref = r;
    } else {
      close();
      run = [r];
      ref = r;
    }
  }
  close();
  return tables;
}
