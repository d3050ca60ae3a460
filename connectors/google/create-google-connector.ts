import { Caller, type CallerOptions, mamoruVersion } from '../shared/index.js';
import type { Connector } from '../types.js';
import { downloadGoogleFile } from './download-google-file.js';
import { type GoogleAuthClient, GoogleClients } from './google-clients.js';
import { type GoogleWalkOptions, listGoogleChanges } from './list-google-changes.js';
import { type GoogleDriveScope, listGoogleDrives } from './list-google-drives.js';

export interface GoogleConnectorOptions extends CallerOptions, Omit<GoogleWalkOptions, 'signal'> {
  /** An auth client acting as `subject`: googleAuthOf(config.google) in production, a fake in tests. */
  authFor: (subject: string) => GoogleAuthClient;
  /** The Workspace administrator the directory and shared-drive listings run as. */
  adminEmail: string;
  /** Default https://www.googleapis.com/; tests point it at a local fake. */
  rootUrl?: string;
  drives?: GoogleDriveScope;
  version?: string;
}

/**
 * A Connector for Google Drive: every user's My Drive (impersonated through domain-wide
 * delegation) and every shared drive.
 *
 * @example
 * const google = createGoogleConnector({ ...googleAuthOf() });
 */
export function createGoogleConnector(options: GoogleConnectorOptions): Connector {
  const caller = new Caller(options);
  const clients = new GoogleClients({
    authFor: options.authFor,
    adminEmail: options.adminEmail,
    caller,
    version: options.version ?? mamoruVersion(),
    ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
  });
  const walkOptions: GoogleWalkOptions = {
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    ...(options.sharing !== undefined ? { sharing: options.sharing } : {}),
    ...(options.labelIds ? { labelIds: options.labelIds } : {}),
    ...(options.labelNames ? { labelNames: options.labelNames } : {}),
  };
  return {
    source: 'google',
    listDrives: (walk) => listGoogleDrives(clients, options.drives ?? {}, walk?.signal),
    changes: (drive, cursor, walk) =>
      listGoogleChanges(clients, drive, cursor, {
        ...walkOptions,
        ...(walk?.signal ? { signal: walk.signal } : {}),
        ...(walk?.resume ? { resume: walk.resume } : {}),
      }),
    download: (drive, item, download) => downloadGoogleFile(clients, drive, item, download),
    stats: () => caller.stats(),
  };
}
