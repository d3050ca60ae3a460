import { parseArgs } from 'node:util';
import { defaultLogger } from '../bot/start-bot.js';
import { configSchema, digestRouteOf, type MamoruConfig, SCAN_DEFAULTS, type SourceConfig } from '../config/index.js';
import { getPack } from '../policy/index.js';
import {
  type CloudScanResult,
  connectorFor,
  enqueueCloudScan,
  runCloudScan,
  startQueue,
  workCloudScans,
} from '../scan/cloud/index.js';
import { anchorHead, openStore, readHead, type ScanRunRow, startAnchoring, toJst } from '../store/index.js';
import { auditFromEnv } from './audit-env.js';
import { commandLogger } from './command-log.js';
import { commandConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';
import { waitForRun } from './scan-status.js';

export type CloudSource = Exclude<SourceConfig, { type: 'local' }>;

/** The configured source of this type, or one built from the environment alone (with the defaults). */
export function sourceOf(
  config: MamoruConfig | undefined,
  type: 'graph' | 'google',
  admin = commandConfig().google.adminEmail,
): { index: number; source: CloudSource } {
  const index = config?.sources.findIndex((s) => s.type === type) ?? -1;
  if (config && index >= 0) return { index, source: config.sources[index] as CloudSource };
  if (type === 'graph')
    return { index: -1, source: configSchema.parse({ sources: [{ type: 'graph' }] }).sources[0] as CloudSource };
  if (!admin)
    throw new UsageError(
      'Google Drive のスキャンには MAMORU_GOOGLE_ADMIN_EMAIL（または設定ファイルの sources: - type: google）が必要です',
    );
  return {
    index: -1,
    source: configSchema.parse({ sources: [{ type: 'google', admin_email: admin }] }).sources[0] as CloudSource,
  };
}

/**
 * `mamoru scan --source graph|google [--wait]`: in the default mode the run happens here, with
 * progress; with DATABASE_URL it is split into jobs for `mamoru worker` processes (and, with
 * --wait, followed until it is done).
 */
export async function cloudScanCommand(type: 'graph' | 'google', args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { source: { type: 'string' }, wait: { type: 'boolean', default: false } },
  });
  const configuration = commandConfig();
  const config = configuration.file;
  const { index, source } = sourceOf(config, type, configuration.google.adminEmail);
  const leases = configuration.leases;
  const log = commandLogger();
  const audit = auditFromEnv();
  const store = await openStore({ ...configuration.store, ...(audit.key ? { auditKey: audit.key } : {}) });
  try {
    const connector = connectorFor(source, configuration, { store, log, concurrency: inFlight(config) });
    const jobSeconds = config?.scan.job_seconds;
    if (store.engine === 'postgres') {
      const started = Date.now();
      const boss = await startQueue(configuration.store.databaseUrl ?? '', log, { jobSeconds });
      let queued: Awaited<ReturnType<typeof enqueueCloudScan>>;
      try {
        queued = await enqueueCloudScan({
          boss,
          store,
          connector,
          source: Math.max(index, 0),
          route: digestRouteOf(config),
          ...(jobSeconds ? { jobSeconds } : {}),
        });
      } finally {
        await boss.stop({ graceful: true, wait: true });
      }
      io.stdout(interruptedText(queued.interrupted));
      if (queued.busy)
        io.stdout(
          `前回のスキャン (run ${queued.runId}) がまだ処理中のため、新しいスキャンは始めませんでした。進み具合は npx mamoru scan status で確認できます (a run of this source is still being worked on)\n`,
        );
      else
        io.stdout(
          `スキャンを始めました: ${queued.drives} ドライブ (run ${queued.runId}: listing jobs queued for mamoru worker; files are read by every worker)\n`,
        );
      if (!values.wait) return EXIT.ok;
      const run = await waitForRun(store, queued.runId, io);
      io.stdout(
        `  ${((Date.now() - started) / 1000).toFixed(1)} 秒で終わりました (run ${run.status} in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      );
      return run.status === 'done' ? EXIT.ok : EXIT.internal;
    }
    const result = await runCloudScan({
      store,
      pack: getPack(config?.policy),
      connector,
      log,
      maxBytes: (config?.scan.max_download_mb ?? 20) * 1_000_000,
      concurrency: config?.scan.concurrency ?? 4,
      ...(config ? { filesInFlight: config.scan.files_in_flight } : {}),
      ocr: config?.scan.ocr,
      route: digestRouteOf(config),
      leaseMs: leases.scanMs,
      onProgress: io.isTTY
        ? (p) =>
            io.stderr(
              `\r[${'#'.repeat(Math.round((p.filesDone / Math.max(1, p.filesListed)) * 30)).padEnd(30)}] ${p.filesDone}/${p.filesListed} ファイル, ${p.drivesDone}/${p.drivesTotal} ドライブ   `,
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

/** Requests a connector keeps in flight: the files a process reads at once, and listings beside them. */
const inFlight = (config: MamoruConfig | undefined) => (config?.scan.files_in_flight ?? SCAN_DEFAULTS.files_in_flight) + 2;

/** What a cloud scan found, as `mamoru scan --source graph|google` (and `npm run demo:cloud`) says it. */
export function cloudScanSummary(
  type: string,
  result: Omit<CloudScanResult, 'interrupted' | 'runId'>,
  sentBy = 'mamoru serve が送ります',
): string {
  return (
    `${type}: ${result.drives} ドライブ, ${result.items} ファイル, ダウンロード ${result.downloads}, API 呼び出し ${result.apiCalls}\n` +
    `  新たに見つかった分類Ⅰ・Ⅱのファイル: ${result.found} / 解消: ${result.resolved} / 確認できないファイル: ${result.cannotInspect} / 失敗したドライブ: ${result.failedDrives}\n` +
    (result.unreadable > 0
      ? `  再確認できません: ${result.unreadable} 件（前回分類Ⅰ・Ⅱだったファイルが読めないため、指摘は未解決のままです）\n`
      : '') +
    (result.busyDrives > 0
      ? `  実行中の別のスキャンが走査しているドライブ ${result.busyDrives} 件は、そちらに任せました (left to the run still walking them)\n`
      : '') +
    `  通知: ${result.digests} 件の要約カードを送信待ちにしました (${sentBy})\n`
  );
}

/** What `mamoru scan` says about earlier runs it found abandoned (their process had stopped). */
function interruptedText(runs: ScanRunRow[]): string {
  return runs
    .map(
      (r) =>
        `前回のスキャン（${r.source}、${toJst(r.started_at)?.slice(0, 16).replace('T', ' ') ?? ''} 開始）は途中で止まっていたため「中断」としました (run ${r.id}: interrupted, its process stopped)\n`,
    )
    .join('');
}

export const WORKER_HELP = `使い方 (usage):
  DATABASE_URL=postgres://… MAMORU_CONFIG=mamoru.yaml npx mamoru worker
  スキャンのジョブ（ドライブの一覧、ファイルの読み取り）を処理します。何台でも並べて動かせます。
  1つのドライブのファイルも全員で分けて読みます。止まったワーカーの分は scan.job_seconds（既定 30 秒）
  ほどで他のワーカーが引き継ぎます。
`;

/** `mamoru worker`: processes scan jobs from pg-boss until SIGINT/SIGTERM. */
export async function workerCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.stdout(WORKER_HELP);
    return EXIT.ok;
  }
  const configuration = commandConfig();
  const databaseUrl = configuration.store.databaseUrl;
  if (!databaseUrl)
    throw new UsageError(
      'mamoru worker には DATABASE_URL (PostgreSQL) が必要です。既定のモードではスキャンは mamoru serve の中で動きます。',
    );
  const config = configuration.file;
  if (!config) throw new UsageError('MAMORU_CONFIG に設定ファイル（sources）を指定してください');
  const log = defaultLogger(configuration.logLevel);
  const audit = auditFromEnv();
  const store = await openStore({ ...configuration.store, ...(audit.key ? { auditKey: audit.key } : {}) });
  if (!audit.key && (await readHead(store.db))?.mac)
    log.warn({}, 'the audit chain is signed but MAMORU_AUDIT_KEY is not set: entries written now are unsigned');
  const anchoring = await startAnchoring(store.db, { file: audit.anchorFile, log });
  // Whatever fails on the way, the pool, the anchoring timer and pg-boss are closed, so the process ends.
  try {
    const timing = { jobSeconds: config.scan.job_seconds };
    const boss = await startQueue(databaseUrl, log, timing);
    try {
      const connectors = new Map<number, ReturnType<typeof connectorFor>>();
      await workCloudScans({
        boss,
        store,
        pack: getPack(config.policy),
        log,
        maxBytes: config.scan.max_download_mb * 1_000_000,
        ocr: config.scan.ocr,
        route: digestRouteOf(config),
        filesInFlight: config.scan.files_in_flight,
        ...timing,
        connectorFor: (i) => {
          if (!connectors.has(i))
            connectors.set(
              i,
              connectorFor(config.sources[i] as CloudSource, configuration, { store, log, concurrency: inFlight(config) }),
            );
          return connectors.get(i)!;
        },
      });
      io.stderr('mamoru worker: waiting for scan jobs\n');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
    } finally {
      await boss.stop({ graceful: true, wait: true });
    }
  } finally {
    await anchoring.stop();
    await store.close();
  }
  return EXIT.ok;
}
