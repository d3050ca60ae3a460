import { parseArgs } from 'node:util';
import { DEFAULT_POLICY, getPack, listPackIds } from '../policy/index.js';
import { type IncidentRecord, incidentRecords, incidentsToCsv } from '../store/index.js';
import { EXIT, UsageError } from './errors.js';
import { formatTable } from './format-table.js';
import type { ExitCode, Io } from './io.js';
import { renderIncidentSummary } from './render-incident-summary.js';
import { withStore } from './store-commands.js';

export const INCIDENTS_HELP = `使い方 (usage):
  npx mamoru incidents list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status open|closed]
      報告されたインシデントの一覧 (対応中を先に; open ones first)
  npx mamoru incidents export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status open|closed] [--format csv|json|html] [--out FILE]
      記録を書き出す: 報告の内容 (報告者が入力したとおり)、連絡の経過 (報告・連絡・受領・転送・対応完了)、原因と再発防止策。
      時刻は日本時間 (+09:00)。CSV は Excel で開けるよう BOM 付き UTF-8。html は教育委員会向けの印刷できる集計
      (種類・学校ごとの件数、受領までの時間、一覧)。期間の既定はすべて (すべての報告)。
データベース: DATABASE_URL (postgres://…) があれば PostgreSQL、なければ MAMORU_DATA_DIR (既定 ./data) の SQLite
`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period asked for; without --from or --to, every report (a clock set ahead, as in tests, included). */
function range(values: { from?: string; to?: string }): { from: string; to: string } {
  const from = values.from ?? '2000-01-01';
  const to = values.to ?? '9999-12-31';
  for (const [flag, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
      throw new UsageError(`${flag} には YYYY-MM-DD の日付を指定してください (e.g. ${flag} 2026-04-01)`);
  }
  if (from > to) throw new UsageError(`--from (${from}) が --to (${to}) より後です。--from は --to 以前の日付にしてください`);
  return { from, to };
}

/** Open ones first (newest first among them), then the closed ones, newest first. */
const openFirst = (rows: IncidentRecord[]) =>
  [...rows].sort((a, b) => (a.status === b.status ? b.reported_at.localeCompare(a.reported_at) : a.status === 'open' ? -1 : 1));

/**
 * `mamoru incidents list|export`: the incidents reported in chat, with their timelines, for the
 * board (CSV with a BOM, JSON, or a printable HTML summary).
 */
export async function incidentsCommand(args: string[], io: Io): Promise<ExitCode> {
  if (args[0] === 'help' || args.some((a) => a === '--help' || a === '-h')) {
    io.stdout(INCIDENTS_HELP);
    return EXIT.ok;
  }
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'export')
    throw new UsageError(`incidents のサブコマンドは list か export です。\n\n${INCIDENTS_HELP}`);
  const { values } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      format: { type: 'string', default: sub === 'export' ? 'csv' : 'table' },
      out: { type: 'string' },
    },
  });
  const period = range(values);
  if (values.status !== undefined && values.status !== 'open' && values.status !== 'closed')
    throw new UsageError('--status は open か closed です');
  const status = values.status as 'open' | 'closed' | undefined;
  const rows = await withStore((store) => incidentRecords(store.db, period.from, period.to, status ? { status } : {}));
  if (sub === 'list') {
    if (rows.length === 0) {
      io.stdout('この期間のインシデントの報告はありません (no incidents in this period).\n');
      return EXIT.ok;
    }
    io.stdout(
      `${formatTable(
        ['報告日時', '学校', '種類', '分類', '状態', '受領まで', '報告者'],
        openFirst(rows).map((r) => [
          r.reported_at.slice(0, 16).replace('T', ' '),
          r.school ?? '—',
          r.kind_labels || '—',
          r.class_label ?? '不明',
          r.status_label,
          r.minutes_to_acknowledge === null ? '未受領' : `${r.minutes_to_acknowledge} 分`,
          r.reporter,
        ]),
      )}\n`,
    );
    return EXIT.ok;
  }
  let text: string;
  if (values.format === 'csv') text = incidentsToCsv(rows);
  else if (values.format === 'json') text = `${JSON.stringify(rows, null, 2)}\n`;
  else if (values.format === 'html') {
    const policies = rows.length > 0 ? [...new Set(rows.map((r) => r.policy))] : [DEFAULT_POLICY];
    const boards = policies.map((id) => (listPackIds().includes(id) ? getPack(id).meta.board.ja : id));
    text = renderIncidentSummary(rows, {
      period: values.from || values.to ? `${values.from ?? '…'}〜${values.to ?? '…'}` : 'すべての期間',
      board: boards.join('・'),
    });
  } else throw new UsageError('--format は csv, json, html のどれかです');
  if (values.out) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(values.out, text);
    io.stderr(`${rows.length} 件を ${values.out} に書き出しました。\n`);
  } else io.stdout(text);
  return EXIT.ok;
}
