import { quotaOf } from '../config/index.js';
import { budgetOf } from '../scan/cloud/index.js';
import {
  driveScans,
  openStore,
  quotaUsage,
  type RunProgress,
  type ScanRunRow,
  type Store,
  scanRuns,
  toJst,
} from '../store/index.js';
import type { CloudSource } from './cloud-commands.js';
import { commandConfig } from './config.js';
import { EXIT } from './errors.js';
import { formatTable } from './format-table.js';
import type { ExitCode, Io } from './io.js';

/** 2026-11-29 21:13, in Japan's time. */
const jst = (iso: string | null) => toJst(iso)?.slice(0, 16).replace('T', ' ') ?? '';
const n = (value: number) => Math.round(value).toLocaleString('en-US');

const RUN_STATUS: Record<string, string> = {
  queued: '処理中 (queued for workers)',
  running: '実行中 (running)',
  done: '完了 (done)',
  partial: '一部失敗 (partial)',
  failed: '失敗 (failed)',
  interrupted: '中断 (interrupted)',
};

/** 3 時間 5 分, 2 日と 4 時間. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '不明';
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `約 ${minutes} 分`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `約 ${hours} 時間 ${minutes % 60} 分`;
  return `約 ${Math.floor(hours / 24)} 日と ${hours % 24} 時間`;
}

interface Budget {
  source: string;
  budget: string;
  perMinute: number;
  perDay: number;
  unit: string;
}

/** The budgets of the configured sources (MAMORU_CONFIG), else of the defaults for the environment. */
function budgets(): Budget[] {
  const config = commandConfig().file;
  const sources = (config?.sources ?? []).filter((s): s is CloudSource => s.type !== 'local');
  return sources.map((s) => {
    const q = quotaOf(s);
    return { source: s.type, budget: budgetOf(s), perMinute: q.per_minute, perDay: q.per_day, unit: q.unit };
  });
}

/**
 * How long the rest of a run takes: at the pace of the last ten minutes, and no sooner than the
 * source's budget allows for the files left (each costing what the files done so far cost).
 */
export function estimate(
  progress: RunProgress,
  budget: (Budget & { lastDay: number }) | undefined,
  windowMs = 600_000,
): { ms: number; byQuota: boolean } {
  const rate = progress.recent / windowMs;
  const byRate = progress.files.pending === 0 ? 0 : rate > 0 ? progress.files.pending / rate : Number.POSITIVE_INFINITY;
  if (!budget || progress.files.pending === 0) return { ms: byRate, byQuota: false };
  const units = progress.files.pending * Math.max(progress.callsPerFile, 0.01);
  let byQuota = (units / budget.perMinute) * 60_000;
  if (budget.perDay > 0) {
    const today = Math.max(0, budget.perDay - budget.lastDay);
    if (units > today) byQuota = Math.max(byQuota, Math.ceil((units - today) / budget.perDay) * 86_400_000);
  }
  return byQuota > byRate ? { ms: byQuota, byQuota: true } : { ms: byRate, byQuota: false };
}

/** The progress lines of one run: files and drives done, the pace, the estimated time left. */
async function progressText(store: Store, run: ScanRunRow, all: Budget[]): Promise<string> {
  const p = await driveScans.runProgress(store.db, run.id);
  if (p.drives.total === 0) return '';
  const budget = all.find((b) => b.source === run.source);
  const usage = budget ? await quotaUsage(store.db, budget.budget) : undefined;
  const percent = p.files.listed > 0 ? ` (${((p.files.done / p.files.listed) * 100).toFixed(1)}%)` : '';
  const lines = [
    `進み具合 (progress, run ${run.id}): ファイル ${n(p.files.done)} / ${n(p.files.listed)}${percent}、ドライブ ${p.drives.done + p.drives.failed} / ${p.drives.total} 完了${p.drives.listing > 0 ? `（一覧を取得中 ${p.drives.listing}: ファイル数はまだ増えます）` : ''}`,
  ];
  if (run.status === 'queued' || run.status === 'running') {
    lines.push(
      `  直近10分: ${(p.recent / 600).toFixed(1)} ファイル/秒、1ファイルあたりのダウンロード ${p.callsPerFile.toFixed(2)} 回`,
    );
    const eta = estimate(p, budget && usage ? { ...budget, lastDay: usage.lastDay } : undefined);
    lines.push(
      `  推定残り時間 (estimated time left): ${p.files.pending === 0 && p.drives.listing === 0 ? 'まもなく終わります' : duration(eta.ms)}${eta.byQuota ? '（クォータの上限による）' : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** What each source's budget has spent against its limits. */
async function quotaText(store: Store, all: Budget[]): Promise<string> {
  if (all.length === 0) return 'クォータ (quota): 設定ファイル (MAMORU_CONFIG) の sources で確認できます\n';
  const rows: string[][] = [];
  for (const b of all) {
    const used = await quotaUsage(store.db, b.budget);
    rows.push([
      b.source,
      `${n(used.lastMinute)} / ${n(b.perMinute)}`,
      b.perDay > 0 ? `${n(used.lastDay)} / ${n(b.perDay)}` : `${n(used.lastDay)} (上限なし)`,
      b.unit,
    ]);
  }
  return `クォータ (quota used / budget: units taken from the budget, up to 20 more per process than its requests spent):\n${formatTable(['対象', '直近1分', '直近24時間', '単位'], rows)}\n`;
}

/** `mamoru scan status`: the latest runs, the progress of the latest, the quota used and the time left. */
export async function scanStatusCommand(io: Io): Promise<ExitCode> {
  const store = await openStore(commandConfig().store);
  try {
    await scanRuns.interruptAbandonedRuns(store.db);
    const runs = await scanRuns.recentRuns(store.db, 10);
    if (runs.length === 0) {
      io.stdout('クラウドのスキャンはまだ実行されていません (no scan runs yet)\n');
      return EXIT.ok;
    }
    const rows = runs.map((r) => [
      jst(r.started_at),
      r.source,
      RUN_STATUS[r.status] ?? r.status,
      jst(r.finished_at),
      Number(r.drives_total) > 0 ? `${r.drives_done}/${r.drives_total}` : '',
      r.id,
    ]);
    io.stdout(`${formatTable(['開始 (JST)', '対象', '状態', '終了', 'ドライブ', 'run'], rows)}\n\n`);
    const all = budgets();
    const current = runs.find((r) => r.status === 'queued' || r.status === 'running') ?? runs[0]!;
    io.stdout(await progressText(store, current, all));
    io.stdout(await quotaText(store, all));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** Follows a run split into jobs until the workers are done with it, with its progress on the way. */
export async function waitForRun(store: Store, runId: string, io: Io): Promise<ScanRunRow> {
  let last = 0;
  for (;;) {
    const run = await store.db.selectFrom('scan_runs').selectAll().where('id', '=', runId).executeTakeFirstOrThrow();
    if (run.status !== 'queued' && run.status !== 'running') {
      if (io.isTTY) io.stderr('\n');
      return run;
    }
    if (Date.now() - last > (io.isTTY ? 1000 : 30_000)) {
      last = Date.now();
      const p = await driveScans.runProgress(store.db, runId, 60_000);
      const line = `ファイル ${n(p.files.done)} / ${n(p.files.listed)}、ドライブ ${p.drives.done} / ${p.drives.total}、${(p.recent / 60).toFixed(1)} ファイル/秒`;
      if (io.isTTY) io.stderr(`\r${line}   `);
      else io.stderr(`${line}\n`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
