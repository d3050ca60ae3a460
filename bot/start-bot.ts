import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { GoogleChatSettings, TeamsSettings } from '../config/index.js';
import { type Configuration, type Leases, type MamoruConfig, readConfig } from '../config/index.js';
import { configureInspection } from '../inspect/index.js';
import { DEFAULT_POLICY, getPack, warmUp } from '../policy/index.js';
import { scheduleScans } from '../scan/cloud/index.js';
import {
  type Anchoring,
  type AuditOptions,
  auditOptionsOf,
  importRoster,
  openStore,
  readHead,
  type Store,
  type StoreOptions,
  scanRuns,
  startAnchoring,
} from '../store/index.js';
import { CHANNELS, type ChannelFront, type ChannelModule } from './channels/index.js';
import { type Bot, createBot, type Logger } from './core/index.js';
import { askFeatureWith } from './features/ask.js';
import { fallbackFeature } from './features/fallback.js';
import { findingsFeature } from './features/findings/index.js';
import { incidentsFeature } from './features/incidents/index.js';
import { permitsFeature, standingExtender } from './features/permits/index.js';
import { createNotifier, type Notifier } from './notify/create-notifier.js';
import { listen } from './server.js';

export { ServerError } from './errors.js';

export interface StartOptions {
  /**
   * The configuration the entry point read (config/: readProcessConfig()); the options below take its
   * place where given (tests, scripts). Default: nothing configured (local mode, ./data).
   */
  configuration?: Configuration;
  port?: number;
  policy?: string;
  store?: StoreOptions;
  /** Teams (the configuration's MicrosoftApp* by default). */
  teams?: TeamsSettings;
  log?: Logger;
  /** A roster CSV imported at start-up (MAMORU_ROSTER). */
  rosterFile?: string;
  /** Local demo only: a principal may approve their own request. */
  allowSelfApproval?: boolean;
  /** The reminders' schedule (croner syntax; default every minute). */
  reminderCron?: string;
  /** Google Chat (the configuration's MAMORU_GOOGLE_CHAT_* by default; null = off). */
  googleChat?: GoogleChatSettings | null;
  /** The channels served (default bot/channels' list). */
  channels?: ChannelModule[];
  /** The configuration file (MAMORU_CONFIG): pack, roster, scan schedule and sources. */
  config?: MamoruConfig;
  /** The audit key and anchor file (MAMORU_AUDIT_KEY or MAMORU_AUDIT_KEY_FILE, MAMORU_AUDIT_ANCHOR by default). */
  audit?: AuditOptions;
  /** How often the audit head is anchored, when it has moved (default every minute; and on close). */
  anchorEveryMs?: number;
  /** How long claims on notifications and scan runs last (MAMORU_OUTBOX_LEASE_SECONDS, MAMORU_SCAN_LEASE_SECONDS). */
  leases?: Leases;
  /** The clock incidents are reported, acknowledged and timed by (tests set it; default the system's). */
  clock?: () => Date;
}

export interface RunningBot {
  url: string;
  port: number;
  host: string;
  bot: Bot;
  /** The channels' fronts the configuration turned on. */
  fronts: ChannelFront[];
  /** True when no channel authenticates its requests (no Teams app id): served on loopback only. */
  localMode: boolean;
  store: Store;
  notifier: Notifier;
  close(): Promise<void>;
}

/** The server's log: pino at MAMORU_LOG_LEVEL (the configuration's `logLevel`), `info` by default. */
export function defaultLogger(level = 'info'): Logger {
  return pino({ level, base: { app: 'mamoru' } }) as unknown as Logger;
}

/** Where the store is: the options' place when they name one, else the configuration's. */
function storeOf(options: StoreOptions | undefined, configuration: Configuration): StoreOptions {
  const named = options?.dataDir || options?.sqliteFile || options?.databaseUrl;
  return named ? options : { ...configuration.store, ...options };
}

/**
 * Starts mamoru's bot: the store (migrated), the channel-neutral bot with its features, the
 * Teams front and the HTTP server. Without a Teams app id it is local mode: loopback only.
 */
export async function startBot(options: StartOptions = {}): Promise<RunningBot> {
  const configuration = withOverrides(options.configuration ?? readConfig({}), options);
  // The inspection pool this process reads attachments with (its memory limit, the OCR tools' PATH).
  if (options.configuration) configureInspection(options.configuration);
  const log = options.log ?? defaultLogger(configuration.logLevel);
  const config = options.config ?? configuration.file;
  const policy = options.policy ?? config?.policy ?? DEFAULT_POLICY;
  // Fail at start-up, not at the first question; and load the analyzer now, not for the first teacher.
  log.info({ ms: Math.round(warmUp(getPack(policy))) }, 'language analyzer and word index loaded');
  const audit = options.audit ?? auditOptionsOf(configuration.audit);
  const store = await openStore({ ...storeOf(options.store, configuration), ...(audit.key ? { auditKey: audit.key } : {}) });
  const rosterFile = options.rosterFile ?? configuration.rosterFile ?? config?.roster;
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
  // Filled once the bot exists: the fronts need the bot, the bot's features the notifier.
  const fronts: ChannelFront[] = [];
  const leases = options.leases ?? configuration.leases;
  const notifier = createNotifier({
    store,
    fronts,
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
  const incidents = incidentsFeature({ store, notifier, allowSelfApproval: options.allowSelfApproval, now: options.clock });
  // A standing permission (包括的許可) changes the answer a teacher it covers gets.
  const ask = askFeatureWith({ extend: standingExtender(permitDeps) });
  // Route order decides: the first route whose filters pass handles an event. Card verbs and list
  // words (permits, findings, incidents) come first; ask takes every message, so it is last but
  // the fallback, which answers what nothing else did.
  const features = [permits, findings, incidents, ask, fallbackFeature];
  const bot = createBot({ store: store.bot, log, policy, features });
  const channels = options.channels ?? CHANNELS;
  const off: ChannelModule[] = [];
  for (const channel of channels) {
    const front = channel.fromConfig(configuration, bot, log);
    if (front) fronts.push(front);
    else off.push(channel);
  }
  const localMode = fronts.some((front) => front.localMode);
  const host = localMode ? '127.0.0.1' : '0.0.0.0';
  let server: Server;
  try {
    server = await listen({ port: options.port ?? 3978, host, fronts, off, log });
  } catch (error) {
    await anchoring.stop();
    await store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  await notifier.start();
  const scans = config
    ? scheduleScans({
        config,
        credentials: configuration,
        store,
        pack: getPack(policy),
        log,
        leaseMs: leases.scanMs,
        afterRun: () => notifier.kick(),
      })
    : null;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    host,
    bot,
    fronts,
    localMode,
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

/** The configuration with the channels' settings the options give in its place. */
function withOverrides(configuration: Configuration, options: StartOptions): Configuration {
  const googleChat = options.googleChat === undefined ? configuration.googleChat : (options.googleChat ?? undefined);
  const { googleChat: _, ...rest } = configuration;
  return { ...rest, teams: options.teams ?? configuration.teams, ...(googleChat ? { googleChat } : {}) };
}
