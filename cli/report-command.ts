import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getPack } from '../policy/index.js';
import { dataDir, loadLastScan, renderReport, ScanError } from '../scan/index.js';
import { commandConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';

export const REPORT_HELP = `使い方 (usage):
  npx mamoru report --out report.html

  --out FILE   最後のスキャン結果から校長向けの報告書（HTML 1ファイル、印刷可）を作る
               (the last scan as a self-contained, printable HTML page)

先に 'npx mamoru scan --source local:フォルダ' を実行してください。
`;

/** `mamoru report`: the last scan as an HTML page a principal reads. */
export async function reportCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT.ok;
  }
  if (!values.out) throw new UsageError(`--out で出力するファイルを指定してください (e.g. --out report.html).\n\n${REPORT_HELP}`);
  const dir = dataDir(commandConfig().store.dataDir);
  let record: ReturnType<typeof loadLastScan>;
  try {
    record = loadLastScan(dir);
  } catch (error) {
    if (error instanceof ScanError)
      throw new UsageError(
        `スキャン結果がありません（${dir}）。先に 'npx mamoru scan --source local:フォルダ' を実行してください (${error.message})`,
      );
    throw error;
  }
  const out = resolve(values.out);
  writeFileSync(out, renderReport(record, getPack(record.policy)));
  io.stdout(`報告書を作成しました: ${out}（移動が必要 ${record.totals.violations} 件 / ${record.totals.files} 件）\n`);
  return EXIT.ok;
}
