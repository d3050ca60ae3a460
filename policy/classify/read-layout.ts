import { fold as normalize } from './fold.js';
import { isFilledValue, isNameLike, type LabelMatcher } from './match-labels.js';
import type { ClassifyInput } from './types.js';

export interface TableView {
  labels: Set<string>;
  dataRows: number;
  dayColumns: number;
}

/** The shape of a document: its form fields, its tables and whether someone's data is filled in. */
export interface Layout {
  /** Form labels found in the text, with whether each has a value written in. */
  fields: Map<string, { filled: number; empty: number }>;
  tables: TableView[];
  /** Distinct people named in person fields or person columns (counted, never kept). */
  persons: number;
  /** Ticked answer marks (☑ ✓ ■ next to □). */
  checked: number;
  /** Values of 生年月日 columns, for the birthdate detector. */
  birthdates: string[];
}

const MAX_FORM_LINES = 3000;
const MAX_LINE = 300;
const DAY = /^(?:\d{1,2}日?|\d{1,2}\/\d{1,2}|\d{1,2}月\d{1,2}日(?:\(.\))?|\d{1,2}\(.\)|[4-6]\d{4})$/;
const BIRTH = /生年月日|誕生日/;
const EXAMPLE = /記入例|(?:^|[(（])例[)）:：]/;
/** What may follow a label that heads a field: a separator or the value's first digit. */
const FIELD_NEXT = /[:=\d]/;
/** A value ends where the next field of a form line begins (「児童氏名：　生年月日：　年　月　日」). */
const NEXT_FIELD = /(?:生年月日|性別|年齢|学年|続柄|職業|勤務先|記入日|提出日|日付)[:=].*$/;

/** Reads form fields (「氏名：山田 太郎」「身長 152.3」), tables (header row, data rows, day columns) and people. */
export function readLayout(input: ClassifyInput, nfkcText: string, labels: LabelMatcher, personLabels: Set<string>): Layout {
  const layout: Layout = { fields: new Map(), tables: [], persons: 0, checked: 0, birthdates: [] };
  const names = new Set<string>();
  const lines = nfkcText.split('\n', MAX_FORM_LINES);
  for (const raw of lines) {
    if (raw.length > MAX_LINE || EXAMPLE.test(raw)) continue;
    if (raw.includes('□')) layout.checked += (raw.match(/[■☑☒✓✔◉●]/g) ?? []).length;
    else layout.checked += (raw.match(/[☑☒✓✔◉]/g) ?? []).length;
    const line = normalize(raw);
    const hits = labels.find(line);
    hits.forEach((hit, i) => {
      // A field is a label followed by its value (「身長：150.1」「身長 150.1」) or by nothing (a blank
      // form); in prose (「身長・体重の測定をしました」「視力検査の結果」) a label is just a word.
      if (hit.end < line.length && !FIELD_NEXT.test(line[hit.end]!)) return;
      const value = line
        .slice(hit.end, hits[i + 1]?.start ?? line.length)
        .replace(/^[:：=\s]+/, '')
        .replace(NEXT_FIELD, '');
      const field = layout.fields.get(hit.label) ?? { filled: 0, empty: 0 };
      if (isFilledValue(value)) field.filled++;
      else field.empty++;
      layout.fields.set(hit.label, field);
      if (personLabels.has(hit.label) && isNameLike(value)) names.add(value);
    });
  }
  for (const table of input.tables ?? []) layout.tables.push(readTable(table, labels, personLabels, names, layout.birthdates));
  layout.persons = names.size;
  return layout;
}

function readTable(
  table: NonNullable<ClassifyInput['tables']>[number],
  labels: LabelMatcher,
  personLabels: Set<string>,
  names: Set<string>,
  birthdates: string[],
): TableView {
  const rows = table.rows;
  let header = table.headerRow ?? 0;
  let best = 1;
  for (let i = 0; i < Math.min(rows.length, 15); i++) {
    const count = rows[i]!.filter((cell) => labels.ofCell(cell) !== null).length;
    if (count > best) {
      best = count;
      header = i;
    }
  }
  const columns = (rows[header] ?? []).map((cell) => labels.ofCell(cell));
  const view: TableView = { labels: new Set(columns.filter((c): c is string => c !== null)), dataRows: 0, dayColumns: 0 };
  view.dayColumns = (rows[header] ?? []).filter((cell) => DAY.test(cell.normalize('NFKC').trim())).length;
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.some((cell) => EXAMPLE.test(cell))) continue;
    const filled = row.filter((cell, c) => cell.trim() !== '' && !(c === 0 && /^\d{1,3}$/.test(cell.trim())));
    if (filled.length >= 2 || (filled.length === 1 && columns.length <= 2)) view.dataRows++;
    columns.forEach((label, c) => {
      const cell = row[c]?.trim() ?? '';
      if (!label || !cell) return;
      if (personLabels.has(label) && isNameLike(normalize(cell))) names.add(normalize(cell));
      if (BIRTH.test(label)) birthdates.push(cell);
    });
  }
  return view;
}
