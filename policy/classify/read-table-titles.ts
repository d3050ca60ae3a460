import { normalize } from '../understand/normalize.js';
import type { Classifier } from './compile-classifier.js';
import type { Place } from './match-titles.js';
import { cellFits } from './read-columns.js';
import type { Layout } from './read-layout.js';
import type { ClassifyInput } from './types.js';

const MAX_HEADER = 16;
const MIN_VALUES = 2;
const SHARE = 0.8;
const MAX_TABLES = 20;

/**
 * Header cells that name a catalog item over a column of measured values (教科 | 中間テスト |
 * 期末テスト over 42 | 38): the table under them is that item, as a title would say. A header over
 * dates or words (期末テスト | 11/28 | 国語) is a schedule, not results, and names nothing.
 */
export function tableTitles(
  c: Classifier,
  tables: ClassifyInput['tables'],
  ctx: { names: Map<string, boolean>; year: number },
): Place[] {
  const measured = c.kinds.filter((k) => k.kind.number);
  if (measured.length === 0) return [];
  const out: Place[] = [];
  for (const table of (tables ?? []).slice(0, MAX_TABLES)) {
    const header = table.headerRow ?? 0;
    const body = table.rows.slice(header + 1);
    (table.rows[header] ?? []).forEach((cell, j) => {
      const text = cell.normalize('NFKC').trim();
      if (text === '' || text.length > MAX_HEADER || !c.titles.find(normalize(text)).some((h) => h.value.kind === 'item')) return;
      const values = body.map((row) => (row[j] ?? '').normalize('NFKC').trim()).filter((v) => v !== '');
      if (values.length < MIN_VALUES) return;
      const fit = measured.find((k) => values.filter((v) => cellFits(k, v, ctx)).length >= SHARE * values.length);
      if (fit) out.push({ where: '表の列見出し', text, strong: true });
    });
  }
  return out;
}

/** Adds the titles of flattened tables of persons to the places a document says what it is; true if any. */
export function titledTables(c: Classifier, layout: Layout, places: Place[], titleNorms: string[]): boolean {
  if (layout.textTitles.length === 0 || !c.personKind) return false;
  layout.resolveNames();
  let added = false;
  for (const { text, table } of layout.textTitles) {
    if (!table.kinds.get(c.personKind) && !table.personBy) continue;
    places.push({ where: '表の表題', text });
    titleNorms.push(normalize(text));
    added = true;
  }
  return added;
}
