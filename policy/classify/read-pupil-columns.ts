import type { ClassifySettings } from '../schema.js';
import type { CompiledKind } from './read-columns.js';

/**
 * Where a table has no names, the column that stands for the pupil (pack.yaml
 * `classify.pupil_columns`): 出席番号 or 年-組-番 beside scores or symptoms is someone the school knows
 * as surely as by name, so it counts as the person kind in every signal.
 */
export interface PupilColumns {
  /** Folded headings (出席番号, 年組番; 学年 | 組 | 番号 side by side fold to 学年組番号). */
  headers: Set<string>;
  /** Folded headings that stand for the pupil when the file names a single class (番号). */
  oneClass: Set<string>;
  /** The column kind of pupils' codes (2-3-15), read with no heading by their last numbers. */
  code: string | null;
  /** Folded headings naming the persons (生徒, 児童) that codes may stand under. */
  codeHeaders: Set<string>;
  lastAtLeast: number;
  /** Under a one-class heading, numbers running 1 … n with n at least this are a class's roll. */
  rollAtLeast: number | null;
}

type Settings = NonNullable<ClassifySettings>['pupil_columns'];

export function compilePupilColumns(settings: Settings): PupilColumns | null {
  if (!settings) return null;
  return {
    headers: new Set(settings.headers.map(foldHeading)),
    oneClass: new Set(settings.one_class_headers.map(foldHeading)),
    code: settings.code ?? null,
    codeHeaders: new Set(settings.code_headers.map(foldHeading)),
    lastAtLeast: settings.last_at_least,
    rollAtLeast: settings.roll_at_least ?? null,
  };
}

/** A heading folded for comparison: NFKC, no spaces, dots or dashes, lower case (年・組・番 → 年組番). */
export function foldHeading(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/[\s・･.\-‐－/／]/gu, '')
    .toLowerCase();
}

/** A class named in a file (3年2組, ３年２組). */
const CLASS = /([1-9])\s*年\s*(\d{1,2})\s*組/gu;

/**
 * A class written the short way in a file's name, 学年-組 as a word of its own (5-3_体積.csv,
 * kokoro_4-1.csv, 家庭訪問記録_2-1.doc) or before the word that says what of it the file holds
 * (2学期中間_2-3素点.xlsx): after a separator, not part of a longer number (2-3-15, 2026-05-03),
 * nor a range of terms, months or times (1-2学期, 4-6月).
 */
const CLASS_IN_NAME =
  /(?:^|[_\s(（【[])([1-9])-(\d{1,2})(?=[_\s)）】\].]|$|(?![学月年日回号時章頁期週限次部])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

/** Whether a file names exactly one class (「3年2組 1学期期末 数学」, 5-3_体積.csv), in its name or its first lines. */
export function namesOneClass(name: string, text: string): boolean {
  const found = new Set<string>();
  for (const m of `${name}\n${text.slice(0, 2000)}`.normalize('NFKC').matchAll(CLASS)) found.add(`${m[1]}-${Number(m[2])}`);
  for (const m of name.normalize('NFKC').matchAll(CLASS_IN_NAME)) found.add(`${m[1]}-${Number(m[2])}`);
  return found.size === 1;
}

export interface PupilTable {
  /** The header row's cells, or none when the row taken for it is data. */
  headings: string[] | null;
  kinds: (CompiledKind | null)[];
  /** A column's filled cells (NFKC, trimmed), the header row's aside. */
  cellsOf: (column: number) => string[];
  /** Each row's cells of some columns joined (学年 | 組 | 番 → 3-2-19), rows with none of them aside. */
  keysOf?: (columns: number[]) => string[];
  oneClass: boolean;
}

/** The column that stands for the pupil, or -1: by its heading, or a headless column of pupils' codes. */
export function pupilColumn(p: PupilColumns, t: PupilTable): number {
  const width = Math.max(t.kinds.length, t.headings?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const cells = t.cellsOf(c);
    if (cells.length < 2) continue;
    const code = p.code !== null && t.kinds[c]?.kind.id === p.code;
    const heading = headingAt(t.headings, c);
    if (code && (heading === '' || p.headers.has(heading) || p.oneClass.has(heading) || p.codeHeaders.has(heading))) {
      if (reachesPupil(cells, p.lastAtLeast)) return c;
      continue;
    }
    if (code) continue;
    // Pupils by their dotted initials (N.M., H・T), as a record that must not name them writes them.
    if (cells.length >= MIN_INITIALS && cells.filter((cell) => INITIALS.test(cell)).length >= 0.8 * cells.length) return c;
    if (p.oneClass.has(heading) && isRoll(cells, p.rollAtLeast)) return c;
    const joined = t.headings ? foldHeading(t.headings.slice(Math.max(0, c - 2), c + 1).join('')) : '';
    // 学年 | 組 | 番 side by side: a whole school's pupils repeat their 番 from class to class, not
    // the three together.
    if (!p.headers.has(heading) && p.headers.has(joined) && t.keysOf) {
      if (mostlyDistinct(t.keysOf([c - 2, c - 1, c].filter((k) => k >= 0)))) return c;
      continue;
    }
    if (!mostlyDistinct(cells)) continue;
    if (p.headers.has(heading) || p.headers.has(joined) || (t.oneClass && p.oneClass.has(heading))) return c;
  }
  return -1;
}

/** A person's dotted initials: N.M., H・T, K. N. */
const INITIALS = /^[A-Z][.・．]\s?[A-Z][.．]?$/u;
/** Fewest rows of initials that make a column of pupils. */
const MIN_INITIALS = 3;

function headingAt(headings: string[] | null, c: number): string {
  return headings ? foldHeading(headings[c] ?? '') : '';
}

/** 2-3-15 ends with a pupil's number; 1-1-3 with a question's. */
function reachesPupil(cells: string[], least: number): boolean {
  const last = cells.map((cell) => Number(/(\d+)\D*$/.exec(cell)?.[1] ?? Number.NaN)).filter((n) => !Number.isNaN(n));
  return last.length >= 2 && Math.max(...last) >= least;
}

/** A pupil's number differs from row to row (a class column 1, 1, 2, 2 does not). */
function mostlyDistinct(cells: string[]): boolean {
  return new Set(cells).size >= 0.8 * cells.length;
}

/**
 * 1, 2, 3 … n in order, with n at least `least`: the pupils of a class by their 出席番号, or of
 * several classes one after another (1 … 30, 1 … 28).
 */
function isRoll(cells: string[], least: number | null): boolean {
  if (least === null || cells.length < least) return false;
  let last = 0;
  let top = 0;
  for (const cell of cells) {
    const n = /^\d{1,3}$/.test(cell) ? Number(cell) : Number.NaN;
    if (n !== last + 1 && !(n === 1 && last >= least)) return false;
    last = n;
    top = Math.max(top, n);
  }
  return top >= least;
}
