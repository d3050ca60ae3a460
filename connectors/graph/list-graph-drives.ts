import { ConnectorError } from '../errors.js';
import type { DriveRef } from '../types.js';
import type { GraphHttp } from './graph-http.js';
import type { GraphDrive, GraphSite, GraphUser, ODataPage } from './wire.js';

export interface GraphDriveScope {
  /** Each user's OneDrive (default true). */
  onedrive?: boolean;
  /** Every SharePoint site's document libraries (default true). */
  sharepoint?: boolean;
  /** Upper bound on pages of users or sites (default 10,000: ten million users at 999 a page). */
  maxPages?: number;
}

/**
 * Every OneDrive (users → /users/{id}/drive; a 404 means the user has none) and every SharePoint
 * document library (sites/getAllSites → /sites/{id}/drives), personal sites left out because
 * they are the OneDrives already listed.
 */
export async function* listGraphDrives(http: GraphHttp, scope: GraphDriveScope, signal?: AbortSignal): AsyncGenerator<DriveRef> {
  const maxPages = scope.maxPages ?? 10_000;
  if (scope.onedrive !== false) {
    for await (const users of pages<GraphUser>(
      http,
      'users',
      '/users?$select=id,mail,userPrincipalName,displayName&$top=999',
      maxPages,
      signal,
    )) {
      const drives = await Promise.all(users.map((user) => oneDriveOf(http, user, signal)));
      for (const drive of drives) if (drive) yield drive;
    }
  }
  if (scope.sharepoint !== false) {
    const sitesUrl = '/sites/getAllSites?$select=id,name,displayName,webUrl,isPersonalSite';
    for await (const sites of pages<GraphSite>(http, 'sites', sitesUrl, maxPages, signal)) {
      const listed = await Promise.all(
        sites.filter((site) => !isPersonal(site)).map((site) => librariesOf(http, site, maxPages, signal)),
      );
      for (const libraries of listed) yield* libraries;
    }
  }
}

async function oneDriveOf(http: GraphHttp, user: GraphUser, signal?: AbortSignal): Promise<DriveRef | undefined> {
  let drive: GraphDrive;
  try {
    drive = await http.json<GraphDrive>('drive', `/users/${encodeURIComponent(user.id)}/drive?$select=id,name,driveType,webUrl`, {
      signal,
    });
  } catch (error) {
    // No licence, never signed in, or OneDrive not provisioned: nothing to scan.
    if (error instanceof ConnectorError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
  const email = user.mail || user.userPrincipalName;
  const ref: DriveRef = {
    source: 'graph',
    driveId: drive.id,
    kind: 'onedrive',
    name: `${user.displayName ?? email ?? user.id} (OneDrive)`,
  };
  if (email) ref.ownerEmail = email;
  if (drive.webUrl) ref.webUrl = drive.webUrl;
  return ref;
}

async function librariesOf(http: GraphHttp, site: GraphSite, maxPages: number, signal?: AbortSignal): Promise<DriveRef[]> {
  const out: DriveRef[] = [];
  const url = `/sites/${encodeURIComponent(site.id)}/drives?$select=id,name,driveType,webUrl`;
  try {
    for await (const drives of pages<GraphDrive>(http, 'drives', url, maxPages, signal)) {
      for (const drive of drives) {
        const ref: DriveRef = {
          source: 'graph',
          driveId: drive.id,
          kind: 'sharepoint',
          name: `${site.displayName ?? site.name ?? site.id} / ${drive.name ?? drive.id}`,
        };
        if (drive.webUrl) ref.webUrl = drive.webUrl;
        out.push(ref);
      }
    }
  } catch (error) {
    // A site deleted between the two calls.
    if (error instanceof ConnectorError && error.code === 'NOT_FOUND') return out;
    throw error;
  }
  return out;
}

function isPersonal(site: GraphSite): boolean {
  return site.isPersonalSite === true || /-my\.sharepoint\./i.test(site.webUrl ?? '');
}

/** Follows @odata.nextLink, at most `maxPages` pages. */
export async function* pages<T>(
  http: GraphHttp,
  kind: string,
  first: string,
  maxPages: number,
  signal?: AbortSignal,
): AsyncGenerator<T[]> {
  let url: string | undefined = first;
  for (let count = 0; url; count++) {
    if (count >= maxPages)
      throw new ConnectorError(
        'TOO_MANY_PAGES',
        `the ${kind} listing passed ${maxPages} pages; raise maxPages if the tenant is that large`,
      );
    const page: ODataPage<T> = await http.json<ODataPage<T>>(kind, url, { signal });
    yield page.value ?? [];
    url = page['@odata.nextLink'];
  }
}
