import { ConnectorError } from '../errors.js';
import type { DriveRef } from '../types.js';
import type { GoogleClients } from './google-clients.js';

export interface GoogleDriveScope {
  /** Each active user's My Drive (default true). */
  myDrives?: boolean;
  /** Every shared drive in the domain (default true). */
  sharedDrives?: boolean;
  /** Upper bound on pages of users or shared drives (default 10,000). */
  maxPages?: number;
}

/**
 * Every active user's My Drive (Directory users.list, customer my_customer, as the admin) and every
 * shared drive (drives.list with useDomainAdminAccess). A shared drive is walked as one of its
 * organizers, found with permissions.list, who is also the person its findings go to.
 */
export async function* listGoogleDrives(
  clients: GoogleClients,
  scope: GoogleDriveScope,
  signal?: AbortSignal,
): AsyncGenerator<DriveRef> {
  const maxPages = scope.maxPages ?? 10_000;
  if (scope.myDrives !== false) {
    let pageToken: string | undefined;
    for (let count = 0; count === 0 || pageToken; count++) {
      if (count >= maxPages) throw tooMany('users', maxPages);
      const page = await clients.call(
        'users.list',
        (options) =>
          clients.directory().users.list(
            {
              customer: 'my_customer',
              maxResults: 500,
              fields: 'nextPageToken,users(id,primaryEmail,name/fullName,suspended,archived)',
              ...(pageToken ? { pageToken } : {}),
            },
            options,
          ),
        signal,
      );
      for (const user of page.users ?? []) {
        // Suspended and archived accounts cannot be impersonated.
        if (!user.id || !user.primaryEmail || user.suspended || user.archived) continue;
        yield {
          source: 'google',
          driveId: user.id,
          kind: 'mydrive',
          ownerEmail: user.primaryEmail,
          name: `${user.name?.fullName ?? user.primaryEmail} (マイドライブ)`,
        };
      }
      pageToken = page.nextPageToken ?? undefined;
    }
  }
  if (scope.sharedDrives !== false) {
    const adminDrive = clients.driveAs(clients.adminEmail);
    let pageToken: string | undefined;
    for (let count = 0; count === 0 || pageToken; count++) {
      if (count >= maxPages) throw tooMany('shared drives', maxPages);
      const page = await clients.call(
        'drives.list',
        (options) =>
          adminDrive.drives.list(
            {
              useDomainAdminAccess: true,
              pageSize: 100,
              fields: 'nextPageToken,drives(id,name)',
              ...(pageToken ? { pageToken } : {}),
            },
            options,
          ),
        signal,
      );
      const drives = (page.drives ?? []).filter((d) => d.id);
      const organizers = await Promise.all(drives.map((d) => organizerOf(clients, d.id!, signal)));
      for (const [i, d] of drives.entries()) {
        const ref: DriveRef = { source: 'google', driveId: d.id!, kind: 'shared_drive', name: d.name ?? d.id! };
        const organizer = organizers[i];
        if (organizer) ref.ownerEmail = organizer;
        yield ref;
      }
      pageToken = page.nextPageToken ?? undefined;
    }
  }
}

async function organizerOf(clients: GoogleClients, driveId: string, signal?: AbortSignal): Promise<string | undefined> {
  const adminDrive = clients.driveAs(clients.adminEmail);
  try {
    const page = await clients.call(
      'permissions.list',
      (options) =>
        adminDrive.permissions.list(
          {
            fileId: driveId,
            supportsAllDrives: true,
            useDomainAdminAccess: true,
            pageSize: 100,
            fields: 'permissions(type,role,emailAddress)',
          },
          options,
        ),
      signal,
    );
    return (
      page.permissions?.find((p) => p.type === 'user' && p.role === 'organizer' && p.emailAddress)?.emailAddress ?? undefined
    );
  } catch (error) {
    if (error instanceof ConnectorError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return undefined;
    throw error;
  }
}

function tooMany(what: string, maxPages: number): ConnectorError {
  return new ConnectorError(
    'TOO_MANY_PAGES',
    `the ${what} listing passed ${maxPages} pages; raise maxPages if the domain is that large`,
  );
}
