import { Cron } from 'croner';
import { digestRouteOf, type MamoruConfig } from '../../config/index.js';
import type { Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import type { Store } from '../../store/index.js';
import { type CloudCredentials, connectorFor } from './connector-for.js';
import { runCloudScan } from './run-cloud-scan.js';

/**
 * The scan schedule of the default single-process mode: at each tick of `schedule.scan`, every
 * cloud source is scanned in turn, and the notifier sends the digests. A tick that finds the
 * previous run still going is skipped.
 */
export function scheduleScans(o: {
  config: MamoruConfig;
  /** The sources' credentials (the configuration's MAMORU_GRAPH_* and MAMORU_GOOGLE_*). */
  credentials: CloudCredentials;
  store: Store;
  pack: Pack;
  log: Logger;
  /** How long a run may go without a heartbeat before it counts as interrupted. */
  leaseMs?: number;
  afterRun: () => void;
}): Cron | null {
  const expression = o.config.schedule.scan;
  const sources = o.config.sources.filter((s) => s.type !== 'local');
  if (!expression || sources.length === 0) return null;
  return new Cron(expression, { timezone: o.config.schedule.timezone, protect: true }, async () => {
    for (const source of sources) {
      try {
        const result = await runCloudScan({
          store: o.store,
          pack: o.pack,
          connector: connectorFor(source as Exclude<typeof source, { type: 'local' }>, o.credentials, {
            store: o.store,
            log: o.log,
            concurrency: o.config.scan.files_in_flight + 2,
          }),
          log: o.log,
          maxBytes: o.config.scan.max_download_mb * 1_000_000,
          concurrency: o.config.scan.concurrency,
          filesInFlight: o.config.scan.files_in_flight,
          ocr: o.config.scan.ocr,
          route: digestRouteOf(o.config),
          leaseMs: o.leaseMs,
        });
        o.log.info({ source: source.type, ...result }, 'scheduled scan finished');
      } catch (error) {
        o.log.error({ err: error, source: source.type }, 'scheduled scan failed');
      }
      o.afterRun();
    }
  });
}
