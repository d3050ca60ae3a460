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
      credential: graphCredentialFromEnv(env),
      baseUrl: source.base_url,
      sensitivityLabels: source.labels,
      drives: { onedrive: true, sharepoint: source.sites },
    });
  }
  const auth = googleAuthFromEnv({ ...env, MAMORU_GOOGLE_ADMIN_EMAIL: env.MAMORU_GOOGLE_ADMIN_EMAIL ?? source.admin_email });
  return createGoogleConnector({ ...auth, ...(source.root_url ? { rootUrl: source.root_url } : {}) });
}
