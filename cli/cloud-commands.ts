import { parseArgs } from 'node:util';
import { defaultLogger } from '../bot/start-bot.js';
import { digestRouteOf, loadConfig, type MamoruConfig, type SourceConfig } from '../config/index.js';
import { getPack } from '../policy/index.js';
import {
  type CloudScanResult,
  connectorFor,
  enqueueCloudScan,
  runCloudScan,
  startQueue,
  workCloudScans,
} from '../scan/cloud/index.js';
import { anchorHead, openStore, readHead, type ScanRunRow, scanRuns, startAnchoring, toJst } from '../store/index.js';
import { auditFromEnv } from './audit-env.js';
import { commandLogger } from './command-log.js';
import { EXIT, envLeases, UsageError } from './errors.js';
import { formatTable } from './format-table.js';
import type { ExitCode, Io } from './io.js';

type CloudSource = Exclude<SourceConfig, { type: 'local' }>;

/** The configured source of this type, or one built from the environment alone. */
function sourceOf(config: MamoruConfig | undefined, type: 'graph' | 'google'): { index: number; source: CloudSource } {
  const index = config?.sources.findIndex((s) => s.type === type) ?? -1;
  if (config && index >= 0) return { index, source: config.sources[index] as CloudSource };
  if (type === 'graph')
    return { index: -1, source: { type: 'graph', base_url: 'https://graph.microsoft.com/v1.0', sites: true, labels: false } };
  const admin = process.env.MAMORU_GOOGLE_ADMIN_EMAIL;
  if (!admin)
    throw new UsageError(
      'Google Drive のスキャンには MAMORU_GOOGLE_ADMIN_EMAIL（または設定ファイルの sources: - type: google）が必要です',
    );
  return { index: -1, source: { type: 'google', admin_email: admin, customer: 'my_customer', labels: false } };
}

/**
 * `mamoru scan --source graph|google`: in the default mode the run happens here, with progress;
 * with DATABASE_URL it is split into one job per drive for `mamoru worker` processes.
 */
export async function cloudScanCommand(type: 'graph' | 'google', args: string[], io: Io): Promise<ExitCode> {
  parseArgs({ args, options: { source: { type: 'string' } } });
  const config = process.env.MAMORU_CONFIG ? loadConfig(process.env.MAMORU_CONFIG) : undefined;
  const { index, source } = sourceOf(config, type);
  const connector = connectorFor(source);
  const leases = envLeases();
  const log = commandLogger();
  const audit = auditFromEnv();
  const store = await openStore(audit.key ? { auditKey: audit.key } : {});
  try {
    if (store.engine === 'postgres') {
      const boss = await startQueue(process.env.DATABASE_URL!, log);
      const { runId, drives, interrupted } = await enqueueCloudScan({ boss, store, connector, source: Math.max(index, 0) });
      await boss.stop({ graceful: true, wait: true });
      io.stdout(interruptedText(interrupted));
      io.stdout(`スキャンを ${drives} 件のジョブに分けました (run ${runId}: ${drives} drive jobs queued for mamoru worker)\n`);
      return EXIT.ok;
    }
    const result = await runCloudScan({
      store,
      pack: getPack(config?.policy),
      connector,
      log,
      maxBytes: (config?.scan.max_download_mb ?? 20) * 1_000_000,
      concurrency: config?.scan.concurrency ?? 4,
      ocr: config?.scan.ocr,
      route: digestRouteOf(config),
      leaseMs: leases.scanMs,
      onDrive: io.isTTY
        ? (done, total, drive) =>
            io.stderr(
              `\r[${'#'.repeat(Math.round((done / total) * 30)).padEnd(30)}] ${done}/${total} ${drive.name.slice(0, 40).padEnd(40)}`,
            )
        : undefined,
    });
    if (io.isTTY) io.stderr('\n');
    await anchorHead(store.db, { file: audit.anchorFile, log });
    io.stdout(interruptedText(result.interrupted));
    io.stdout(cloudScanSummary(type, result));
    return result.failedDrives > 0 ? EXIT.internal : EXIT.ok;
  } finally {
    await store.close();
  }
}

/** What a cloud scan found, as `mamoru scan --source graph|google` (and `npm run demo:cloud`) says it. */
export function cloudScanSummary(
  type: string,
  result: Omit<CloudScanResult, 'interrupted' | 'runId'>,
  sentBy = 'mamoru serve が送ります',
): string {
  return (
    `${type}: ${result.drives} ドライブ, ${result.items} ファイル, ダウンロード ${result.downloads}, API 呼び出し ${result.apiCalls}\n` +
    `  新たに見つかった分類Ⅰ・Ⅱのファイル: ${result.found} / 解消: ${result.resolved} / 確認できないファイル: ${result.cannotInspect} / 失敗したドライブ: ${result.failedDrives}\n` +
    `  通知: ${result.digests} 件の要約カードを送信待ちにしました (${sentBy})\n`
  );
}

/** What `mamoru scan` says about earlier runs it found abandoned (their process had stopped). */
function interruptedText(runs: ScanRunRow[]): string {
  return runs
    .map(
      (r) =>
        `前回のスキャン（${r.source}、${jst(r.started_at)} 開始）は途中で止まっていたため「中断」としました (run ${r.id}: interrupted, its process stopped)\n`,
    )
    .join('');
}

/** 2026-11-29 21:13, in Japan's time. */
const jst = (iso: string | null) => toJst(iso)?.slice(0, 16).replace('T', ' ') ?? '';

const RUN_STATUS: Record<string, string> = {
  queued: '処理待ち (queued)',
  running: '実行中 (running)',
  done: '完了 (done)',
  partial: '一部失敗 (partial)',
  failed: '失敗 (failed)',
  interrupted: '中断 (interrupted)',
};

/** `mamoru scan status`: the latest runs, with those whose process is gone marked interrupted first. */
export async function scanStatusCommand(io: Io): Promise<ExitCode> {
  const store = await openStore();
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
    io.stdout(`${formatTable(['開始 (JST)', '対象', '状態', '終了', 'ジョブ', 'run'], rows)}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export const WORKER_HELP = `使い方 (usage):
  DATABASE_URL=postgres://… MAMORU_CONFIG=mamoru.yaml npx mamoru worker
  スキャンのジョブ（1ドライブ1ジョブ）を処理します。何台でも並べて動かせます。
`;

/** `mamoru worker`: processes drive jobs from pg-boss until SIGINT/SIGTERM. */
export async function workerCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.stdout(WORKER_HELP);
    return EXIT.ok;
  }
  if (!process.env.DATABASE_URL)
    throw new UsageError(
      'mamoru worker には DATABASE_URL (PostgreSQL) が必要です。既定のモードではスキャンは mamoru serve の中で動きます。',
    );
  if (!process.env.MAMORU_CONFIG) throw new UsageError('MAMORU_CONFIG に設定ファイル（sources）を指定してください');
  const config = loadConfig(process.env.MAMORU_CONFIG);
  const log = defaultLogger();
  const audit = auditFromEnv();
  const store = await openStore(audit.key ? { auditKey: audit.key } : {});
  if (!audit.key && (await readHead(store.db))?.mac)
    log.warn({}, 'the audit chain is signed but MAMORU_AUDIT_KEY is not set: entries written now are unsigned');
  const anchoring = await startAnchoring(store.db, { file: audit.anchorFile, log });
  const boss = await startQueue(process.env.DATABASE_URL, log);
  const connectors = new Map<number, ReturnType<typeof connectorFor>>();
  await workCloudScans({
    boss,
    store,
    pack: getPack(config.policy),
    log,
    maxBytes: config.scan.max_download_mb * 1_000_000,
    ocr: config.scan.ocr,
    route: digestRouteOf(config),
    connectorFor: (i) => {
      if (!connectors.has(i)) connectors.set(i, connectorFor(config.sources[i] as CloudSource));
      return connectors.get(i)!;
    },
  });
  io.stderr('mamoru worker: waiting for scan jobs\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await boss.stop({ graceful: true, wait: true });
  await anchoring.stop();
  await store.close();
  return EXIT.ok;
}
