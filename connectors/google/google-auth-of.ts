import { auth } from '@googleapis/drive';
import type { GoogleSettings } from '../../config/index.js';
import { ConnectorError } from '../errors.js';
import type { GoogleAuthClient } from './google-clients.js';

/** Read-only Drive, plus the directory's user list for the admin. */
export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/admin.directory.user.readonly',
];

/**
 * Domain-wide delegation from the configuration: MAMORU_GOOGLE_KEY_FILE (the service account's JSON
 * key) and MAMORU_GOOGLE_ADMIN_EMAIL (an administrator to list users and shared drives as).
 */
export function googleAuthOf(settings: GoogleSettings): {
  authFor: (subject: string) => GoogleAuthClient;
  adminEmail: string;
} {
  const { keyFile, adminEmail } = settings;
  if (!keyFile || !adminEmail) {
    const missing = [!keyFile && 'MAMORU_GOOGLE_KEY_FILE', !adminEmail && 'MAMORU_GOOGLE_ADMIN_EMAIL']
      .filter(Boolean)
      .join(' and ');
    throw new ConnectorError(
      'CONFIG_MISSING',
      `set ${missing} to scan Google Drive (a service account key with domain-wide delegation for ${GOOGLE_SCOPES.join(', ')})`,
    );
  }
  return { adminEmail, authFor: (subject) => new auth.JWT({ keyFile, scopes: GOOGLE_SCOPES, subject }) };
}
