import { parseArgs } from 'node:util';
import { DEFAULT_POLICY, getPack, PolicyError } from '../policy/index.js';
import { countOutcomes, dataDir, type FileResult, ScanError, type ScanRecord, saveScan, scanFolder } from '../scan/index.js';
import { commandConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';

export const SCAN_HELP = `使い方 (usage):
  npx mamoru scan --source local:フォルダ [--jsonl] [--policy ID] [--threads N]
  npx mamoru scan --source graph|google [--wait]   OneDrive・SharePoint / Google ドライブ (MAMORU_CONFIG と資格情報の環境変数)
  npx mamoru scan status                    最近の実行、進み具合、クォータの使用量、推定残り時間 (runs, progress, quota, time left)

  --source local:DIR  同期済みのクラウドドライブとしてフォルダを確認する (scan a folder as a synced cloud drive)
  --jsonl             1ファイル1行の JSON を出力 {"path","class","confidence","violation","reasons","status",…}
  --policy ID         kumamoto (既定 default) または kurume
  --threads N         同時に読むファイル数 (default: CPU数)
  --wait              DATABASE_URL があるとき: ワーカーが終えるまで進み具合を表示して待つ (follow the run)

結果（ファイルの内容は含みません）は MAMORU_DATA_DIR（既定 ./data）の last-scan.json に保存され、
'npx mamoru report --out report.html' で報告書にできます。
`;

const ROMAN = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' } as const;

/** `mamoru scan`: classifies every file of a folder and reports class I/II files stored in the cloud. */
export async function scanCommand(args: string[], io: Io): Promise<ExitCode> {
  if (args[0] === 'status') return (await import('./scan-status.js')).scanStatusCommand(io);
  const { values } = parseArgs({
    args,
    options: {
      source: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      policy: { type: 'string' },
      threads: { type: 'string' },
      wait: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  const source = values.source;
  if (!source) throw new UsageError(`--source を指定してください (e.g. --source local:./共有ドライブ).\n\n${SCAN_HELP}`);
  if (source === 'graph' || source === 'google')
    return (await import('./cloud-commands.js')).cloudScanCommand(source, values.wait ? ['--wait'] : [], io);
  if (!source.startsWith('local:') || source.length === 'local:'.length)
    throw new UsageError(`--source は local:フォルダ の形で指定してください (got "${source}").`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64))
    throw new UsageError('--threads は 1〜64 の整数で指定してください.');
  let pack: ReturnType<typeof getPack>;
  try {
    pack = getPack(values.policy ?? DEFAULT_POLICY);
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(`ポリシーID「${values.policy}」はありません (${error.message})`);
    throw error;
  }
  // The board's OCR budget (scan.ocr) holds for a folder scan too.
  const configuration = commandConfig();
  const config = configuration.file;
  const progress = !values.jsonl && io.isTTY ? new ProgressBar(io) : null;
  let record: ScanRecord;
  try {
    record = await scanFolder(pack, source.slice('local:'.length), {
      ...(threads ? { threads } : {}),
      ocr: config?.scan.ocr,
      onListed: (total) => progress?.start(total),
      onResult: (result, done) => {
        if (values.jsonl) io.stdout(`${JSON.stringify(jsonLine(result))}\n`);
        progress?.update(done);
      },
    });
  } catch (error) {
    if (error instanceof ScanError && error.code === 'SOURCE_NOT_FOUND')
      throw new UsageError(`フォルダが見つかりません: ${source.slice('local:'.length)} (${error.message})`);
    throw error;
  }
  progress?.end();
  const saved = saveScan(record, dataDir(configuration.store.dataDir));
  if (!values.jsonl) io.stdout(summary(record, saved));
  else io.stderr(`結果を保存しました: ${saved}\n`);
  return EXIT.ok;
}

function jsonLine(r: FileResult): Record<string, unknown> {
  return {
    path: r.path,
    class: r.class,
    confidence: r.confidence,
    violation: r.violation,
    reasons: r.reasons,
    status: r.status,
    asset: r.asset?.id ?? null,
    evidence: r.evidence ?? [],
    ...(r.format ? { format: r.format } : {}),
    size: r.size,
    ...(r.ocr ? { ocr: r.ocr } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

function summary(record: ScanRecord, saved: string): string {
  // Counted as the HTML report counts them: each file once (see countOutcomes).
  const o = countOutcomes(record.files);
  const lines = [
    `確認したファイル: ${record.totals.files} 件（${(record.durationMs / 1000).toFixed(1)} 秒）`,
    `  重要性分類Ⅰ ${o.byClass.I} ・ Ⅱ ${o.byClass.II} ・ Ⅲ ${o.byClass.III} ・ Ⅳ ${o.byClass.IV} ・ 分類できなかった ${o.unclassified.length}`,
    `  内容を確認できなかった ${o.uninspected.length} ・ 対象外 ${o.notDocuments.length}`,
  ];
  if (o.byNameOnly.length > 0)
    lines.push(`  （分類したうち ${o.byNameOnly.length} 件は内容を読まず、ファイル名から判断しました）`);
  lines.push('');
  const bad = record.files.filter((f) => f.violation);
  if (bad.length > 0) {
    lines.push(`【要対応】クラウドに保存してはいけない情報（重要性分類Ⅰ・Ⅱ）: ${bad.length} 件`);
    for (const f of bad.slice(0, 20)) lines.push(`  ${ROMAN[f.class!]} ${f.path}\n      ${f.reasons[0] ?? ''}`);
    if (bad.length > 20) lines.push(`  ほか ${bad.length - 20} 件`);
  } else lines.push('クラウドに保存してはいけない情報（重要性分類Ⅰ・Ⅱ）は見つかりませんでした。');
  list(lines, o.unclassified, `分類できなかったファイル: ${o.unclassified.length} 件（${UNCLASSIFIED_HINT}）`, false);
  const byName = o.cannotInspect.filter((f) => f.class).length;
  list(
    lines,
    o.cannotInspect,
    `内容を確認できなかったファイル: ${o.cannotInspect.length} 件（作成者に確認してください${byName > 0 ? `。うち ${byName} 件はファイル名から分類しています` : ''}）`,
    true,
  );
  lines.push('', `結果を保存しました: ${saved}`, '報告書: npx mamoru report --out report.html', '');
  return lines.join('\n');
}

/** What to do about a file mamoru read but could not place in the catalog. */
export const UNCLASSIFIED_HINT = '第2表のどの情報にも当たりませんでした。内容を確かめ、分類Ⅰ・Ⅱなら移動してください';

/** Up to ten files by name under a heading, with their first reason (and a class found from the name). */
function list(lines: string[], files: FileResult[], heading: string, withReason: boolean): void {
  if (files.length === 0) return;
  lines.push('', heading);
  for (const f of files.slice(0, 10)) {
    const cls = f.class ? `（名前から分類${ROMAN[f.class]}）` : '';
    const reason = f.reasons.find((r) => r.startsWith('確認できません')) ?? f.reasons[0] ?? '';
    lines.push(`  ${f.path}${cls}${withReason && reason ? `: ${reason}` : ''}`);
  }
  if (files.length > 10) lines.push(`  ほか ${files.length - 10} 件`);
}

class ProgressBar {
  private total = 0;
  private last = 0;

  constructor(private readonly io: Io) {}

  start(total: number): void {
    this.total = total;
    this.update(0);
  }

  update(done: number): void {
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const width = 30;
    const filled = this.total ? Math.round((done / this.total) * width) : width;
    this.io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ファイル`);
  }

  end(): void {
    this.io.stderr('\n');
  }
}
