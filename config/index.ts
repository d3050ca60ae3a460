/**
 * mamoru's configuration, read once: `readConfig(env)` validates the environment and the
 * configuration file it names (MAMORU_CONFIG, YAML) into one typed Configuration the entry point
 * passes down. `readProcessConfig()` is the one reading of the process's environment.
 */

export { DEFAULT_WORKER_MEMORY_MB } from './environment.js';
export { ConfigError, loadConfig } from './load-config.js';
export { EnvironmentError, readConfig, readProcessConfig } from './read-config.js';
export {
  configSchema,
  digestRouteOf,
  GOOGLE_QUOTA,
  GRAPH_QUOTA_BANDS,
  type MamoruConfig,
  OCR_DEFAULTS,
  type OcrConfig,
  QUOTA_SHARE,
  type QuotaConfig,
  quotaOf,
  SCAN_DEFAULTS,
  type SourceConfig,
} from './schema.js';
export type {
  AuditSettings,
  ChatAuthConfig,
  Configuration,
  GoogleChatSettings,
  GoogleSettings,
  GraphSettings,
  Leases,
  TeamsSettings,
} from './settings.js';
