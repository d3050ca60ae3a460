import { readFileSync } from 'node:fs';
import { ConfigError, EnvironmentError, readProcessConfig } from '../config/index.js';
import { ConnectorError } from '../connectors/errors.js';
import { configureInspection } from '../inspect/index.js';
import { formatIssue, PackInvalidError } from '../policy/errors.js';
import { withConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import { formatColumns } from './format-table.js';
import { type ExitCode, type Io, processIo } from './io.js';

/** Each command: its name, what it does (Japanese, then English) and an example. */
const COMMAND_LINES: [string, string, string][] = [
  ['ask', '質問に答える (answer a question)', 'npx mamoru ask "通知表をメールで送ってもいい？"'],
  ['policy', 'ポリシーパックの検証・表示 (check/show packs)', 'npx mamoru policy show'],
  ['serve', "ボットのHTTPサーバー (the bot's HTTP server)", 'npx mamoru serve --port 3978'],
  [
    'manifest',
    'Teams アプリパッケージを作る (build the Teams app zip)',
    'npx mamoru manifest --app-id <GUID> --out mamoru-teams.zip',
  ],
  ['roster', '職員名簿の取り込み・代理の設定 (import the staff roster)', 'npx mamoru roster import staff.csv'],
  ['records', '許可・持ち出しの記録を書き出す (export records)', 'npx mamoru records export --from 2026-04-01 --to 2027-03-31'],
  ['incidents', 'インシデントの記録 (incidents and their timelines)', 'npx mamoru incidents export --format csv|json|html'],
  ['findings', 'クラウド点検の結果 (cloud findings per school)', 'npx mamoru findings summary'],
  ['feedback', '「違う」と言われた回答 (answers marked wrong)', 'npx mamoru feedback summary'],
  ['audit', '監査ログの検査・署名 (verify/seal the audit chain)', 'npx mamoru audit verify'],
  ['db', 'データベースの移行 (migrate the database)', 'npx mamoru db migrate'],
  ['scan', 'フォルダ・クラウドの情報資産を確認する (scan)', 'npx mamoru scan --source local:./共有ドライブ | graph | google'],
  ['report', '最後のスキャンの報告書 (HTML report)', 'npx mamoru report --out report.html'],
  ['worker', 'スキャンのジョブを処理する (scale-out worker)', 'DATABASE_URL=postgres://… npx mamoru worker'],
];

const HELP = `mamoru (守る) — 学校の情報セキュリティポリシーに答えるボット
a bot that answers from a school board's information-security policy

使い方 (usage): npx mamoru <command> [options]

${formatColumns(COMMAND_LINES, '  ').join('\n')}

各コマンドの詳細: npx mamoru <command> --help
`;

type Command = (args: string[], io: Io) => Promise<ExitCode>;
// Loaded on demand, so `ask` starts without what `policy show` needs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  ask: async () => (await import('./ask-command.js')).askCommand,
  policy: async () => (await import('./policy-command.js')).policyCommand,
  serve: async () => (await import('./serve-command.js')).serveCommand,
  manifest: async () => (await import('./manifest-command.js')).manifestCommand,
  roster: async () => (await import('./store-commands.js')).rosterCommand,
  records: async () => (await import('./store-commands.js')).recordsCommand,
  incidents: async () => (await import('./incidents-command.js')).incidentsCommand,
  findings: async () => (await import('./store-commands.js')).findingsCommand,
  feedback: async () => (await import('./store-commands.js')).feedbackCommand,
  audit: async () => (await import('./audit-command.js')).auditCommand,
  db: async () => (await import('./store-commands.js')).dbCommand,
  scan: async () => (await import('./scan-command.js')).scanCommand,
  report: async () => (await import('./report-command.js')).reportCommand,
  worker: async () => (await import('./cloud-commands.js')).workerCommand,
};

/** Runs the `mamoru` command and returns its exit code; user errors never print a stack trace. */
export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      io.stdout(HELP);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`コマンド「${name}」はありません (unknown command).\n\n${HELP}`);
    // The environment and the configuration file, read once for the command.
    const config = readProcessConfig();
    configureInspection(config);
    const run = await command();
    return await withConfig(config, () => run(args, io));
  } catch (error) {
    if (error instanceof UsageError || error instanceof EnvironmentError) {
      io.stderr(`エラー: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConnectorError) {
      io.stderr(`エラー: ${error.message}\n`);
      return error.code === 'CONFIG_MISSING' ? EXIT.usage : EXIT.internal;
    }
    if (error instanceof ConfigError) {
      io.stderr(`設定ファイルに誤りがあります:\n${error.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`);
      return EXIT.invalidPack;
    }
    if (error instanceof PackInvalidError) {
      io.stderr(
        `ポリシーパックに誤りがあるため答えられません。修正して 'npx mamoru policy check ${error.dir}' で確認してください:\n${error.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`,
      );
      return EXIT.invalidPack;
    }
    if (isNodeArgError(error)) {
      io.stderr(`エラー: ${argErrorJa(error)}\n'npx mamoru ${name} --help' で使い方を確認できます。\n`);
      return EXIT.usage;
    }
    io.stderr(
      `mamoru の内部エラーです。この出力を添えて管理者に報告してください (internal error):\n${(error as Error)?.stack ?? String(error)}\n`,
    );
    return EXIT.internal;
  }
}

/** node:util parseArgs's message in Japanese first, its English kept for the option it names. */
function argErrorJa(error: Error): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `知らないオプションです: ${option} (unknown option)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return /argument missing/.test(error.message)
      ? `オプション ${option} に値がありません (missing value)`
      : `オプション ${option} の値が正しくありません (${error.message})`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `余分な引数があります (${error.message})`;
  return error.message;
}

function isNodeArgError(error: unknown): error is Error {
  const code = (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name: string; version: string }).version;
    } catch {
      // compiled code sits one folder deeper than the sources
    }
  }
  return 'unknown';
}
