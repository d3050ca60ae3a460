/** The configuration file (YAML, zod-validated): sources, schedule, pack, roster. */
export { type Leases, leasesFromEnv } from './leases-from-env.js';
export { ConfigError, loadConfig } from './load-config.js';
export { configSchema, digestRouteOf, type MamoruConfig, OCR_DEFAULTS, type OcrConfig, type SourceConfig } from './schema.js';
