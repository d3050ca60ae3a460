import { normalize } from '../understand/normalize.js';
import { isNameLike, isPrompt, type LabelMatcher } from './match-labels.js';
import {
  type ColumnContext,
  type CompiledKind,
  cellFits,
  isNameColumn,
  kindByHeading,
  kindOfColumn,
  kindsForColumn,
  mayBeNames,
  SAMPLE,
  withdrawUnseen,
  yearOf,
} from './read-columns.js';
import { aboutNamedPerson } from './read-file-subject.js';
import { BIRTH, isLabelColumn, isPrinted, pairedFields, readFormRows } from './read-form-rows.js';
import { isForeignName, isPersonName } from './read-names.js';
import { type PupilColumns, pupilColumn } from './read-pupil-columns.js';
import { isAggregate, isContactColumn, isOrganisationTable, type TableRows } from './read-table-rows.js';
import type { ClassifyInput } from './types.js';

export interface TableView {
  labels: Set<string>;
  /** Headings of one character (国 | 社 | 算): a word's first, as a short table writes it. */
  initials?: Set<string>;
  dataRows: number;
  dayColumns: number;
  /** Columns by what their cells hold (pack.yaml `classify.columns`): person → 1, score → 5. */
  kinds: Map<string, number>;
  /** The kind that stands for the person in a table without names (年-組-番), for the reasons. */
  personBy?: string;
  /** Rows with a value in a column whose kind is known (a numbering aside), header row or not. */
  valueRows: number;
  /** Reads what the columns hold from their cells (once): `kinds` and `valueRows` are empty before. */
  readValues?: () => void;
  /** Organisations and their contacts, or an aggregate: no one's data, nor names of anyone concerned. */
  nobodys?: boolean;
  /** Asks the analyzer whether a column that may be names is (once); true when it is. */
  resolve?: () => boolean;
}

/** What reading the tables adds to the layout: names (counted, never kept), dates of birth. */
export interface TableSink {
  /** Names in person columns, for the person count. */
  names: Set<string>;
  /** The cells of each person column, so a sentence that names one is about that person. */
  people: string[][];
  birthdates: string[];
  /** Cells of pupil columns (出席番号 12): at the head of a row of the table, they point at that pupil. */
  rowKeys?: Set<string>;
}

/** What reading a document's fields and tables needs: the pack's words, a cache, the year. */
export interface TableReader {
  labels: LabelMatcher;
  personLabels: Set<string>;
  kinds: CompiledKind[];
  /** 「氏名 山田 太郎」: a person label, a space and a name. */
  personField: RegExp | null;
  /** What the analyzer said of each cell, for this document. */
  names: Map<string, boolean>;
  year: number;
  /** Where a table has no names, the column that stands for the pupil (出席番号, 年-組-番). */
  pupilColumns?: PupilColumns | null;
  /** The file names a single class (3年2組): its 番号 are pupils'. */
  oneClass?: boolean;
  /** Whose rows a table holds: organisations' and aggregates' are nobody's. */
  tableRows?: TableRows | null;
  /** The file's name names one person (中村_蓮_6月.xlsx): a table with no names may be about that person. */
  subjectInName?: () => boolean;
}

const DAY = /^(?:\d{1,2}日?|\d{1,2}\/\d{1,2}|\d{1,2}月\d{1,2}日(?:\(.\))?|\d{1,2}\(.\)|[4-6]\d{4})$/;
const SMALL_TABLE = 5;
const EXAMPLE = /記入例|(?:^|[(（])例[)）:：]/;

/**
 * Reads one table: its header row (the row with the most labels), its filled rows and day columns,
 * and what each column holds from its cells, so a table with no header row at all is read too.
 */
export function readTable(table: NonNullable<ClassifyInput['tables']>[number], r: TableReader, sink: TableSink): TableView {
  const rows = table.rows;
  let header = table.headerRow ?? 0;
  let best = 1;
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const count = rows[i]!.filter((cell) => r.labels.ofCell(cell) !== null).length;
    // A row with a pupil's code or a whole date in it is data (7/5 | 2-4-33 | 発熱 | 早退), whatever words it holds.
    if (count > best && !holdsValues(rows[i]!, r.kinds)) {
      best = count;
      header = i;
    }
  }
  // A form laid out as label | value rows (氏名 | 山田 太郎, 続柄 | 母): its first row is a field,
  // not a header, and the cells below 氏名 are the next labels, not names.
  if (best === 1 && isLabelColumn(rows, r.labels)) return readFormRows(rows, r, sink);
  // The same with two or three fields a row (生徒氏名 | 　 | 学年・組 | 年　組).
  const pairs = pairedFields(rows, r.labels);
  if (pairs) {
    const view = readFormRows(pairs, r, sink);
    // One value printed on the form (卒業見込 令和　年3月) is not someone's data: two are, as for fields.
    if (view.dataRows < 2) {
      view.dataRows = 0;
      view.valueRows = 0;
    }
    return view;
  }
  const columns = (rows[header] ?? []).map((cell) => r.labels.ofCell(cell));
  const view: TableView = {
    labels: new Set(columns.filter((c): c is string => c !== null)),
    initials: new Set((rows[header] ?? []).map((cell) => cell.normalize('NFKC').trim()).filter((cell) => cell.length === 1)),
    dataRows: 0,
    dayColumns: (rows[header] ?? []).filter((cell) => DAY.test(cell.normalize('NFKC').trim())).length,
    kinds: new Map(),
    valueRows: 0,
  };
  const body: string[][] = [];
  // A few rows under a person heading may be a form's next fields (生徒氏名 | 　, 相談者 | 　): there
  // the analyzer says which cells are names. A roster's many rows are taken by their shape.
  const small = rows.length - header - 1 <= SMALL_TABLE;
  for (let i = header + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.some((cell) => EXAMPLE.test(cell))) continue;
    body.push(row);
    // A row of a form's further labels and printed values (住所 | 熊本市　　区, 申請理由 | □生活保護 □その他,
    // 学校は楽しいですか | はい ・ いいえ) is not someone's data: only values written in count.
    const filled = row.filter(
      (cell, c) =>
        cell.trim() !== '' &&
        !(c === 0 && /^\d{1,3}$/.test(cell.trim())) &&
        !isPrinted(cell) &&
        !isPrompt(cell) &&
        r.labels.ofCell(cell) === null,
    );
    // Under two headings, a first cell alone is a form's next label with its value left blank (卒業 |　).
    // A row with a blank printed to complete (年　月　日生) is a field of the form: its other cells are labels.
    if (row.some(isPrinted)) continue;
    const alone = filled.length === 1 && (columns.length === 1 || (columns.length === 2 && filled[0] !== row[0]));
    if (filled.length >= 2 || alone) view.dataRows++;
    columns.forEach((label, c) => {
      const cell = row[c]?.trim() ?? '';
      if (!label || !cell) return;
      if (
        r.personLabels.has(label) &&
        (isNameLike(normalize(cell)) || isForeignName(cell)) &&
        r.labels.ofCell(cell) === null &&
        (!small || isPersonName(cell, r.names))
      )
        sink.names.add(normalize(cell));
      if (BIRTH.test(label)) sink.birthdates.push(cell);
    });
  }
  // Organisations and their contacts, or counts by 学年: the rows are nobody's, and so are the values.
  if (isNobodys(rows[header] ?? [], body, r)) {
    view.dataRows = 0;
    view.nobodys = true;
    return view;
  }
  // The values are read only when they may change the answer (classify-document decides).
  view.readValues = () => {
    view.readValues = undefined;
    readValues(rows[header] ?? [], columns, body, r, sink, view);
  };
  return view;
}

/**
 * Gives each column a kind from its cells and counts the rows that hold values. A column that
 * may be names, with no person heading in the table, waits for the analyzer: `view.resolve`
 * asks it when the names would change the class (the analyzer costs about a millisecond a call).
 */
function readValues(
  headRow: string[],
  columns: (string | null)[],
  body: string[][],
  r: TableReader,
  sink: TableSink,
  view: TableView,
): void {
  if (r.kinds.length === 0) return;
  let width = headRow.length;
  for (const row of body) width = Math.max(width, row.length);
  const cellsOf = (rows: string[][], c: number, limit = Number.POSITIVE_INFINITY) => {
    const out: string[] = [];
    for (const row of rows) {
      const cell = row[c]?.normalize('NFKC').trim() ?? '';
      if (cell !== '') out.push(cell);
      if (out.length >= limit) break;
    }
    return out;
  };
  const person = r.kinds.find((k) => k.kind.person) ?? null;
  const others = r.kinds.filter((k) => !k.kind.person);
  const labelled = columns.some((label) => label !== null && r.personLabels.has(label));
  const ctx: ColumnContext = { ...r, personHeader: false };
  const assign = (rows: string[][]) => {
    const kinds: (CompiledKind | null)[] = [];
    let pending = -1;
    for (let c = 0; c < width; c++) {
      const label = columns[c];
      const cells = cellsOf(rows, c, SAMPLE);
      // A lone cell is a label or a question (「健康面で知っておいてほしいこと」), not a column of values.
      if (cells.length < 2 && rows.length < 2) {
        kinds.push(null);
        continue;
      }
      // The names of a company's contact or of the staff who went (担当者, 訪問者) are nobody's data.
      if (isContactColumn(headRow[c], r)) {
        kinds.push(null);
        continue;
      }
      // A form's next labels under 氏名 (現住所, 生年月日) are no names: of a few cells, the analyzer says.
      const written = cells.filter(
        (cell) => r.labels.ofCell(cell) === null && (cells.length > SMALL_TABLE || isPersonName(cell, r.names)),
      );
      if (
        person &&
        label != null &&
        r.personLabels.has(label) &&
        kindOfColumn([person], written, { ...ctx, personHeader: true })
      ) {
        kinds.push(person);
        continue;
      }
      const named = kindByHeading(others, headRow[c], cells);
      if (named) {
        kinds.push(named);
        continue;
      }
      if (person && !labelled && pending < 0 && mayBeNames(person, cells, r.labels)) pending = c;
      kinds.push(kindOfColumn(kindsForColumn(others, headRow[c], headRow, ctx), cells, ctx));
    }
    return { kinds, pending, known: kinds.filter(Boolean).length + (pending >= 0 ? 1 : 0) };
  };
  // A short table with no heading mamoru knows: its first row may be data, and then it counts.
  let read = assign(body);
  if (body.length < 4 && columns.every((label) => label === null)) {
    const withHead = assign([headRow, ...body]);
    if (withHead.known >= read.known) read = withHead;
  }
  const { kinds, pending } = read;
  withdrawUnseen(kinds, others, (c, limit) => cellsOf(body, c, limit), ctx);
  const finish = () => {
    // No header row: the row taken for one holds values like those below it (a CSV of data only).
    const headless = headerIsData(headRow, columns, kinds, r);
    const values = headless ? [headRow, ...body] : body;
    view.kinds = new Map();
    let personColumn = -1;
    kinds.forEach((k, c) => {
      if (!k) return;
      view.kinds.set(k.kind.id, (view.kinds.get(k.kind.id) ?? 0) + 1);
      if (k.kind.person && personColumn < 0) personColumn = c;
    });
    // With no names, a column of 出席番号 or of 年-組-番 stands for the pupils, as names would.
    if (personColumn < 0 && person) standForPerson(person, kinds, headless ? null : headRow, values, r, view, sink);
    // Nor a 年-組-番: a log about the one pupil its file's name names, with how they were in some rows.
    if (personColumn < 0 && person && !view.kinds.has(person.kind.id)) aboutNamedPerson(person, kinds, values, r, view);
    // Dates long past beside names are dates of birth; an old schedule's dates are not.
    if (personColumn >= 0)
      for (let c = 0; c < kinds.length; c++) if (kinds[c]?.kind.dates) sink.birthdates.push(...cellsOf(values, c));
    // A numbering alone (出席番号 1 … 40 printed on a blank form) is not a value written in.
    // Nor are a form's printed questions and choices with none picked (楽しいですか | はい ・ いいえ).
    view.valueRows = values.filter((row) =>
      kinds.some((k, c) => k && !k.kind.sequence && (row[c]?.trim() ?? '') !== '' && !isPrompt(row[c]!)),
    ).length;
    if (personColumn < 0) return;
    // A form's next labels in the column (住所, 申請理由 under 保護者氏名) are nobody: in a few rows,
    // only what the analyzer reads as a name is someone.
    const few = values.length <= SMALL_TABLE;
    const cells = values
      .map((row) => row[personColumn] ?? '')
      .filter((cell) => cell.trim() !== '' && r.labels.ofCell(cell) === null && (!few || isPersonName(cell, r.names)));
    sink.people.push(cells);
    if (!labelled) for (const cell of cells) sink.names.add(normalize(cell));
  };
  finish();
  if (pending < 0 || !person) return;
  view.resolve = () => {
    view.resolve = undefined;
    if (!isNameColumn(person, cellsOf(body, pending, SAMPLE), r.names)) return false;
    kinds[pending] = person;
    finish();
    return true;
  };
}

/**
 * With no names in a table, a column of 出席番号 or of 年-組-番 stands for the pupils in every signal
 * that asks for names; a column it was taken for (a 番号 in no order read as scores) is not counted.
 */
function standForPerson(
  person: CompiledKind,
  kinds: (CompiledKind | null)[],
  headings: string[] | null,
  values: string[][],
  r: TableReader,
  view: TableView,
  sink: TableSink,
): void {
  if (!r.pupilColumns) return;
  const cellsOf = (c: number) => values.map((row) => row[c]?.normalize('NFKC').trim() ?? '').filter((cell) => cell !== '');
  const keysOf = (columns: number[]) =>
    values
      .map((row) => columns.map((k) => row[k]?.normalize('NFKC').trim() ?? '').join('-'))
      .filter((key) => key.replace(/-/g, '') !== '');
  const c = pupilColumn(r.pupilColumns, { headings, kinds, cellsOf, keysOf, oneClass: r.oneClass ?? false });
  if (c < 0) return;
  const was = kinds[c];
  if (was) view.kinds.set(was.kind.id, (view.kinds.get(was.kind.id) ?? 1) - 1);
  if (was && view.kinds.get(was.kind.id) === 0) view.kinds.delete(was.kind.id);
  view.kinds.set(person.kind.id, 1);
  const code = was?.kind.id === r.pupilColumns.code;
  view.personBy = (code ? was?.kind.name : headings?.[c]?.normalize('NFKC').trim()) || was?.kind.name;
  // A pupil's code (S20261301, 2-3-15) on a row points at that pupil as a name would: what the row
  // says of them (通院（心療内科）) is told about someone. A bare 1 … 40 would point at any number.
  sink.people.push(cellsOf(c).filter((cell) => PUPIL_CODE.test(cell)));
  // A bare 12 points at the pupil only where it heads its row: 「12 | 母子家庭。就学援助申請中」.
  if (c === 0) for (const cell of cellsOf(c)) sink.rowKeys?.add(cell);
}

/** A code that names one pupil: letters or dashes with digits, or five digits and more. */
const PUPIL_CODE = /^(?=.*\d)(?:[A-Za-z0-9]*[A-Za-z-][A-Za-z0-9-]*|\d{5,})$/;

function isNobodys(head: string[], body: string[][], r: TableReader): boolean {
  if (!r.tableRows) return false;
  const pupils = new Set([...(r.pupilColumns?.headers ?? []), ...(r.pupilColumns?.oneClass ?? [])]);
  // A company list's No is no pupil's number: only a pupil's own heading (学籍番号) says its rows are pupils'.
  const own = new Set(r.pupilColumns?.headers ?? []);
  return isOrganisationTable(head, body, r, own) || isAggregate(head, body, r, pupils);
}

function headerIsData(headRow: string[], columns: (string | null)[], kinds: (CompiledKind | null)[], r: TableReader): boolean {
  if (columns.some((label) => label !== null)) return false;
  const cells = headRow
    .map((cell, c) => ({ cell: cell.normalize('NFKC').trim(), k: kinds[c] }))
    .filter((x): x is { cell: string; k: CompiledKind } => x.cell !== '' && Boolean(x.k) && !x.k!.heading);
  const fit = cells.filter(({ cell, k }) => cellFits(k, cell, r));
  return cells.length > 0 && fit.length * 2 >= cells.length;
}

const ID_NUMBER = /^\d{5,}$/;

/** Whether a row holds a value no heading has: a cell of a code kind's `pattern` (2-4-33), an id or a whole date. */
function holdsValues(row: string[], kinds: CompiledKind[]): boolean {
  return row.some((raw) => {
    const cell = raw.normalize('NFKC').trim();
    // A kind read only under a heading of its own (`heading`: 配慮事項 over any text) says nothing of a row without one.
    // A number of five digits or more (20013, a staff or pupil number) is an id, never a heading.
    return (
      cell !== '' &&
      (yearOf(cell) !== null || ID_NUMBER.test(cell) || kinds.some((k) => !k.words && !k.heading && k.pattern?.test(cell)))
    );
  });
}
