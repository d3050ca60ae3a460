import type { chat_v1 } from '@googleapis/chat';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { MamoruConfig } from './schema.js';

/** How long work claimed by one process stays its own before another process takes it back. */
export interface Leases {
  /** An outbox message being sent (MAMORU_OUTBOX_LEASE_SECONDS, default 120). */
  outboxMs?: number;
  /** A scan run without a heartbeat (MAMORU_SCAN_LEASE_SECONDS, default 300). */
  scanMs?: number;
}

/** The Teams bot's Entra app (botbuilder's standard variables); no app id = local mode. */
export interface TeamsSettings {
  /** MicrosoftAppId. */
  appId?: string;
  /** MicrosoftAppPassword. */
  appPassword?: string;
  /** MicrosoftAppType: SingleTenant (default), MultiTenant or UserAssignedMSI. */
  appType?: string;
  /** MicrosoftAppTenantId. */
  tenantId?: string;
  /** Instead of a password: MicrosoftAppCertificateThumbprint and MicrosoftAppCertificateKeyFile (PEM, outside the repository). */
  certificate?: { thumbprint: string; keyFile: string };
  /** Where the Bot Framework's signing keys are published; tests point it at a local fake. */
  openIdMetadataUrl?: string;
  /** Tests: how outgoing calls get their tokens. */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** How long a card action may take before Teams is answered "still working" (default 4 s). */
  invokeDeadlineMs?: number;
}

/**
 * How Google Chat proves a request is from Google Chat (chosen in the Chat API configuration):
 * - endpoint_url: an OIDC ID token from accounts.google.com for the service account
 *   chat@system.gserviceaccount.com, with the endpoint URL as audience;
 * - project_number: a JWT issued by chat@system.gserviceaccount.com, with the Cloud project
 *   number as audience, signed by that service account's published certificates.
 */
export interface ChatAuthConfig {
  /** MAMORU_GOOGLE_CHAT_AUTH, guessed from the audience when unset. */
  mode: 'endpoint_url' | 'project_number';
  /** MAMORU_GOOGLE_CHAT_AUDIENCE: the endpoint URL or the Cloud project number. */
  audience: string;
  /** Where the signing certificates are published; tests point it at a local server. */
  certsUrl?: string;
  fetch?: typeof fetch;
  /** The clock (tests). */
  now?: () => number;
}

/** Google Chat, on when MAMORU_GOOGLE_CHAT_AUDIENCE is set. */
export interface GoogleChatSettings {
  auth: ChatAuthConfig;
  /** MAMORU_GOOGLE_CHAT_KEY_FILE: the service account key for proactive messages and attachments. */
  keyFile?: string;
  /** Tests: a Chat API client pointed at a local fake, in place of one made from the key file. */
  client?: chat_v1.Chat;
}

/** The audit log's key (MAMORU_AUDIT_KEY, or a file holding it: MAMORU_AUDIT_KEY_FILE) and anchor file (MAMORU_AUDIT_ANCHOR). */
export interface AuditSettings {
  key?: string;
  keyFile?: string;
  anchorFile?: string;
}

/** Microsoft Graph's app-only credential for cloud scans (MAMORU_GRAPH_*). */
export interface GraphSettings {
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  /** A PEM with the private key; preferred to a secret. */
  certPath?: string;
  /** A national cloud's sign-in host. */
  authorityHost?: string;
  /** A fixed token, for a Graph fake on this machine only (the demo). */
  staticToken?: string;
}

/** Google Drive's domain-wide delegation for cloud scans (MAMORU_GOOGLE_KEY_FILE, MAMORU_GOOGLE_ADMIN_EMAIL). */
export interface GoogleSettings {
  keyFile?: string;
  adminEmail?: string;
}

/**
 * Everything mamoru is configured with, read once at start-up by readConfig: the environment
 * (secrets, where the data lives, the channels' credentials) and the configuration file
 * (MAMORU_CONFIG: pack, roster, sources, schedule). docs/operations.md lists every variable.
 */
export interface Configuration {
  /** The configuration file (MAMORU_CONFIG), validated; absent when none is set. */
  file?: MamoruConfig;
  /** MAMORU_LOG_LEVEL; absent: each entry point's default (the server `info`, commands `warn`). */
  logLevel?: string;
  /** PORT, as written (the server checks it with --port). */
  port?: string;
  /** DATABASE_URL (PostgreSQL) or MAMORU_DATA_DIR (SQLite; default ./data). */
  store: { databaseUrl?: string; dataDir?: string };
  /** MAMORU_ROSTER: a staff CSV imported at start-up. */
  rosterFile?: string;
  audit: AuditSettings;
  leases: Leases;
  teams: TeamsSettings;
  /** Absent when Google Chat is off. */
  googleChat?: GoogleChatSettings;
  graph: GraphSettings;
  google: GoogleSettings;
  /** MAMORU_WORKER_MEMORY_MB: the memory limit of each process that reads a file (default 1536). */
  workerMemoryMb: number;
  /** PATH, as the OCR tools (tesseract, pdftoppm) are looked up with. */
  toolPath: string;
}
