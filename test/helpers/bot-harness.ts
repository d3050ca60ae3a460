import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Logger } from '../../bot/core/index.js';
import { type RunningBot, type StartOptions, startBot } from '../../bot/start-bot.js';
import { FakeConnector } from '../../devkit/index.js';
import { freshStore } from './engines.js';

export const quietLog = pino({ level: 'silent' }) as unknown as Logger;

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** mamoru on a free port with a fresh SQLite store, and a fake connector for its replies. */
export async function startHarness(options: Partial<StartOptions> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-test-'));
  const connector = await new FakeConnector().start();
  const running: RunningBot = await startBot({ port: 0, store: { dataDir }, teams: {}, log: quietLog, ...options });
  return {
    running,
    connector,
    dataDir,
    /** Posts an activity to /api/messages as Teams would, with its serviceUrl on the fake. */
    async post(activity: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ ...activity, serviceUrl: connector.url }),
      });
      const text = await response.text();
      const json =
        response.headers.get('content-type')?.includes('json') && text
          ? (JSON.parse(text) as Record<string, unknown>)
          : undefined;
      return { status: response.status, body: json, text };
    },
    async close() {
      await running.close();
      await connector.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** startHarness on an engine: SQLite in a temporary folder, or a fresh database on the test PostgreSQL. */
export async function startHarnessOn(engine: 'sqlite' | 'postgres', options: Partial<StartOptions> = {}) {
  if (engine === 'sqlite') return startHarness(options);
  const fresh = await freshStore('postgres');
  await fresh.store.close();
  const h = await startHarness({ ...options, store: { databaseUrl: fresh.url } });
  return {
    ...h,
    async close() {
      await h.close();
      await fresh.cleanup();
    },
  };
}
