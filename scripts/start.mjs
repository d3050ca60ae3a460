// npm start: mamoru in local mode (SQLite under ./data, no credentials, loopback only) and the
// Microsoft 365 Agents Playground, a Teams-like page that needs no tenant, pointed at it.
import { fileURLToPath } from 'node:url';
import { readProcessConfig } from '../dist/config/index.js';
import { DEFAULT_PLAYGROUND_PORT, startBotOrExplain } from './lib/start-or-explain.mjs';
import { withPlayground } from './lib/with-playground.mjs';

const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.MAMORU_PLAYGROUND_PORT ?? DEFAULT_PLAYGROUND_PORT);
process.env.MAMORU_LOG_LEVEL ??= 'warn';
// The entry point reads the environment and MAMORU_CONFIG once, as `mamoru serve` does.
const configuration = readProcessConfig();

// Local mode on purpose: the playground sends no Bot Framework tokens. The demo roster makes
// the playground's user (Alex Wilber) the principal of デモ小学校, who may approve their own
// requests here only, so every flow can be tried alone.
const rosterFile = process.env.MAMORU_ROSTER ?? fileURLToPath(new URL('./demo-roster.csv', import.meta.url));
const running = await startBotOrExplain(
  { configuration, port: botPort, teams: {}, rosterFile, allowSelfApproval: !process.env.MAMORU_ROSTER },
  { command: 'npm start' },
);
withPlayground({
  running,
  port: playgroundPort,
  onReady: (port) =>
    console.log(`
mamoru is running in local mode (${running.url}, data in ${process.env.MAMORU_DATA_DIR ?? './data'}).

  Open http://localhost:${port} in your browser: the Agents Playground, a Teams-like chat.
  Ask, for example: 通知表をメールで保護者に送ってもいいですか？
  Then try a permit: 通知表を学校の外に持ち出したい → 許可を申請する → 承認する
  Or report an incident: USBメモリをなくしました → 報告する → 受領しました → 教育CSIRTに報告 → 対応完了
  Or a standing permission for class Ⅲ: 包括的許可 → 包括的許可を与える, then ask 名列表を学校の外に持ち出したい
  (You are Alex Wilber, principal of デモ小学校 in the demo roster: here you may request and approve your own permits,
  and you are the demo's 教育CSIRT too, so a report reaches you at every step.
  Exceptions (6-3) go to the demo's 教育CISO, who has no chat with mamoru: you will be told so.)

Press Ctrl+C to stop.`),
});
