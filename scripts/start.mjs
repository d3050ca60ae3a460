// npm start: mamoru in local mode (SQLite under ./data, no credentials, loopback only) and the
// Microsoft 365 Agents Playground, a Teams-like page that needs no tenant, pointed at it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startBot } from '../dist/bot/start-bot.js';

const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.MAMORU_PLAYGROUND_PORT ?? 56150);
process.env.MAMORU_LOG_LEVEL ??= 'warn';

// Local mode on purpose: the playground sends no Bot Framework tokens.
const running = await startBot({ port: botPort, teams: {} });
const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
const playground = spawn(
  process.execPath,
  [cli, '-e', `${running.url}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);

let announced = false;
playground.stdout.setEncoding('utf8').on('data', (chunk) => {
  const port = /Listening on (\d+)/.exec(chunk)?.[1];
  if (port && !announced) {
    announced = true;
    console.log(`
mamoru is running in local mode (${running.url}, data in ${process.env.MAMORU_DATA_DIR ?? './data'}).

  Open http://localhost:${port} in your browser: the Agents Playground, a Teams-like chat.
  Ask, for example: 通知表をメールで保護者に送ってもいいですか？

Press Ctrl+C to stop.`);
  }
});
playground.stderr.setEncoding('utf8').on('data', (chunk) => {
  if (!/Unknown (user|env) config/.test(chunk)) process.stderr.write(chunk);
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  playground.kill('SIGTERM');
  await running.close();
  process.exit(code);
}
playground.on('exit', (code) => {
  if (!stopping) {
    console.error(`the Agents Playground stopped (exit ${code})`);
    stop(1);
  }
});
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
