import { ClientCertificateCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';
import type { GraphSettings } from '../../config/index.js';
import { ConnectorError } from '../errors.js';

/**
 * The app-only credential from the configuration: MAMORU_GRAPH_TENANT_ID, MAMORU_GRAPH_CLIENT_ID and
 * either MAMORU_GRAPH_CERT_PATH (a PEM with the private key; preferred) or MAMORU_GRAPH_CLIENT_SECRET.
 * MAMORU_GRAPH_AUTHORITY_HOST selects a national cloud's sign-in host.
 */
export function graphCredentialOf(settings: GraphSettings): TokenCredential {
  const { tenantId, clientId } = settings;
  const missing = [!tenantId && 'MAMORU_GRAPH_TENANT_ID', !clientId && 'MAMORU_GRAPH_CLIENT_ID'].filter(Boolean);
  if (!settings.certPath && !settings.clientSecret) missing.push('MAMORU_GRAPH_CLIENT_SECRET or MAMORU_GRAPH_CERT_PATH');
  if (missing.length > 0 || !tenantId || !clientId)
    throw new ConnectorError(
      'CONFIG_MISSING',
      `set ${missing.join(', ')} to scan OneDrive and SharePoint (from the Entra app registration: Files.Read.All, Sites.Read.All, User.Read.All)`,
    );
  const authority = settings.authorityHost ? { authorityHost: settings.authorityHost } : {};
  if (settings.certPath)
    return new ClientCertificateCredential(tenantId, clientId, { certificatePath: settings.certPath }, authority);
  return new ClientSecretCredential(tenantId, clientId, settings.clientSecret ?? '', authority);
}
