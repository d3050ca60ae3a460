import { z } from 'zod/v4';

/** Unset and empty are the same: `FOO=` in a unit file or a test's `{ FOO: '' }` turns a setting off. */
const text = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

/** A lease in seconds → milliseconds; unset means the default. */
const leaseSeconds = (name: string) =>
  text.transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (Number.isFinite(value) && value >= 1 && value <= 86_400) return Math.round(value * 1000);
    ctx.addIssue({ code: 'custom', message: `${name} must be a number of seconds between 1 and 86400 (got "${raw}")` });
    return z.NEVER;
  });

/**
 * The resident memory an inspection process may use (heap, buffers, native parsers) before it is
 * ended: the 1024 MB heap and half as much outside it. The largest document within the file bounds
 * (a 35 MB xlsx of 190 MB of sheet XML) takes about 1.2 GB.
 */
export const DEFAULT_WORKER_MEMORY_MB = 1536;

const workerMemory = text.transform((raw, ctx) => {
  if (raw === undefined) return DEFAULT_WORKER_MEMORY_MB;
  const value = Number(raw.trim());
  if (Number.isInteger(value) && value >= 128) return value;
  ctx.addIssue({
    code: 'custom',
    message: `MAMORU_WORKER_MEMORY_MB must be a whole number of MB, 128 or more (got "${raw.trim()}")`,
  });
  return z.NEVER;
});

/**
 * Every environment variable mamoru reads, by its name, validated. docs/operations.md lists them
 * with their meaning; this is the only place that knows them.
 */
export const environmentSchema = z.object({
  // The configuration file and the server.
  MAMORU_CONFIG: text,
  MAMORU_LOG_LEVEL: text,
  PORT: text,
  // The store.
  DATABASE_URL: text,
  MAMORU_DATA_DIR: text,
  MAMORU_ROSTER: text,
  MAMORU_AUDIT_KEY: text,
  MAMORU_AUDIT_KEY_FILE: text,
  MAMORU_AUDIT_ANCHOR: text,
  MAMORU_OUTBOX_LEASE_SECONDS: leaseSeconds('MAMORU_OUTBOX_LEASE_SECONDS'),
  MAMORU_SCAN_LEASE_SECONDS: leaseSeconds('MAMORU_SCAN_LEASE_SECONDS'),
  // Teams (botbuilder's standard names).
  MicrosoftAppId: text,
  MicrosoftAppPassword: text,
  MicrosoftAppType: text,
  MicrosoftAppTenantId: text,
  MicrosoftAppCertificateThumbprint: text,
  MicrosoftAppCertificateKeyFile: text,
  // Google Chat.
  MAMORU_GOOGLE_CHAT_AUDIENCE: text,
  MAMORU_GOOGLE_CHAT_AUTH: text,
  MAMORU_GOOGLE_CHAT_KEY_FILE: text,
  // Cloud scans: Microsoft Graph and Google Drive.
  MAMORU_GRAPH_TENANT_ID: text,
  MAMORU_GRAPH_CLIENT_ID: text,
  MAMORU_GRAPH_CLIENT_SECRET: text,
  MAMORU_GRAPH_CERT_PATH: text,
  MAMORU_GRAPH_AUTHORITY_HOST: text,
  MAMORU_GRAPH_STATIC_TOKEN: text,
  MAMORU_GOOGLE_KEY_FILE: text,
  MAMORU_GOOGLE_ADMIN_EMAIL: text,
  // Reading files.
  MAMORU_WORKER_MEMORY_MB: workerMemory,
  PATH: text,
});

export type Environment = z.infer<typeof environmentSchema>;
