/** The configuration file (YAML, zod-validated): sources, schedule, pack, roster. */
export { type Leases, leasesFromEnv } from './leases-from-env.js';
export { ConfigError, loadConfig } from './load-config.js';
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
