import { escapeRegex } from '../escape-regex.js';
import type { ColumnKind } from '../schema.js';
import { detectPersonalData, mayContain } from './detect-personal-data.js';
import type { LabelMatcher } from './match-labels.js';
import { isPersonName, mayBeName } from './read-names.js';
import { wordsPattern } from './read-prose.js';
import { foldHeading } from './read-pupil-columns.js';

/** How many filled cells of a column are looked at to tell its kind (the analyzer: fewer). */
export const SAMPLE = 16;
const NAME_SAMPLE = 10;

/** A column kind with what its matcher needs, built once per pack. */
export interface CompiledKind {
  kind: ColumnKind;
  units: RegExp | null;
  marks: Set<string> | null;
  anyMarks: Set<string>;
  /** A cell holding one of the kind's `words`, or of its `pattern`'s shape. */
  words: RegExp | null;
  pattern: RegExp | null;
  /** Folded headings that name the column whatever its cells look like (金融機関コード). */
  headings: Set<string>;
  /** Words of the matters (`headed_by`) a table's heading must hold for the column to be this kind. */
  headedBy: RegExp | null;
  /** The shape the column's own heading must have (`heading`): a survey's numbered question. */
  heading: RegExp | null;
}

/** A prose matter's words, for `headed_by`. */
export interface MatterWords {
  id: string;
  words: string[];
}

export function compileColumnKinds(kinds: ColumnKind[], matters: MatterWords[] = []): CompiledKind[] {
  // A kind's words with those of the kinds and matters it names (喘息 from symptom, 服薬 from health).
  const wordsOf = (kind: ColumnKind): string[] => {
    if (!kind.words) return [];
    const borrowed = kinds.filter((k) => k !== kind && kind.words?.kinds.includes(k.id)).flatMap((k) => k.words?.any ?? []);
    const told = matters.filter((m) => kind.words?.matters.includes(m.id)).flatMap((m) => m.words);
    return [...kind.words.any, ...borrowed, ...told];
  };
  return kinds.map((kind) => {
    const told = matters.filter((m) => kind.headed_by?.includes(m.id)).flatMap((m) => m.words);
    const units = kind.number?.units ?? [];
    return {
      kind,
      units: units.length ? new RegExp(`\\s*(?:${units.map((u) => escapeRegex(u.normalize('NFKC'))).join('|')})$`, 'i') : null,
      marks: kind.marks ? new Set(kind.marks.all.map((m) => m.normalize('NFKC'))) : null,
      anyMarks: new Set((kind.marks?.any ?? []).map((m) => m.normalize('NFKC'))),
      words: kind.words ? wordsPattern(wordsOf(kind), 'i') : null,
      pattern: kind.pattern ? new RegExp(`^(?:${kind.pattern})$`, 'u') : null,
      headings: new Set(kind.headers.map(foldHeading)),
      headedBy: kind.headed_by ? (wordsPattern(told, 'i') ?? /(?!)/) : null,
      heading: kind.heading ? new RegExp(kind.heading, 'u') : null,
    };
  });
}

export interface ColumnContext {
  /** The pack's headings and labels: a cell that is one is not a name. */
  labels: LabelMatcher;
  /** The column is headed by a person label (氏名): names without asking the analyzer. */
  personHeader: boolean;
  names: Map<string, boolean>;
  /** The year of the scan, for dates long past. */
  year: number;
}

/**
 * The kind of a column from its first filled cells (NFKC, trimmed, at most SAMPLE): the first kind
 * that fits its share of them, or null. A column headed by a person label is names when a cell looks like one.
 */
export function kindOfColumn(kinds: CompiledKind[], cells: string[], ctx: ColumnContext): CompiledKind | null {
  if (cells.length === 0) return null;
  for (const k of kinds) if (fits(k, cells, ctx)) return k;
  return null;
}

/**
 * A kind that needs one of its marks somewhere in the table (欠, 遅 for attendance) counts only if
 * one is there; its columns take the next kind that fits (○ and 未 are no attendance: a checklist).
 * `kinds` is changed in place; `cellsOf` gives a column's filled cells.
 */
export function withdrawUnseen(
  kinds: (CompiledKind | null)[],
  candidates: CompiledKind[],
  cellsOf: (column: number, limit?: number) => string[],
  ctx: ColumnContext,
): void {
  const withdrawn = new Set<CompiledKind>();
  const seen = (k: CompiledKind) => kinds.some((kk, c) => kk === k && cellsOf(c).some((cell) => k.anyMarks.has(cell)));
  for (let round = 0; round < candidates.length; round++) {
    const unseen = [...new Set(kinds)].filter((k): k is CompiledKind => k !== null && k.anyMarks.size > 0 && !seen(k));
    if (unseen.length === 0) return;
    for (const k of unseen) withdrawn.add(k);
    // A kind read only under its heading (`heading`, `headed_by`) was never asked of this column's.
    const rest = candidates.filter((k) => !withdrawn.has(k) && !k.heading && !k.headedBy);
    for (let c = 0; c < kinds.length; c++) {
      const k = kinds[c];
      if (k && withdrawn.has(k)) kinds[c] = kindOfColumn(rest, cellsOf(c, SAMPLE), ctx);
    }
  }
}

/**
 * The kind a column's heading names (金融機関コード → 金融機関・支店), when it has cells enough. A
 * kind read where values are `alike` (yen by pupil) needs two different values under its heading too:
 * a sum alike for all (集金 3600 each) is the fee, nobody's own.
 */
export function kindByHeading(kinds: CompiledKind[], heading: string | undefined, cells: string[]): CompiledKind | null {
  if (!heading || cells.length < 2) return null;
  const folded = foldHeading(heading);
  const k = kinds.find((kind) => kind.headings.has(folded));
  if (k?.kind.number?.alike && new Set(cells.map((cell) => cell.trim())).size < 2) return null;
  return k ?? null;
}

/**
 * The kinds a column may be, by its heading: a `headless` kind only where the column has none (its
 * top cell blank or a value of the kind), a `headed_by` kind only where the table's headings tell its matter,
 * a kind with a `heading` only under a heading of its shape.
 */
export function kindsForColumn(
  kinds: CompiledKind[],
  head: string | undefined,
  headRow: string[],
  ctx: ColumnContext,
): CompiledKind[] {
  const top = (head ?? '').normalize('NFKC').trim();
  return kinds.filter(
    (k) =>
      (!k.kind.headless || top === '' || cellFits(k, top, ctx)) &&
      (!k.headedBy || headRow.some((cell) => k.headedBy!.test(cell.normalize('NFKC')))) &&
      (!k.heading || k.heading.test(top)),
  );
}

/** Whether at least `share` of the cells pass, stopping as soon as too many have failed. */
function enough(cells: string[], share: number, ok: (cell: string) => boolean): boolean {
  const allowed = cells.length - Math.ceil(share * cells.length);
  let failed = 0;
  for (const cell of cells) if (!ok(cell) && ++failed > allowed) return false;
  return true;
}

function fits(k: CompiledKind, cells: string[], ctx: ColumnContext): boolean {
  const { kind } = k;
  const share = (of: string[], ok: (cell: string) => boolean) => enough(of, kind.share, ok);
  if (kind.person)
    return ctx.personHeader ? cells.some(mayBeName) : mayBeNames(k, cells, ctx.labels) && isNameColumn(k, cells, ctx.names);
  if (kind.sequence) return isNumbering(cells);
  if (!share(cells, (cell) => cellFits(k, cell, ctx))) return false;
  if (kind.marks && new Set(cells.map((cell) => cell.normalize('NFKC').trim())).size < kind.marks.distinct) return false;
  // A short name (みなと台中) is read as the kind only beside one written in its words (熊本市立ひばり中):
  // alone, the shape is as much 桜木小 in a roster's 出身小 or 貸出中 in a loan list.
  if (k.words && k.pattern && !cells.some((cell) => cell.length <= kind.words!.max_chars && k.words!.test(cell))) return false;
  if (!kind.number?.decimals.includes(0)) return true;
  // Whole numbers in order (1, 1, 2, 2 …), in runs (a class: 1, 1, 1, 2, 2) or all alike are a
  // class or a group number, not scores.
  const values = cells.map((cell) => numberOf(k, cell)).filter((v) => !Number.isNaN(v));
  const repeats = values.filter((v, i) => i > 0 && v === values[i - 1]).length;
  const top = kind.number.top_at_least;
  if (kind.number.alike) return mostlyAlike(values) && (top === undefined || Math.max(...values) >= top);
  return (
    new Set(values).size >= 2 &&
    (top === undefined || Math.max(...values) >= top) &&
    !(values.length >= 4 && values.every((v, i) => i === 0 || v >= values[i - 1]!)) &&
    !(values.length >= 4 && repeats >= 0.6 * (values.length - 1))
  );
}

/**
 * A fee most pupils pay alike, and someone not (3100, 3100, 0 …): the commonest value is at least
 * half of them, but not all. Prices of different things (a purchase list) are not alike.
 */
function mostlyAlike(values: number[]): boolean {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(...counts.values());
  return counts.size >= 2 && top * 2 >= values.length;
}

/**
 * Whether a column could be names, before asking the analyzer (cheap): they differ from row to
 * row (a column repeating 男, 女 is not names), look like names, and are not headings (国語,
 * 数学: a timetable).
 */
export function mayBeNames(k: CompiledKind, cells: string[], labels: LabelMatcher): boolean {
  if (cells.length < 2) return false;
  const distinct = [...new Set(cells)];
  const candidates = distinct.filter((cell) => mayBeName(cell) && labels.ofCell(cell) === null).length;
  return distinct.length >= Math.min(3, cells.length) && candidates >= k.kind.share * distinct.length;
}

/** Whether the analyzer reads the column's first different cells as names, enough of them. */
export function isNameColumn(k: CompiledKind, cells: string[], names: Map<string, boolean>): boolean {
  const sample = [...new Set(cells)].slice(0, NAME_SAMPLE);
  return sample.filter((cell) => isPersonName(cell, names)).length >= k.kind.share * sample.length;
}

/** A number as written in a cell: 36.5, 3100, 12,400 (a yen sign before it is dropped). */
const NUMBER = /^[-+]?(\d{1,3}(?:,\d{3})+|\d{1,8})(?:\.(\d{1,4}))?$/;
const YEN = /^[¥\\]/;

function numberOf(k: CompiledKind, cell: string): number {
  return Number((k.units ? cell.replace(k.units, '') : cell).replace(YEN, '').replaceAll(',', ''));
}

/** Whether one cell (NFKC, trimmed) is a value of this kind. */
export function cellFits(k: CompiledKind, cell: string, ctx: Pick<ColumnContext, 'names' | 'year'>): boolean {
  const { kind } = k;
  if (kind.person) return mayBeName(cell) && isPersonName(cell, ctx.names);
  if (kind.sequence) return /^\d{1,4}$/.test(cell);
  if (kind.number) {
    // Most cells are not numbers at all: look at the first character before the pattern.
    const first = cell.charCodeAt(0);
    if (!(first >= 48 && first <= 57) && first !== 43 && first !== 45 && !YEN.test(cell)) return false;
    const m = NUMBER.exec((k.units ? cell.replace(k.units, '') : cell).replace(YEN, ''));
    if (!m) return false;
    const value = Number(m[0].replaceAll(',', ''));
    const { min, max, decimals, digits, multiple_of: step } = kind.number;
    return (
      value >= min &&
      value <= max &&
      decimals.includes(m[2]?.length ?? 0) &&
      (digits === undefined || digits.includes(m[1]!.length)) &&
      (step === undefined || value % step === 0)
    );
  }
  // A kind told by its words or by its shape (株式会社みなと精工 or みなと台中): either will do.
  if (k.words && cell.length <= kind.words!.max_chars && k.words.test(cell)) return true;
  if (k.pattern) return k.pattern.test(cell);
  if (k.words) return false;
  if (k.marks) return k.marks.has(cell);
  if (kind.detectors) {
    const only = kind.detectors.filter((d) => mayContain(d, cell));
    return only.length > 0 && detectPersonalData(cell, { only }).size > 0;
  }
  if (kind.dates) {
    const year = yearOf(cell);
    return year !== null && year <= ctx.year - kind.dates.min_years_ago && year >= ctx.year - 100;
  }
  if (kind.sentences) return cell.length >= kind.sentences.min_chars && /\p{sc=Hiragana}/u.test(cell);
  return false;
}

/**
 * 1, 2, 3 … : whole numbers going up by one to three (a pupil who left leaves a gap), starting
 * again from 1 for the next class of a grade-wide list.
 */
function isNumbering(cells: string[]): boolean {
  if (cells.length < 3) return false;
  let prev = -1;
  for (const cell of cells) {
    if (!/^\d{1,4}$/.test(cell)) return false;
    const n = Number(cell);
    const next = prev < 0 || (n > prev && n <= prev + 3) || (n <= 3 && prev >= 3);
    if (!next) return false;
    prev = n;
  }
  return Number(cells[0]) <= 3;
}

const ERA: Record<string, number> = {
  明治: 1867,
  大正: 1911,
  昭和: 1925,
  平成: 1988,
  令和: 2018,
  M: 1867,
  T: 1911,
  S: 1925,
  H: 1988,
  R: 2018,
};
const DATE =
  /^(?:(明治|大正|昭和|平成|令和|[MTSHR])\s?(\d{1,2}|元)\s?[年./]\s?\d{1,2}\s?[月./]\s?\d{1,2}日?|((?:19|20)\d{2})\s?[年/.-]\s?\d{1,2}\s?[月/.-]\s?\d{1,2}日?)$/;

/** The Western year of a date cell (平成24年4月2日 → 2012), or null. */
export function yearOf(cell: string): number | null {
  const m = DATE.exec(cell);
  if (!m) return null;
  if (m[3]) return Number(m[3]);
  return ERA[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2]));
}
