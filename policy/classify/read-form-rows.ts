import { normalize } from '../understand/normalize.js';
import { isFilledValue, isNameLike, isScheduledDay, type LabelMatcher } from './match-labels.js';
import { isPersonName } from './read-names.js';
import type { TableReader, TableSink, TableView } from './read-table.js';

export const BIRTH = /生年月日|誕生日/;
export const TICKED = /[■☑☒✓✔◉●]/;

/** A value printed on a form, to be completed: 「熊本市　　区」「学校　　年」, choices with no box ticked. */
export function isPrinted(cell: string): boolean {
  return /\S[\s　]{2,}\S/u.test(cell.trim()) || (cell.includes('□') && !TICKED.test(cell));
}

/** Rows of a label and its value (at most three cells), half of the first cells labels mamoru knows. */
export function isLabelColumn(rows: string[][], labels: LabelMatcher): boolean {
  if (rows.length < 2 || rows.some((row) => row.length > 3)) return false;
  const firsts = rows.map((row) => row[0]?.trim() ?? '');
  const known = firsts.filter((cell) => labels.ofCell(cell) !== null).length;
  return known * 2 >= rows.length && new Set(firsts).size === firsts.length;
}

const FIELD_LABEL = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・()（）]{1,10}$/u;

/**
 * A blank form laid out as label | value | label | value rows: the pairs, one a row, when every row
 * has two or three of them, their labels are short words, one at least a label mamoru knows, and
 * most values are empty.
 */
export function pairedFields(rows: string[][], labels: LabelMatcher): [string, string][] | null {
  // A row of one cell is a heading or a label with its space below (概要); it holds no pair.
  const paired = rows.filter((row) => row.length > 1);
  if (paired.length === 0 || rows.length > 12 || paired.some((row) => row.length % 2 === 1 || row.length > 6)) return null;
  // Every pair starts with its label; a header row over empty rows (日時 | 学年組 | 氏名 …) is a table.
  if (paired.some((row) => row[0]!.trim() === '')) return null;
  const pairs = paired.flatMap((row) =>
    [0, 2, 4].filter((c) => c < row.length).map((c): [string, string] => [row[c]!, row[c + 1]!]),
  );
  if (pairs.some(([, value]) => labels.ofCell(value) !== null)) return null;
  const firsts = pairs.map(([label]) => label.trim()).filter((label) => label !== '');
  if (!firsts.every((label) => FIELD_LABEL.test(label.normalize('NFKC')))) return null;
  const known = firsts.filter((label) => labels.ofCell(label) !== null).length;
  // Most values empty: a blank form. A filled one is read as a table, whose rows say it is filled.
  const empty = pairs.filter(([, value]) => !isFilledValue(value)).length;
  return known > 0 && empty * 2 >= pairs.length ? pairs : null;
}

/**
 * A form of label | value rows: each row with a value written in is a filled row (printed choices
 * 「□なし □あり」 with none ticked are not), and a name beside a person label counts.
 */
export function readFormRows(rows: string[][], r: TableReader, sink: TableSink): TableView {
  const view: TableView = { labels: new Set(), dataRows: 0, dayColumns: 0, kinds: new Map(), valueRows: 0 };
  for (const row of rows) {
    const label = r.labels.ofCell(row[0] ?? '');
    if (label) view.labels.add(label);
    const written = row.slice(1).join(' ').trim();
    // A day beside an examination (内科検診 | 4月21日（火）) is a notice's schedule, not a result.
    const scheduled = isScheduledDay(normalize(written));
    // A value printed to complete (熊本市　　区, 学校　　年) is the form's, as in a table.
    if (isFilledValue(written) && !scheduled && !row.slice(1).some(isPrinted)) {
      view.dataRows++;
      view.valueRows++;
    }
    const value = normalize(written);
    if (!label || !value) continue;
    const named = isNameLike(value) && (/\S\s+\S/.test(value) || isPersonName(value, r.names));
    if (r.personLabels.has(label) && named) sink.names.add(value);
    if (BIRTH.test(label)) sink.birthdates.push(row.slice(1).join(' '));
  }
  return view;
}
