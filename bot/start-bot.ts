import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { DEFAULT_POLICY, getPack } from '../policy/index.js';
import { openStore, type Store, type StoreOptions } from '../store/index.js';
import { type Bot, createBot, type Logger } from './core/index.js';
import { askFeature } from './features/ask.js';
import { fallbackFeature } from './features/fallback.js';
import { listen } from './server.js';
import { createTeamsFront, type TeamsCredentials, type TeamsFront, teamsCredentialsFromEnv } from './teams/index.js';

export interface StartOptions {
  port?: number;
  policy?: string;
  store?: StoreOptions;
  teams?: TeamsCredentials;
  log?: Logger;
}

export interface RunningBot {
  url: string;
  port: number;
  host: string;
  bot: Bot;
  teams: TeamsFront;
  store: Store;
  close(): Promise<void>;
}

export function defaultLogger(): Logger {
  return pino({ level: process.env.MAMORU_LOG_LEVEL ?? 'info', base: { app: 'mamoru' } }) as unknown as Logger;
}

/**
 * Starts mamoru's bot: the store (migrated), the channel-neutral bot with its features, the
 * Teams front and the HTTP server. Without a Teams app id it is local mode: loopback only.
 */
export async function startBot(options: StartOptions = {}): Promise<RunningBot> {
  const log = options.log ?? defaultLogger();
  const policy = options.policy ?? DEFAULT_POLICY;
  getPack(policy); // fail at start-up, not at the first question
  const store = await openStore(options.store);
  const bot = createBot({ store: store.bot, log, policy, features: [askFeature, fallbackFeature] });
  const teams = createTeamsFront(bot, options.teams ?? teamsCredentialsFromEnv(), log);
  const host = teams.localMode ? '127.0.0.1' : '0.0.0.0';
  let server: Server;
  try {
    server = await listen({ port: options.port ?? 3978, host, teams, log });
  } catch (error) {
    await store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    host,
    bot,
    teams,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await store.close();
    },
  };
}
