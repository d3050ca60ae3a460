import { ClientCertificateCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';
import { ConnectorError } from '../errors.js';

/**
 * The app-only credential from the environment: MAMORU_GRAPH_TENANT_ID, MAMORU_GRAPH_CLIENT_ID and
 * either MAMORU_GRAPH_CERT_PATH (a PEM with the private key; preferred) or MAMORU_GRAPH_CLIENT_SECRET.
 * MAMORU_GRAPH_AUTHORITY_HOST selects a national cloud's sign-in host.
 */
export function graphCredentialFromEnv(env: NodeJS.ProcessEnv = process.env): TokenCredential {
  const tenantId = env.MAMORU_GRAPH_TENANT_ID;
  const clientId = env.MAMORU_GRAPH_CLIENT_ID;
  const missing = [!tenantId && 'MAMORU_GRAPH_TENANT_ID', !clientId && 'MAMORU_GRAPH_CLIENT_ID'].filter(Boolean);
  if (!env.MAMORU_GRAPH_CERT_PATH && !env.MAMORU_GRAPH_CLIENT_SECRET)
    missing.push('MAMORU_GRAPH_CLIENT_SECRET or MAMORU_GRAPH_CERT_PATH');
  if (missing.length > 0 || !tenantId || !clientId)
    throw new ConnectorError(
      'CONFIG_MISSING',
      `set ${missing.join(', ')} to scan OneDrive and SharePoint (from the Entra app registration: Files.Read.All, Sites.Read.All, User.Read.All)`,
    );
  const authority = env.MAMORU_GRAPH_AUTHORITY_HOST ? { authorityHost: env.MAMORU_GRAPH_AUTHORITY_HOST } : {};
  if (env.MAMORU_GRAPH_CERT_PATH)
    return new ClientCertificateCredential(tenantId, clientId, { certificatePath: env.MAMORU_GRAPH_CERT_PATH }, authority);
  return new ClientSecretCredential(tenantId, clientId, env.MAMORU_GRAPH_CLIENT_SECRET!, authority);
}
