// npm start: mamoru in local mode (SQLite under ./data, no credentials, loopback only) and the
// Microsoft 365 Agents Playground, a Teams-like page that needs no tenant, pointed at it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startBot } from '../dist/bot/start-bot.js';

const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.MAMORU_PLAYGROUND_PORT ?? 56150);
process.env.MAMORU_LOG_LEVEL ??= 'warn';

// Local mode on purpose: the playground sends no Bot Framework tokens. The demo roster makes
// the playground's user (Alex Wilber) the principal of デモ小学校, who may approve their own
// requests here only, so every flow can be tried alone.
const rosterFile = process.env.MAMORU_ROSTER ?? fileURLToPath(new URL('./demo-roster.csv', import.meta.url));
const running = await startBot({ port: botPort, teams: {}, rosterFile, allowSelfApproval: !process.env.MAMORU_ROSTER });
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
  Then try a permit: 通知表を学校の外に持ち出したい → 許可を申請する → 承認する
  (You are Alex Wilber, teacher and principal of デモ小学校 in the demo roster.)

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
