import { parseArgs } from 'node:util';
import { routeConsoleToLog } from '../bot/route-console.js';
import { defaultLogger, ServerError, startBot } from '../bot/start-bot.js';
import { auditFromEnv } from './audit-env.js';
import { commandConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import type { ExitCode, Io } from './io.js';

export const SERVE_HELP = `使い方 (usage):
  npx mamoru serve [--port N] [--policy ID]

  Teams: POST /api/messages   ヘルスチェック: GET /healthz
  --port N     既定 3978 (PORT も使えます)
  資格情報 (credentials): MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId
  MicrosoftAppId がなければローカルモード: 127.0.0.1 だけで待ち受けます (local mode, loopback only)
  監査ログ (audit): MAMORU_AUDIT_KEY または MAMORU_AUDIT_KEY_FILE で署名し、先頭を毎分 (変化したとき) と終了時に
    MAMORU_AUDIT_ANCHOR (追記のみの JSON lines) とログ (audit_anchor) に書きます
`;

/** A port mamoru cannot listen on: which one, and how to choose another. */
function portProblem(error: ServerError): string {
  const other = error.port === 65535 ? 3978 : error.port + 1;
  const why =
    error.code === 'PORT_IN_USE'
      ? `ポート ${error.port} (${error.host}) はほかのプログラムが使っています。mamoru がすでに動いていませんか？ (port ${error.port} is already in use)`
      : `ポート ${error.port} (${error.host}) を開く権限がありません (port ${error.port} needs privileges)`;
  return `${why}\n別のポートを指定してください (choose another port): npx mamoru serve --port ${other}、または PORT=${other} npx mamoru serve`;
}

/** `mamoru serve`: the bot's HTTP server, until SIGINT/SIGTERM. */
export async function serveCommand(args: string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(SERVE_HELP);
    return EXIT.ok;
  }
  const config = commandConfig();
  const port = Number(values.port ?? config.port ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port には 0〜65535 の数を指定してください (invalid port "${values.port}")`);
  const log = defaultLogger(config.logLevel);
  routeConsoleToLog(log);
  const running = await startBot({ configuration: config, port, policy: values.policy, log, audit: auditFromEnv() }).catch(
    (error: unknown) => {
      throw error instanceof ServerError ? new UsageError(portProblem(error)) : error;
    },
  );
  io.stderr(
    running.localMode
      ? `mamoru: local mode (no MicrosoftAppId): listening on ${running.url} only; Teams endpoint ${running.url}/api/messages\n`
      : `mamoru: listening on ${running.url} (all interfaces); Bot Framework tokens are required on /api/messages\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return EXIT.ok;
}
