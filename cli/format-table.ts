import stringWidth from 'string-width';

/**
 * Rows of cells lined up by display width (Japanese characters take two columns), two spaces
 * between columns; the last column is left as it is.
 *
 * @example formatColumns([['ask', '質問に答える', 'npx mamoru ask …']])
 */
export function formatColumns(rows: string[][], indent = ''): string[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: count }, (_, i) => Math.max(0, ...rows.map((r) => stringWidth(r[i] ?? ''))));
  return rows.map(
    (cells) =>
      indent +
      cells
        .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i]! - stringWidth(cell))))
        .join('  ')
        .trimEnd(),
  );
}

/**
 * A plain-text table that lines up Japanese (double-width) and English text alike.
 *
 * @example formatTable(['分類', 'item'], [['Ⅱ', '通知表']])
 */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  const [head, ...body] = formatColumns([header, ...rows]);
  return [head, widths.map((w) => '-'.repeat(w)).join('  '), ...body].join('\n');
}
