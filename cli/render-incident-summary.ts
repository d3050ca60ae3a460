import { escapeHtml as h } from '../scan/report/escape-html.js';
import { REPORT_CSS } from '../scan/report/report-styles.js';
import { type Bar, svgBars } from '../scan/report/svg-bars.js';
import type { IncidentRecord } from '../store/index.js';

const OPEN = 'var(--i)';
const CLOSED = 'var(--iv)';
/** How long a report's text runs in the table; the CSV and JSON exports have all of it. */
const SHOWN = 300;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Open and closed reports per label (a kind, a school), the most first. */
function countBars(rows: IncidentRecord[], labelsOf: (r: IncidentRecord) => string[]): Bar[] {
  const counts = new Map<string, { open: number; closed: number }>();
  for (const r of rows) {
    for (const label of labelsOf(r)) {
      const c = counts.get(label) ?? { open: 0, closed: 0 };
      c[r.status === 'closed' ? 'closed' : 'open']++;
      counts.set(label, c);
    }
  }
  return [...counts]
    .sort((a, b) => b[1].open + b[1].closed - (a[1].open + a[1].closed))
    .slice(0, 20)
    .map(([label, c]) => ({
      label,
      segments: [
        { value: c.open, color: OPEN, name: '対応中' },
        { value: c.closed, color: CLOSED, name: '対応完了' },
      ],
    }));
}

function acknowledgeBars(rows: IncidentRecord[]): Bar[] {
  const buckets: [string, (m: number | null) => boolean][] = [
    ['10分以内', (m) => m !== null && m <= 10],
    ['30分以内', (m) => m !== null && m > 10 && m <= 30],
    ['1時間以内', (m) => m !== null && m > 30 && m <= 60],
    ['1時間を超えた', (m) => m !== null && m > 60],
    ['まだ受領なし', (m) => m === null],
  ];
  return buckets.map(([label, test]) => ({
    label,
    segments: [
      {
        value: rows.filter((r) => test(r.minutes_to_acknowledge)).length,
        color: label === 'まだ受領なし' ? OPEN : 'var(--iii)',
        name: label,
      },
    ],
  }));
}

function timeline(r: IncidentRecord): string {
  return `<ul class="reasons">${r.timeline
    .map(
      (e) =>
        `<li>${h(e.at.slice(0, 16).replace('T', ' '))} ${h(e.event_label)}${e.step_label ? ` ${h(e.step_label)}` : ''}${e.by ? `（${h(e.by)}）` : ''}</li>`,
    )
    .join('')}</ul>`;
}

function row(r: IncidentRecord): string {
  const what = r.what.length > SHOWN ? `${r.what.slice(0, SHOWN)}…` : r.what;
  const closed =
    r.status === 'closed'
      ? `<br><strong>原因:</strong> ${h(r.cause ?? '')}<br><strong>再発防止策:</strong> ${h(r.prevention ?? '')}`
      : '';
  return `<tr${r.status === 'open' ? ' class="open"' : ''}><td>${h(r.reported_at.slice(0, 16).replace('T', ' '))}</td><td>${h(r.school ?? '—')}<br>${h(r.reporter)}</td><td>${h(r.kind_labels || '—')}</td><td>${r.class ? `<span class="cls cls-${h(r.class)}">${h(r.class_label ?? r.class)}</span>` : '不明'}</td><td>${h(r.status_label)}${r.minutes_to_acknowledge !== null ? `<br>受領まで ${r.minutes_to_acknowledge} 分` : '<br>未受領'}</td><td>${h(what)}${closed}</td><td>${timeline(r)}</td></tr>`;
}

/**
 * The incidents of a period as one printable HTML page for the board: counts by kind and school
 * (inline SVG), how fast reports were acknowledged, and every report, open ones first, with its
 * timeline. The reports' texts are as their reporters typed them: the page is a record to keep
 * like the information it may name.
 */
export function renderIncidentSummary(rows: IncidentRecord[], about: { period: string; board: string }): string {
  const open = rows.filter((r) => r.status === 'open');
  const acked = rows.map((r) => r.minutes_to_acknowledge).filter((m): m is number => m !== null);
  const overdue = rows.filter((r) => r.overdue > 0).length;
  const ordered = [...open].reverse().concat(rows.filter((r) => r.status !== 'open').reverse());
  const med = median(acked);
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>情報セキュリティインシデントの記録 ${h(about.period)}</title><style>${REPORT_CSS}
tr.open td:first-child { border-left: 4px solid var(--i); }
</style></head>
<body>
<h1>情報セキュリティインシデントの記録</h1>
<div class="meta">${h(about.board)} ・ 期間 ${h(about.period)}（日本時間）</div>
<div class="cards">
  <div class="card"><div>報告</div><div class="n">${rows.length}</div></div>
  <div class="card${open.length ? ' alert' : ''}"><div>対応中</div><div class="n">${open.length}</div></div>
  <div class="card"><div>受領までの時間（中央値）</div><div class="n">${med === null ? '—' : `${med} 分`}</div></div>
  <div class="card${overdue ? ' alert' : ''}"><div>期限内に受領されなかった報告</div><div class="n">${overdue}</div></div>
</div>
<div class="legend"><span><i style="background:${OPEN}"></i>対応中</span><span><i style="background:${CLOSED}"></i>対応完了</span></div>
<h2>種類ごとの件数</h2>
${
  rows.length
    ? svgBars(
        '種類ごとの件数',
        countBars(rows, (r) => (r.kind_labels ? r.kind_labels.split(' / ') : ['（種類なし）'])),
      )
    : '<p>ありません。</p>'
}
<h2>学校ごとの件数</h2>
${
  rows.length
    ? svgBars(
        '学校ごとの件数',
        countBars(rows, (r) => [r.school ?? '（学校なし）']),
      )
    : '<p>ありません。</p>'
}
<h2>受領までの時間</h2>
${rows.length ? svgBars('受領までの時間', acknowledgeBars(rows)) : '<p>ありません。</p>'}
<h2>報告の一覧（対応中を先に）</h2>
${rows.length ? `<table><thead><tr><th>報告日時</th><th>学校・報告者</th><th>種類</th><th>分類</th><th>状態</th><th>何が起きたか</th><th>経過</th></tr></thead><tbody>\n${ordered.map(row).join('\n')}\n</tbody></table>` : '<p>この期間の報告はありません。</p>'}
<p class="meta">報告の内容は報告者が入力したとおりです（記録に必要なため保存しています）。個人情報を含むことがあるため、元の情報と同じ分類で取り扱ってください。全文は mamoru incidents export --format csv|json で確認できます。</p>
</body></html>
`;
}
