import { escapeHtml } from './escape-html.js';

export interface Bar {
  label: string;
  segments: { value: number; color: string; name: string }[];
}

/**
 * A horizontal bar chart as inline SVG (no script, prints as drawn): one row per bar, stacked
 * segments, the total at the end. Labels are escaped.
 */
export function svgBars(title: string, bars: Bar[], width = 640): string {
  const rowHeight = 28;
  const labelWidth = 200;
  const chartWidth = width - labelWidth - 60;
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const height = bars.length * rowHeight + 10;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 5;
    let x = labelWidth;
    const rects = bar.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = Math.max(2, (s.value / max) * chartWidth);
        const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${s.color}"><title>${escapeHtml(`${bar.label}: ${s.name} ${s.value}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const total = bar.segments.reduce((n, s) => n + s.value, 0);
    const label = bar.label.length > 18 ? `${bar.label.slice(0, 17)}…` : bar.label;
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>${rects}<text x="${(x + 6).toFixed(1)}" y="${y + 15}">${total}</text>`;
  });
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg" font-size="13">${rows.join('')}</svg>`;
}
