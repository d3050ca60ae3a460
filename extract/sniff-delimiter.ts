import type { Format } from './types.js';

const SAMPLE_LINES = 30;
const MIN_LINES = 3;
const SHARE = 0.8;
const CANDIDATES = [',', '\t', ';'] as const;

/** How many times the delimiter splits most lines, and the share of lines split so. */
function consistency(lines: string[], delimiter: string): { count: number; share: number } {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const n = line.split(delimiter).length - 1;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = { count: 0, lines: 0 };
  for (const [count, n] of counts) if (count > 0 && n > best.lines) best = { count, lines: n };
  return { count: best.count, share: best.lines / Math.max(1, lines.length) };
}

/**
 * The delimiter a text file's table is written with, or null when it is not a table: a .csv saved
 * by Excel as 「Unicode テキスト」 is tab-separated and a European one uses ;, a .txt export of a
 * log is tab-separated. A delimiter counts when it splits most of the first lines alike; a .csv or
 * .tsv falls back to its own, a .txt is a table only with tabs (commas are prose's).
 *
 * @example sniffDelimiter('日付\t氏名\t部位\n6/2\t山田 太郎\t右ひざ\n6/3\t佐藤 花子\t左手首', 'txt') // '\t'
 */
export function sniffDelimiter(raw: string, format: Format): string | null {
  if (format !== 'csv' && format !== 'tsv' && format !== 'txt') return null;
  const own = format === 'tsv' ? '\t' : format === 'csv' ? ',' : null;
  const lines = raw
    .slice(0, 64 * 1024)
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, SAMPLE_LINES);
  const allowed = format === 'txt' ? ['\t'] : CANDIDATES.filter((d) => d !== ';' || own === ',');
  const fits = (d: string) => {
    const c = consistency(lines, d);
    return lines.length >= MIN_LINES && c.count > 0 && c.share >= SHARE;
  };
  if (own && fits(own)) return own;
  const found = allowed.find((d) => d !== own && fits(d));
  return found ?? own;
}
