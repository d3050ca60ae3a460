import type { TokenCredential } from '@azure/identity';
import type { SourceConfig } from '../../config/index.js';
import {
  type Connector,
  createGoogleConnector,
  createGraphConnector,
  googleAuthFromEnv,
  graphCredentialFromEnv,
} from '../../connectors/index.js';

/**
 * The connector for a configured cloud source, with its secrets from the environment
 * (MAMORU_GRAPH_* / MAMORU_GOOGLE_*): never from the configuration file.
 */
export function connectorFor(source: Exclude<SourceConfig, { type: 'local' }>, env: NodeJS.ProcessEnv = process.env): Connector {
  if (source.type === 'graph') {
    return createGraphConnector({
      credential: localFakeCredential(source.base_url, env) ?? graphCredentialFromEnv(env),
      baseUrl: source.base_url,
      sensitivityLabels: source.labels,
      drives: { onedrive: true, sharepoint: source.sites },
    });
  }
  const auth = googleAuthFromEnv({ ...env, MAMORU_GOOGLE_ADMIN_EMAIL: env.MAMORU_GOOGLE_ADMIN_EMAIL ?? source.admin_email });
  return createGoogleConnector({ ...auth, ...(source.root_url ? { rootUrl: source.root_url } : {}) });
}

/**
 * For a Graph on this machine only (the demo's fake): a fixed token from
 * MAMORU_GRAPH_STATIC_TOKEN, since @azure/identity will not talk to a non-https authority.
 */
function localFakeCredential(baseUrl: string, env: NodeJS.ProcessEnv): TokenCredential | undefined {
  const token = env.MAMORU_GRAPH_STATIC_TOKEN;
  const host = new URL(baseUrl).hostname;
  if (!token || (host !== '127.0.0.1' && host !== 'localhost')) return undefined;
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}
