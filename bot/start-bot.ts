import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { type Leases, leasesFromEnv, loadConfig, type MamoruConfig } from '../config/index.js';
import { DEFAULT_POLICY, getPack, warmUp } from '../policy/index.js';
import { scheduleScans } from '../scan/cloud/index.js';
import {
  type Anchoring,
  type AuditOptions,
  auditOptionsFromEnv,
  importRoster,
  openStore,
  readHead,
  type Store,
  type StoreOptions,
  scanRuns,
  startAnchoring,
} from '../store/index.js';
import { type Bot, createBot, type Logger } from './core/index.js';
import { askFeatureWith } from './features/ask.js';
import { fallbackFeature } from './features/fallback.js';
import { findingsFeature } from './features/findings/index.js';
import { permitsFeature, standingExtender } from './features/permits/index.js';
import { createChatFront, createChatSender, type GoogleChatOptions, googleChatFromEnv } from './google-chat/index.js';
import { type ChannelSender, createNotifier, type Notifier } from './notify/create-notifier.js';
import { listen } from './server.js';
import { createTeamsFront, type TeamsCredentials, type TeamsFront, teamsCredentialsFromEnv } from './teams/index.js';

export { ServerError } from './errors.js';

export interface StartOptions {
  port?: number;
  policy?: string;
  store?: StoreOptions;
  teams?: TeamsCredentials;
  log?: Logger;
  /** A roster CSV imported at start-up (MAMORU_ROSTER). */
  rosterFile?: string;
  /** Local demo only: a principal may approve their own request. */
  allowSelfApproval?: boolean;
  /** The reminders' schedule (croner syntax; default every minute). */
  reminderCron?: string;
  /** Google Chat (MAMORU_GOOGLE_CHAT_* by default; null = off). */
  googleChat?: GoogleChatOptions | null;
  /** The configuration file (MAMORU_CONFIG): pack, roster, scan schedule and sources. */
  config?: MamoruConfig;
  /** The audit key and anchor file (MAMORU_AUDIT_KEY or MAMORU_AUDIT_KEY_FILE, MAMORU_AUDIT_ANCHOR by default). */
  audit?: AuditOptions;
  /** How often the audit head is anchored, when it has moved (default every minute; and on close). */
  anchorEveryMs?: number;
  /** How long claims on notifications and scan runs last (MAMORU_OUTBOX_LEASE_SECONDS, MAMORU_SCAN_LEASE_SECONDS). */
  leases?: Leases;
}

export interface RunningBot {
  url: string;
  port: number;
  host: string;
  bot: Bot;
  teams: TeamsFront;
  store: Store;
  notifier: Notifier;
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
  const config = options.config ?? (process.env.MAMORU_CONFIG ? loadConfig(process.env.MAMORU_CONFIG) : undefined);
  const policy = options.policy ?? config?.policy ?? DEFAULT_POLICY;
  // Fail at start-up, not at the first question; and load the analyzer now, not for the first teacher.
  log.info({ ms: Math.round(warmUp(getPack(policy))) }, 'language analyzer and word index loaded');
  const audit = options.audit ?? auditOptionsFromEnv(process.env);
  const store = await openStore({ ...options.store, ...(audit.key ? { auditKey: audit.key } : {}) });
  const rosterFile = options.rosterFile ?? process.env.MAMORU_ROSTER ?? config?.roster;
  let anchoring: Anchoring;
  try {
    if (rosterFile) {
      const { users, schools, leavers } = await importRoster(store.db, readFileSync(rosterFile, 'utf8'), rosterFile);
      log.info({ rosterFile, users, schools, notListed: leavers.length }, 'roster imported');
    }
    if (!audit.key && (await readHead(store.db))?.mac)
      log.warn({}, 'the audit chain is signed but MAMORU_AUDIT_KEY is not set: entries written now are unsigned');
    anchoring = await startAnchoring(store.db, { file: audit.anchorFile, log }, options.anchorEveryMs);
  } catch (error) {
    await store.close();
    throw error;
  }
  const channels: Record<string, ChannelSender> = {};
  const leases = options.leases ?? leasesFromEnv();
  const notifier = createNotifier({
    store,
    channels,
    log,
    cron: options.reminderCron,
    leaseMs: leases.outboxMs,
    housekeeping: async () => {
      for (const run of await scanRuns.interruptAbandonedRuns(store.db))
        log.warn(
          { runId: run.id, source: run.source, startedAt: run.started_at },
          'a scan run was interrupted: its process stopped',
        );
    },
  });
  const permitDeps = { store, notifier, allowSelfApproval: options.allowSelfApproval };
  const permits = permitsFeature(permitDeps);
  const findings = findingsFeature({ store, notifier, allowSelfApproval: options.allowSelfApproval });
  // A standing permission (包括的許可) changes the answer a teacher it covers gets.
  const ask = askFeatureWith({ extend: standingExtender(permitDeps) });
  const bot = createBot({ store: store.bot, log, policy, features: [permits, findings, ask, fallbackFeature] });
  const teams = createTeamsFront(bot, options.teams ?? teamsCredentialsFromEnv(), log);
  channels.teams = teams as ChannelSender;
  const googleChat = options.googleChat === undefined ? googleChatFromEnv() : (options.googleChat ?? undefined);
  const chat = googleChat ? createChatFront(bot, googleChat.auth, log, googleChat.client) : undefined;
  if (googleChat?.client) channels.google_chat = createChatSender(googleChat.client) as ChannelSender;
  const host = teams.localMode ? '127.0.0.1' : '0.0.0.0';
  let server: Server;
  try {
    server = await listen({ port: options.port ?? 3978, host, teams, chat, log });
  } catch (error) {
    await anchoring.stop();
    await store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  await notifier.start();
  const scans = config
    ? scheduleScans({ config, store, pack: getPack(policy), log, leaseMs: leases.scanMs, afterRun: () => notifier.kick() })
    : null;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    host,
    bot,
    teams,
    store,
    notifier,
    async close() {
      scans?.stop();
      await notifier.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await anchoring.stop();
      await store.close();
    },
  };
}
