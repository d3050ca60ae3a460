import { normalize } from '../understand/normalize.js';
import { isFilledValue, isNameLike, isScheduledDay, isSentence } from './match-labels.js';
import { cellFits } from './read-columns.js';
import { isPersonName } from './read-names.js';
import { readTable, type TableReader, type TableView } from './read-table.js';
import { readTextTables } from './read-text-tables.js';
import type { ClassifyInput } from './types.js';

export type { TableView };

/** The shape of a document: its form fields, its tables and whether someone's data is filled in. */
export interface Layout {
  /** Form labels found in the text, with whether each has a value written in. */
  fields: Map<string, { filled: number; empty: number; prose: number }>;
  tables: TableView[];
  /** Distinct people named in person fields or person columns (counted, never kept). */
  persons: number;
  /** Ticked answer marks (☑ ✓ ■ next to □). */
  checked: number;
  /** Values of 生年月日 columns (or of columns of dates long past), for the birthdate detector. */
  birthdates: string[];
  /** Names in form fields and person columns (folded on first use): a sentence naming one is about that person. */
  known: () => Set<string>;
  /** Pupils' numbers heading the rows of a table (出席番号 12): the row's other cells tell about that pupil. */
  rowKeys: Set<string>;
  /** Distinct persons named in form fields (氏名：…): a form about one or a few persons. */
  subjects: number;
  /** Kinds of value (症状・病名) written in a form's fields (「理由　発熱」): the one row of a form about someone. */
  formKinds: Set<string>;
  /** Reads the tables' values (once), with the tables flattened into the text if there are no others; true if any. */
  readValues: () => boolean;
  /** Asks the analyzer about the columns that may be names (tables without a person heading). */
  resolveNames: () => boolean;
  /** The line over a table flattened into the text (「別表 校内成績一覧」), with the table it titles. */
  textTitles: { text: string; table: TableView }[];
}

const MAX_FORM_LINES = 3000;
const MAX_LINE = 300;
const EXAMPLE = /記入例|(?:^|[(（])例[)）:：]/;
/** What may follow a label that heads a field: a separator or the value's first digit. */
const FIELD_NEXT = /[:=\d]/;
/** A value ends where the next field of a form line begins (「児童氏名：　生年月日：　年　月　日」). */
const NEXT_FIELD = /(?:生年月日|性別|年齢|学年|続柄|職業|勤務先|記入日|提出日|日付)[:=].*$/;

/** Reads form fields (「氏名：山田 太郎」「身長 152.3」), tables (header row, data rows, day columns) and people. */
export function readLayout(input: ClassifyInput, nfkcText: string, reader: TableReader): Layout {
  const { labels, personLabels } = reader;
  const layout: Layout = {
    fields: new Map(),
    tables: [],
    persons: 0,
    checked: 0,
    birthdates: [],
    known: () => new Set(),
    rowKeys: new Set(),
    subjects: 0,
    formKinds: new Set(),
    readValues: () => false,
    resolveNames: () => false,
    textTitles: [],
  };
  const names = new Set<string>();
  const lines = nfkcText.split('\n', MAX_FORM_LINES);
  lines.forEach((raw, n) => {
    if (raw.length > MAX_LINE || EXAMPLE.test(raw)) return;
    if (raw.includes('□')) layout.checked += (raw.match(/[■☑☒✓✔◉●]/g) ?? []).length;
    else layout.checked += (raw.match(/[☑☒✓✔◉]/g) ?? []).length;
    const line = normalize(raw);
    for (const id of fieldKinds(raw, reader)) layout.formKinds.add(id);
    const hits = labels.find(line);
    if (hits.some((hit) => personLabels.has(hit.label))) {
      const named = nameBesideLabel(raw, lines[n + 1], reader);
      if (named) names.add(normalize(named));
    }
    let within = 0;
    hits.forEach((hit, i) => {
      // A label inside the value written after a colon (所見：未処置歯3本、受診を。) is a word of that value.
      if (hit.start < within) return;
      // A field is a label followed by its value (「身長：150.1」「身長 150.1」) or by nothing (a blank
      // form); in prose (「身長・体重の測定をしました」「視力検査の結果」) a label is just a word.
      if (hit.end < line.length && !FIELD_NEXT.test(line[hit.end]!)) return;
      const end = valueEnd(line, hits, i);
      within = end;
      const value = line
        .slice(hit.end, end)
        .replace(/^[:：=\s]+/, '')
        .replace(NEXT_FIELD, '');
      const field = layout.fields.get(hit.label) ?? { filled: 0, empty: 0, prose: 0 };
      // A day beside a label is when it happens (a notice's schedule), not what was recorded.
      if (isFilledValue(value) && !isScheduledDay(value)) field.filled++;
      else field.empty++;
      // A sentence written in a field after its colon (所見：学習に意欲的に取り組みました。) is someone's record.
      if (/[:=]/.test(line[hit.end] ?? '') && isSentence(value)) field.prose++;
      layout.fields.set(hit.label, field);
      if (personLabels.has(hit.label) && isNameLike(value)) names.add(value);
    });
  });
  layout.subjects = names.size;
  const fields = [...names];
  const sink = { names, people: [] as string[][], birthdates: layout.birthdates, rowKeys: layout.rowKeys };
  for (const table of input.tables ?? []) layout.tables.push(readTable(table, reader, sink));
  layout.persons = names.size;
  let known: Set<string> | null = null;
  layout.readValues = () => {
    layout.readValues = () => false;
    // A PDF's text layer or a .txt export has its tables flattened into lines of cells.
    const flat = input.tables?.length ? [] : readTextTables(nfkcText);
    for (const table of flat) {
      const view = readTable(table, reader, sink);
      layout.tables.push(view);
      if (table.title) layout.textTitles.push({ text: table.title, table: view });
    }
    for (const table of layout.tables) table.readValues?.();
    layout.persons = names.size;
    return flat.length > 0 || layout.tables.some((t) => t.kinds.size > 0 || t.resolve);
  };
  layout.resolveNames = () => {
    let changed = false;
    for (const table of layout.tables) if (table.resolve?.()) changed = true;
    if (changed) {
      layout.persons = names.size;
      known = null;
    }
    return changed;
  };
  layout.known = () => {
    layout.resolveNames();
    known ??= new Set([...fields, ...sink.people.flat().map(normalize)]);
    return known;
  };
  return layout;
}

/** A field of a form as a photo or a PDF flattens it: a short head, a colon or a wide space, a value. */
const FIELD_LINE = /^([^\s:：]{1,10})(?:\s*[:：]\s*|[\t　]\s*|\s{2,})(\S.{0,39})$/u;

/**
 * The kinds of value a form's field holds (「理由　発熱（38.6℃）」 → 症状・病名), by the kinds that
 * name their words (pack.yaml `columns` with `words`): a number or a mark alone says too little.
 */
function fieldKinds(raw: string, reader: TableReader): string[] {
  const m = FIELD_LINE.exec(raw.trim());
  if (!m || isSentence(m[2]!)) return [];
  const value = m[2]!.trim();
  return reader.kinds.filter((k) => k.words && cellFits(k, value, reader)).map((k) => k.kind.id);
}

/**
 * Where a field's value ends: at the next label (「氏名：山田 太郎 生年月日 …」). A sentence written
 * after a colon runs on to the next label that heads a field of its own (followed by a colon): the
 * labels inside it are its words (所見：未処置歯3本、受診を。).
 */
function valueEnd(line: string, hits: { start: number; end: number }[], i: number): number {
  const hit = hits[i]!;
  const next = hits[i + 1]?.start ?? line.length;
  if (!/[:=]/.test(line[hit.end] ?? '')) return next;
  const field = hits.slice(i + 1).find((h) => /[:=]/.test(line[h.end] ?? ''))?.start ?? line.length;
  return field > next &&
    isSentence(
      line
        .slice(hit.end + 1, field)
        .replace(NEXT_FIELD, '')
        .trim(),
    )
    ? field
    : next;
}

/**
 * A name written after a person label with only a space between (「氏名 山田 太郎」), or on the line
 * below a label that stands alone: how a PDF's flattened text has a filled-in form. The label says
 * it is a name; a placeholder or another label (「氏名 ふりがな」 on a blank form) is not one, nor
 * anything the analyzer does not read as a person's name.
 */
function nameBesideLabel(raw: string, next: string | undefined, reader: TableReader): string | null {
  // Two words (山田 太郎), or a name the analyzer knows: on a blank form the line below 氏名 is the
  // next label (生年月日, 続柄), one word.
  const isName = (value: string) =>
    isNameLike(normalize(value)) &&
    reader.labels.ofCell(value) === null &&
    (/\S\s+\S/.test(value.trim()) || isPersonName(value, reader.names));
  const m = reader.personField?.exec(raw);
  if (m) return isName(m[1]!) ? m[1]! : null;
  if (next === undefined || raw.length > 12 || !reader.personLabels.has(normalize(raw))) return null;
  const below = next.trim();
  // A name is one or two words: more is the form's next field with its printed blanks (生年月日　年　月　日生).
  if (below.split(/\s+/u).length > 2 || reader.labels.find(normalize(below))[0]?.start === 0) return null;
  return below.length <= 17 && !EXAMPLE.test(below) && isName(below) ? below : null;
}
