import type { ClassifySettings } from '../schema.js';
import type { LabelMatcher } from './match-labels.js';
import { type CompiledKind, cellFits, mayBeNames } from './read-columns.js';
import { foldHeading } from './read-pupil-columns.js';

type Settings = NonNullable<ClassifySettings>['table_rows'];

/** Whose rows a table holds (pack.yaml `classify.table_rows`), compiled once per pack. */
export interface TableRows {
  organisation: CompiledKind | null;
  /** Folded headings of person columns whose names are not the pupils' (担当, 訪問者). */
  contacts: Set<string>;
  /** Folded headings of an aggregate's key columns (学年, 性別). */
  groups: Set<string>;
}

export function compileTableRows(settings: Settings, kinds: CompiledKind[]): TableRows | null {
  if (!settings) return null;
  return {
    organisation: kinds.find((k) => k.kind.id === settings.organisation_kind) ?? null,
    contacts: new Set(settings.contact_headers.map(foldHeading)),
    groups: new Set(settings.group_headers.map(foldHeading)),
  };
}

/** What telling whose rows a table holds needs from the reader. */
export interface RowsContext {
  tableRows?: TableRows | null;
  kinds: CompiledKind[];
  labels: LabelMatcher;
  personLabels: Set<string>;
  names: Map<string, boolean>;
  year: number;
}

const MIN_CELLS = 2;
const SHARE = 0.8;
/** The rows looked at: a register of thousands says whose it is in its first rows. */
const SAMPLE_ROWS = 200;

function cellsOf(body: string[][], c: number): string[] {
  const out: string[] = [];
  for (const row of body.slice(0, SAMPLE_ROWS)) {
    const cell = row[c]?.normalize('NFKC').trim() ?? '';
    if (cell !== '') out.push(cell);
  }
  return out;
}

/** Whether a column is under a heading whose names are an organisation's contact or staff (担当者, 訪問者). */
export function isContactColumn(heading: string | undefined, t: RowsContext): boolean {
  return Boolean(t.tableRows && heading && t.tableRows.contacts.has(foldHeading(heading)));
}

/**
 * Whether a table's rows are organisations' (a company's 採用担当 and phone, a visit to a firm): a
 * column of organisations, no person heading (氏名), and every column that may hold names under a
 * contact heading. Pupils' applications to firms (氏名 or 学籍番号 | 見学希望企業) are the pupils' rows.
 */
export function isOrganisationTable(
  head: string[],
  body: string[][],
  t: RowsContext,
  pupilHeadings: Set<string> = new Set(),
): boolean {
  const org = t.tableRows?.organisation;
  if (!org || body.length === 0) return false;
  if (head.some((cell) => t.personLabels.has(t.labels.ofCell(cell) ?? ''))) return false;
  // Pupils by their number (学籍番号 | 第1希望 | 第2希望): the schools are where those pupils hope to go.
  if (head.some((cell) => pupilHeadings.has(foldHeading(cell)))) return false;
  let width = head.length;
  for (const row of body.slice(0, SAMPLE_ROWS)) width = Math.max(width, row.length);
  const person = t.kinds.find((k) => k.kind.person) ?? null;
  let organisations = false;
  for (let c = 0; c < width; c++) {
    const cells = cellsOf(body, c);
    if (cells.length < MIN_CELLS) continue;
    if (cells.filter((cell) => cellFits(org, cell, t)).length >= SHARE * cells.length) organisations = true;
    else if (person && !isContactColumn(head[c], t) && mayBeNames(person, cells, t.labels)) return false;
  }
  return organisations;
}

const NUMBER = /^[-+]?\d{1,3}(?:,?\d{3})*(?:\.\d+)?\s*(?:%|％|人|名|件|cm|kg)?$/u;

/**
 * Whether a table is an aggregate: its first columns stand under group headings (学年 | 性別), the
 * others hold only numbers (counts, averages), and none stands for a pupil (番, 出席番号). Its rows
 * are nobody's: 1年 | 男 | 36 | 116.2 is a class's average, not a pupil's height.
 */
export function isAggregate(head: string[], body: string[][], t: RowsContext, pupilHeadings: Set<string>): boolean {
  const groups = t.tableRows?.groups;
  if (!groups || groups.size === 0 || body.length === 0 || head.length < 2) return false;
  const folded = head.map(foldHeading);
  let keys = 0;
  while (keys < folded.length && groups.has(folded[keys]!)) keys++;
  if (keys === 0 || keys === folded.length) return false;
  if (folded.some((h) => pupilHeadings.has(h))) return false;
  let numbers = 0;
  for (let c = keys; c < folded.length; c++) {
    const cells = cellsOf(body, c);
    if (!cells.every((cell) => NUMBER.test(cell))) return false;
    numbers += cells.length;
  }
  return numbers > 0;
}
