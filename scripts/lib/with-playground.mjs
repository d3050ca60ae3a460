// The Microsoft 365 Agents Playground (a Teams-like page that needs no tenant), pointed at a
// running mamoru; shared by `npm start` and the demos. Ctrl+C stops both, then `cleanup`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Starts the Playground for `running` (startBot's result) on `port`; calls `onReady(port)` once it
 * listens. Stops everything on SIGINT/SIGTERM or when the Playground exits.
 */
export function withPlayground({ running, port, onReady, cleanup = async () => {} }) {
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(
    process.execPath,
    [cli, '-e', `${running.url}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let announced = false;
  playground.stdout.setEncoding('utf8').on('data', (chunk) => {
    const listening = /Listening on (\d+)/.exec(chunk)?.[1];
    if (listening && !announced) {
      announced = true;
      onReady(listening);
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
    await cleanup();
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
}
