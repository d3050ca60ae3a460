import { type Environment, environmentSchema } from './environment.js';
import { loadConfig } from './load-config.js';
import type { MamoruConfig } from './schema.js';
import type { Configuration } from './settings.js';

/** An environment variable with a value mamoru cannot use: the message names it and says what it must be. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}

/**
 * mamoru's whole configuration, read once at start-up by the entry point (the `mamoru` command,
 * the scripts): the environment, validated, and the configuration file it names (MAMORU_CONFIG),
 * validated. Nothing below the entry point reads the environment; this object is passed down.
 *
 * @example const configuration = readConfig(process.env); await startBot({ configuration });
 */
export function readConfig(env: Record<string, string | undefined>): Configuration {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) throw new EnvironmentError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  const e = parsed.data;
  const file: MamoruConfig | undefined = e.MAMORU_CONFIG ? loadConfig(e.MAMORU_CONFIG) : undefined;
  return {
    ...(file ? { file } : {}),
    ...(e.MAMORU_LOG_LEVEL ? { logLevel: e.MAMORU_LOG_LEVEL } : {}),
    ...(e.PORT ? { port: e.PORT } : {}),
    store: { databaseUrl: e.DATABASE_URL, dataDir: e.MAMORU_DATA_DIR },
    ...(e.MAMORU_ROSTER ? { rosterFile: e.MAMORU_ROSTER } : {}),
    audit: { key: e.MAMORU_AUDIT_KEY, keyFile: e.MAMORU_AUDIT_KEY_FILE, anchorFile: e.MAMORU_AUDIT_ANCHOR },
    leases: { outboxMs: e.MAMORU_OUTBOX_LEASE_SECONDS, scanMs: e.MAMORU_SCAN_LEASE_SECONDS },
    teams: teamsOf(e),
    ...(e.MAMORU_GOOGLE_CHAT_AUDIENCE ? { googleChat: googleChatOf(e, e.MAMORU_GOOGLE_CHAT_AUDIENCE) } : {}),
    graph: {
      tenantId: e.MAMORU_GRAPH_TENANT_ID,
      clientId: e.MAMORU_GRAPH_CLIENT_ID,
      clientSecret: e.MAMORU_GRAPH_CLIENT_SECRET,
      certPath: e.MAMORU_GRAPH_CERT_PATH,
      authorityHost: e.MAMORU_GRAPH_AUTHORITY_HOST,
      staticToken: e.MAMORU_GRAPH_STATIC_TOKEN,
    },
    google: { keyFile: e.MAMORU_GOOGLE_KEY_FILE, adminEmail: e.MAMORU_GOOGLE_ADMIN_EMAIL },
    workerMemoryMb: e.MAMORU_WORKER_MEMORY_MB,
    toolPath: e.PATH ?? '/usr/bin:/bin',
  };
}

/** A certificate (thumbprint and PEM key file) replaces the password when both are set with an app id. */
function teamsOf(e: Environment): Configuration['teams'] {
  const certificate =
    e.MicrosoftAppId && e.MicrosoftAppCertificateThumbprint && e.MicrosoftAppCertificateKeyFile
      ? { thumbprint: e.MicrosoftAppCertificateThumbprint, keyFile: e.MicrosoftAppCertificateKeyFile }
      : undefined;
  return {
    appId: e.MicrosoftAppId,
    appPassword: e.MicrosoftAppPassword,
    appType: e.MicrosoftAppType ?? 'SingleTenant',
    tenantId: e.MicrosoftAppTenantId,
    ...(certificate ? { certificate } : {}),
  };
}

/** The audience is the endpoint URL or the Cloud project number; the mode is guessed from it unless set. */
function googleChatOf(e: Environment, audience: string): NonNullable<Configuration['googleChat']> {
  const mode =
    e.MAMORU_GOOGLE_CHAT_AUTH === 'project_number' || e.MAMORU_GOOGLE_CHAT_AUTH === 'endpoint_url'
      ? e.MAMORU_GOOGLE_CHAT_AUTH
      : audience.startsWith('https://')
        ? 'endpoint_url'
        : 'project_number';
  return { auth: { mode, audience }, ...(e.MAMORU_GOOGLE_CHAT_KEY_FILE ? { keyFile: e.MAMORU_GOOGLE_CHAT_KEY_FILE } : {}) };
}

/** This process's configuration: the one place that reads process.env, for the entry points. */
export function readProcessConfig(): Configuration {
  return readConfig(process.env);
}
