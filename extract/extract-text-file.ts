import { parse } from 'csv-parse/sync';
import { decodeText } from './decode-text.js';
import { htmlToText } from './html-to-text.js';
import { sniffDelimiter } from './sniff-delimiter.js';
import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Extracted, ExtractLimits, Format, Table } from './types.js';

/** CSV, TSV, plain text, Markdown and HTML in UTF-8 (BOM or not), Shift_JIS or EUC-JP. */
export function extractTextFile(data: Uint8Array, format: Format, limits: ExtractLimits): Extracted {
  const charsetHint =
    format === 'html'
      ? /charset\s*=\s*["']?([\w-]+)/i.exec(Buffer.from(data.subarray(0, 2048)).toString('latin1'))?.[1]
      : undefined;
  const { text: raw, encoding } = decodeText(data, charsetHint);
  const base = {
    format,
    encoding,
    headings: [] as string[],
    properties: {} as Record<string, string>,
    headerFooter: [],
    labels: [],
  };
  if (format === 'html') {
    const html = htmlToText(raw, limits.maxTextChars);
    return { ...base, ...html };
  }
  const sink = new TextSink(limits.maxTextChars);
  const tables: Table[] = [];
  const delimiter = sniffDelimiter(raw, format);
  if (delimiter) {
    const rows = parseRows(raw.slice(0, limits.maxTextChars), delimiter);
    for (const row of rows) sink.push(row.join('\t'));
    if (raw.length > limits.maxTextChars) sink.truncated = true;
    if (rows.length > 0) tables.push({ rows, headerRow: guessHeaderRow(rows) });
  } else {
    for (const line of raw.slice(0, limits.maxTextChars + 1).split(/\r?\n|\r/)) sink.push(line);
    if (raw.length > limits.maxTextChars) sink.truncated = true;
    if (format === 'md') base.headings.push(...sink.lines.filter((l) => /^#{1,3}\s/.test(l)).map((l) => l.replace(/^#+\s*/, '')));
  }
  return { ...base, text: sink.text(), tables, truncated: sink.truncated };
}

function parseRows(text: string, delimiter: string): string[][] {
  try {
    return (
      parse(text, {
        delimiter,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        bom: true,
      }) as string[][]
    ).map((row) => row.map((cell) => cell.trim()));
  } catch {
    // A broken quote still leaves readable lines: split them plainly.
    return text
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((line) => line.split(delimiter).map((c) => c.trim()));
  }
}
