import type { TokenCredential } from '@azure/identity';
import { type Configuration, type GraphSettings, quotaOf, type SourceConfig } from '../../config/index.js';
import {
  type Clock,
  type Connector,
  createGoogleConnector,
  createGraphConnector,
  googleAuthOf,
  graphCredentialOf,
} from '../../connectors/index.js';
import type { Logger } from '../../ports/index.js';
import type { Store } from '../../store/index.js';
import { QuotaPacer } from './quota-pacer.js';

type CloudSource = Exclude<SourceConfig, { type: 'local' }>;

/** The name a source's budget is kept under: one per tenant (Graph) or domain (Google). */
export function budgetOf(source: CloudSource): string {
  return source.type === 'graph' ? `graph:${source.base_url}` : `google:${source.admin_email}`;
}

/** The cloud credentials of the configuration (MAMORU_GRAPH_* and MAMORU_GOOGLE_*, from the environment). */
export type CloudCredentials = Pick<Configuration, 'graph' | 'google'>;

/**
 * The connector for a configured cloud source, with its secrets from the environment
 * (MAMORU_GRAPH_* / MAMORU_GOOGLE_*, in `credentials`): never from the configuration file. With `quota.store`, its
 * requests are paced to the source's budget (the config's `quota`), shared by every process on
 * that database; `concurrency` requests at most in flight (the files a process reads at once,
 * and a listing beside them).
 */
export function connectorFor(
  source: CloudSource,
  credentials: CloudCredentials,
  quota?: { store: Store; clock?: Clock; log?: Logger; concurrency?: number },
): Connector {
  const limits = quotaOf(source);
  const pacer = quota
    ? new QuotaPacer({
        store: quota.store,
        budget: budgetOf(source),
        perMinute: limits.per_minute,
        perDay: limits.per_day,
        ...(quota.clock ? { clock: quota.clock } : {}),
        ...(quota.log ? { log: quota.log } : {}),
      })
    : undefined;
  const paced = {
    ...(pacer ? { pacer } : {}),
    ...(quota?.clock ? { clock: quota.clock } : {}),
    ...(quota?.concurrency ? { concurrency: quota.concurrency } : {}),
  };
  if (source.type === 'graph') {
    return createGraphConnector({
      ...paced,
      credential: localFakeCredential(source.base_url, credentials.graph) ?? graphCredentialOf(credentials.graph),
      baseUrl: source.base_url,
      sensitivityLabels: source.labels,
      drives: { onedrive: true, sharepoint: source.sites },
    });
  }
  const auth = googleAuthOf({
    ...credentials.google,
    adminEmail: credentials.google.adminEmail ?? source.admin_email,
  });
  return createGoogleConnector({ ...auth, ...paced, ...(source.root_url ? { rootUrl: source.root_url } : {}) });
}

/**
 * For a Graph on this machine only (the demo's fake): a fixed token from
 * MAMORU_GRAPH_STATIC_TOKEN, since @azure/identity will not talk to a non-https authority.
 */
function localFakeCredential(baseUrl: string, graph: GraphSettings): TokenCredential | undefined {
  const token = graph.staticToken;
  const host = new URL(baseUrl).hostname;
  if (!token || (host !== '127.0.0.1' && host !== 'localhost')) return undefined;
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}
