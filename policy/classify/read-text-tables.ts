import { isSentence } from './match-labels.js';

const MAX_LINES = 3000;
const MAX_LINE = 300;
const MIN_RUN = 3;
const JA_WORD = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{1,8}$/u;

/**
 * Tables flattened into text (a PDF's text layer, a .txt export): runs of at least three lines that
 * split at spaces or tabs into the same number of cells (or one fewer: an empty last cell), each line with a cell that is not a
 * Japanese word (a number, a mark, a phone number) and none a sentence, so prose (a numbered list
 * of instructions) is not taken for a table. Two
 * Japanese words in a row are one cell (山田 太郎).
 *
 * @example readTextTables('1 山田 太郎 85 90\n2 佐藤 花子 70 88\n3 鈴木 一郎 92 75') // one table, 3 rows × 4 cells
 */
export function readTextTables(nfkc: string): TextTable[] {
  const tables: TextTable[] = [];
  let run: string[][] = [];
  // The line of words just before a run, as many as its cells, is its header row (番号 得点 順位).
  let head: string[] | null = null;
  let words: string[] | null = null;
  // The lines before a run: a title over it (「別表 校内成績一覧」) names what the table is.
  let before: string[] = [];
  let lines: string[] = [];
  const close = () => {
    if (run.length >= MIN_RUN) {
      // A row whose last cell was left empty (備考) is flattened one cell short: it is padded back.
      const width = run[0]!.length;
      const rows = run.map((row) => (row.length < width ? [...row, ''] : row));
      const headed = head?.length === width;
      const title = titleOf(before.at(headed ? -2 : -1));
      tables.push({ rows: headed ? [head!, ...rows] : rows, headerRow: 0, ...(title ? { title } : {}) });
    }
    run = [];
  };
  for (const line of nfkc.split('\n', MAX_LINES)) {
    // A line that lists persons with their values (「濱田 凛 45点→78点、松本 彩葉 52点→60点、…」) is a table of its own.
    const listed = line.length <= MAX_LINE ? listRows(line) : null;
    if (listed) {
      close();
      tables.push({ rows: listed, headerRow: -1 });
      words = null;
      continue;
    }
    const cells = line.length <= MAX_LINE ? cellsOf(line) : null;
    if (!cells || (run.length > 0 && !sameWidth(run, cells.length))) close();
    if (cells) {
      if (run.length === 0) {
        head = words;
        before = lines;
      }
      run.push(cells);
    }
    words = headings(line);
    if (line.trim() !== '') lines = [...lines.slice(-1), line.trim()];
  }
  close();
  return tables;
}

/** A table flattened into text, with the line over it that may be its title. */
export interface TextTable {
  rows: string[][];
  headerRow: number;
  title?: string;
}

const MAX_TITLE = 60;

/** A short line that is no sentence and no row of values (no cell a number): a title (「参考資料：前年度 通知表評価」). */
function titleOf(line: string | undefined): string | undefined {
  if (!line || line.length > MAX_TITLE || line.includes('\t') || /[。！？]/.test(line) || isSentence(line)) return undefined;
  return line.split(/\s+/).some((cell) => /^[\d.,:\-/%]+$/.test(cell)) ? undefined : line;
}

/** Rows at least this wide may be flattened one cell short (an empty last cell: 備考). */
const MIN_RAGGED = 4;

/** Whether a line of cells goes on a run: as many cells as its first row, or one fewer (an empty last cell). */
function sameWidth(run: string[][], n: number): boolean {
  const width = run[0]!.length;
  return n === width || (n === width - 1 && width >= MIN_RAGGED);
}

/** A line of short words split at spaces or tabs (番号 得点 順位): a table's header row, or null. */
function headings(line: string): string[] | null {
  const tokens = line.trim().split(/[ \t]+/);
  return tokens.length >= 2 && tokens.length <= 40 && tokens.every((t) => JA_WORD.test(t) || /^[A-Za-z]{1,8}$/.test(t))
    ? tokens
    : null;
}

/** Words, then numbers with their units (「濱田 凛 45点→78点」, 「松本 彩葉：52点」): one person's values in a list. */
const LISTED =
  /^([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{1,8}(?:[ \u3000][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{1,8})?)[ \u3000]*[:：]?[ \u3000]*(\d{1,3}(?:\.\d)?[点%]?(?:[ \u3000]*(?:→|->|⇒|\/)?[ \u3000]*\d{1,3}(?:\.\d)?[点%]?){0,5})$/u;

/**
 * A line that lists at least three persons, each with numbers (「…：濱田 凛 45点→78点、松本 彩葉 52点→60点、
 * 石原 蒼 30点→41点。」), as a note or a slide writes a few pupils' scores: the rows of a table,
 * one per person, read by their values as any table is. A lead-in up to a colon is dropped.
 */
function listRows(line: string): string[][] | null {
  const body = line
    .trim()
    .replace(/^[^、,，;；]{1,40}[:：](?=[^:：]*[、,，;；])/u, '')
    .replace(/[。.]$/u, '');
  const parts = body.split(/[、,，;；]/u).map((p) => p.trim());
  if (parts.length < MIN_RUN) return null;
  const rows: string[][] = [];
  for (const part of parts) {
    const m = LISTED.exec(part);
    if (!m) return null;
    rows.push([m[1]!, ...(m[2]!.match(/\d{1,3}(?:\.\d)?[点%]?/gu) ?? [])]);
  }
  const width = rows[0]!.length;
  return rows.every((row) => row.length === width) && new Set(rows.map((row) => row[0])).size === rows.length ? rows : null;
}

/** Values in brackets after a name (「西田 千尋（数学 35点・英語 28点）」): a row of cells written as a list. */
const BRACKETED = /[(（]([^()（）]*\d[^()（）]*[・、,，][^()（）]*\d[^()（）]*)[)）]/g;

function cellsOf(raw: string): string[] | null {
  const line = raw.replace(BRACKETED, (_, inner: string) => ` ${inner.replace(/[・、,，]/g, ' ')} `);
  if (!line.includes(' ') && !line.includes('\t')) return null;
  const tokens = line.trim().split(/[ \t]+/);
  if (tokens.length < 2) return null;
  const cells: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next && JA_WORD.test(token) && JA_WORD.test(next)) {
      cells.push(`${token} ${next}`);
      i++;
    } else cells.push(token);
  }
  if (cells.some(isSentence)) return null;
  return cells.length >= 2 && cells.length <= 40 && cells.some((cell) => !JA_WORD.test(cell)) ? cells : null;
}
