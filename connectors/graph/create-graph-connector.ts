import type { TokenCredential } from '@azure/identity';
import { Caller, type CallerOptions, mamoruVersion } from '../shared/index.js';
import type { Connector } from '../types.js';
import { downloadGraphItem } from './download-graph-item.js';
import { GraphHttp } from './graph-http.js';
import { graphUnits } from './graph-units.js';
import { listGraphChanges } from './list-graph-changes.js';
import { type GraphDriveScope, listGraphDrives } from './list-graph-drives.js';

export interface GraphConnectorOptions extends CallerOptions {
  /** App-only credential (ClientSecretCredential, ClientCertificateCredential, or a test's fake). */
  credential: TokenCredential;
  /** Default https://graph.microsoft.com/v1.0; national clouds have their own hosts. */
  baseUrl?: string;
  /** Token scope; defaults to `<origin of baseUrl>/.default`. */
  scope?: string;
  /** Which drives listDrives() enumerates. */
  drives?: GraphDriveScope;
  /** Read sensitivity labels with extractSensitivityLabels (one POST per Office/PDF file; default off). */
  sensitivityLabels?: boolean;
  labelNames?: Record<string, string>;
  /** Delta page size hint ($top). */
  pageSize?: number;
  /** Upper bound on delta pages per walk (default 100,000). */
  maxPages?: number;
  fetch?: typeof fetch;
  /** Defaults to mamoru's package version. */
  version?: string;
}

/**
 * A Connector for OneDrive and SharePoint through Microsoft Graph, app-only.
 *
 * @example
 * const graph = createGraphConnector({ credential: graphCredentialOf() });
 */
export function createGraphConnector(options: GraphConnectorOptions): Connector {
  const caller = new Caller({ costOf: graphUnits, ...options });
  // Microsoft's ISV decoration, so the service can tell mamoru's traffic apart when it throttles.
  const userAgent = `ISV|mamoru|mamoru/${options.version ?? mamoruVersion()}`;
  const http = new GraphHttp({
    credential: options.credential,
    baseUrl: options.baseUrl ?? 'https://graph.microsoft.com/v1.0',
    userAgent,
    fetch: options.fetch ?? globalThis.fetch,
    caller,
    ...(options.scope ? { scope: options.scope } : {}),
  });
  return {
    source: 'graph',
    listDrives: (walk) => listGraphDrives(http, options.drives ?? {}, walk?.signal),
    changes: (drive, cursor, walk) =>
      listGraphChanges(http, drive, cursor, {
        sensitivityLabels: options.sensitivityLabels ?? false,
        labelNames: options.labelNames ?? {},
        ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        ...(options.maxPages ? { maxPages: options.maxPages } : {}),
        ...(walk?.signal ? { signal: walk.signal } : {}),
        ...(walk?.resume ? { resume: walk.resume } : {}),
      }),
    download: (drive, item, download) => downloadGraphItem(http, caller, drive, item, download),
    stats: () => caller.stats(),
  };
}
