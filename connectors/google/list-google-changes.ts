import { ConnectorError } from '../errors.js';
import { WalkState } from '../shared/index.js';
import type { ChangePage, DriveItem, DriveRef } from '../types.js';
import type { GoogleClients } from './google-clients.js';
import { toDriveItem } from './to-drive-item.js';
import { type DriveChange, type DriveFile, FOLDER, fileFields } from './wire.js';

export interface GoogleWalkOptions {
  /** files.list / changes.list page size (default 1000, Drive's maximum). */
  pageSize?: number;
  /** Upper bound on pages in one walk (default 100,000). */
  maxPages?: number;
  /** Ask for permissions(type,role) to report sharing (default true). */
  sharing?: boolean;
  /** Drive label ids to read (includeLabels); none by default. */
  labelIds?: string[];
  labelNames?: Record<string, string>;
  signal?: AbortSignal;
  /** A page's `resume` token: the walk goes on from the page after it. */
  resume?: string;
}

/** Where a walk goes on: files.list of a full listing (with the start token it ends on) or changes.list. */
type GoogleResume = { p: 'files'; t: string; s: string; r: boolean } | { p: 'changes'; t: string };

/** The user whose view of the drive the walk reads: the owner, or a shared drive's organizer. */
export function subjectOf(clients: GoogleClients, drive: DriveRef): string {
  return drive.ownerEmail ?? clients.adminEmail;
}

/**
 * Walks one drive. Without a cursor: the start page token first (so nothing changed during the
 * listing is missed), then files.list over the whole drive; the token is the cursor. With one:
 * changes.list from it until newStartPageToken. A token Drive refuses restarts as a full listing,
 * marked resynced.
 */
export async function* listGoogleChanges(
  clients: GoogleClients,
  drive: DriveRef,
  cursor: string | undefined,
  options: GoogleWalkOptions = {},
): AsyncGenerator<ChangePage> {
  const api = clients.driveAs(subjectOf(clients, drive));
  const { signal } = options;
  const shared = drive.kind === 'shared_drive';
  const walk = new WalkState(async (id) => {
    try {
      const file = await clients.call(
        'files.get',
        (o) => api.files.get({ fileId: id, fields: 'id,name,parents', supportsAllDrives: true }, o),
        signal,
      );
      return file.parents?.[0] ? { name: file.name ?? '', parentId: file.parents[0] } : { name: '', path: '' };
    } catch (error) {
      if (error instanceof ConnectorError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return undefined;
      throw error;
    }
  });
  if (shared) walk.knowPath(drive.driveId, '');
  const ctx: WalkContext = {
    clients,
    drive,
    api,
    walk,
    options,
    fields: fileFields({ sharing: options.sharing !== false, labels: !!options.labelIds?.length }),
  };

  if (options.resume) {
    const resume = readResume(options.resume);
    if (resume.p === 'files') yield* fullListing(ctx, resume.r, { pageToken: resume.t, start: resume.s });
    else yield* changesSince(ctx, resume.t);
    return;
  }
  if (cursor !== undefined) {
    try {
      yield* changesSince(ctx, cursor);
      return;
    } catch (error) {
      if (!(error instanceof ConnectorError && error.code === 'CURSOR_EXPIRED')) throw error;
    }
  }
  yield* fullListing(ctx, cursor !== undefined);
}

interface WalkContext {
  clients: GoogleClients;
  drive: DriveRef;
  api: ReturnType<GoogleClients['driveAs']>;
  walk: WalkState;
  options: GoogleWalkOptions;
  fields: string;
}

function scopeParams(drive: DriveRef) {
  return drive.kind === 'shared_drive'
    ? { driveId: drive.driveId, supportsAllDrives: true, includeItemsFromAllDrives: true }
    : { supportsAllDrives: true, includeItemsFromAllDrives: true };
}

function labelParams(options: GoogleWalkOptions) {
  return options.labelIds?.length ? { includeLabels: options.labelIds.join(',') } : {};
}

function readResume(token: string): GoogleResume {
  try {
    const parsed = JSON.parse(token) as GoogleResume;
    if ((parsed.p === 'files' || parsed.p === 'changes') && typeof parsed.t === 'string') return parsed;
  } catch {
    // fall through
  }
  throw new ConnectorError(
    'BAD_RESPONSE',
    'the stored place to resume the Drive walk from is not readable; the walk starts again',
  );
}

async function* fullListing(
  ctx: WalkContext,
  resynced: boolean,
  resumed?: { pageToken: string; start: string },
): AsyncGenerator<ChangePage> {
  const { clients, drive, api, options } = ctx;
  const shared = drive.kind === 'shared_drive';
  const start = resumed
    ? { startPageToken: resumed.start }
    : await clients.call(
        'changes.getStartPageToken',
        (o) => api.changes.getStartPageToken(shared ? { driveId: drive.driveId, supportsAllDrives: true } : {}, o),
        options.signal,
      );
  if (!start.startPageToken)
    throw new ConnectorError('BAD_RESPONSE', `Drive gave no start page token for ${drive.name}; retry the scan`);
  let pageToken: string | undefined = resumed?.pageToken;
  for (let count = 0; count === 0 || pageToken; count++) {
    if (count >= (options.maxPages ?? 100_000)) throw tooMany(drive, options);
    const page = await clients.call(
      'files.list',
      (o) =>
        api.files.list(
          {
            pageSize: options.pageSize ?? 1000,
            // Only the files the user owns: files shared with them are walked in their owner's drive.
            q: shared ? 'trashed = false' : "'me' in owners and trashed = false",
            corpora: shared ? 'drive' : 'user',
            fields: `nextPageToken,files(${ctx.fields})`,
            ...scopeParams(drive),
            ...labelParams(options),
            ...(pageToken ? { pageToken } : {}),
          },
          o,
        ),
      options.signal,
    );
    pageToken = page.nextPageToken ?? undefined;
    const items = ctx.walk.fresh(await toItems(ctx, page.files ?? []));
    if (pageToken) {
      const resume: GoogleResume = { p: 'files', t: pageToken, s: start.startPageToken, r: resynced };
      yield { items, resynced, full: true, resume: JSON.stringify(resume) };
    } else yield { items, cursor: start.startPageToken, resynced, full: true };
  }
}

async function* changesSince(ctx: WalkContext, cursor: string): AsyncGenerator<ChangePage> {
  const { clients, drive, api, options } = ctx;
  let pageToken = cursor;
  for (let count = 0; ; count++) {
    if (count >= (options.maxPages ?? 100_000)) throw tooMany(drive, options);
    const page = await clients.call(
      'changes.list',
      (o) =>
        api.changes.list(
          {
            pageToken,
            pageSize: options.pageSize ?? 1000,
            includeRemoved: true,
            spaces: 'drive',
            fields: `nextPageToken,newStartPageToken,changes(changeType,removed,fileId,file(${ctx.fields}))`,
            ...(drive.kind === 'shared_drive' ? {} : { restrictToMyDrive: true }),
            ...scopeParams(drive),
            ...labelParams(options),
          },
          o,
        ),
      options.signal,
    );
    const items = ctx.walk.fresh(await changedItems(ctx, page.changes ?? []));
    if (page.nextPageToken) {
      const resume: GoogleResume = { p: 'changes', t: page.nextPageToken };
      yield { items, resynced: false, full: false, resume: JSON.stringify(resume) };
      pageToken = page.nextPageToken;
      continue;
    }
    if (!page.newStartPageToken)
      throw new ConnectorError(
        'BAD_RESPONSE',
        `Drive ended the changes of ${drive.name} without a new start page token; retry the scan`,
      );
    yield { items, cursor: page.newStartPageToken, resynced: false, full: false };
    return;
  }
}

async function changedItems(ctx: WalkContext, changes: DriveChange[]): Promise<DriveItem[]> {
  const live: DriveFile[] = [];
  const gone: DriveItem[] = [];
  for (const change of changes) {
    if (change.changeType && change.changeType !== 'file') continue;
    const file = change.file;
    // Removed from view, trashed, or (in a My Drive) no longer owned by the user: gone from this drive.
    if (change.removed || !file || file.trashed || (ctx.drive.kind === 'mydrive' && file.ownedByMe === false))
      gone.push({
        id: change.fileId ?? file?.id ?? '',
        name: file?.name ?? '',
        path: file?.name ? `/${file.name}` : '',
        deleted: true,
      });
    else live.push(file);
  }
  return [...(await toItems(ctx, live)), ...gone];
}

async function toItems(ctx: WalkContext, files: DriveFile[]): Promise<DriveItem[]> {
  const out: DriveItem[] = [];
  for (const file of parentsFirst(files)) {
    const parentId = file.parents?.[0];
    const parent = parentId ? await ctx.walk.pathOf(parentId) : '';
    const path = `${parent ?? ''}/${file.name ?? ''}`;
    const item = toDriveItem(file, path, ctx.options.labelNames ?? {});
    if (item.isFolder && file.id) ctx.walk.knowPath(file.id, path);
    out.push(item);
  }
  return out;
}

/** Drive lists in no particular order: folders go before whatever in the page they contain, so paths need no lookups. */
function parentsFirst(files: DriveFile[]): DriveFile[] {
  const folders = new Map(files.filter((f) => f.mimeType === FOLDER && f.id).map((f) => [f.id!, f]));
  const ordered: DriveFile[] = [];
  const placed = new Set<string>();
  const place = (folder: DriveFile, depth: number) => {
    if (placed.has(folder.id!) || depth > 100) return;
    placed.add(folder.id!);
    const parent = folders.get(folder.parents?.[0] ?? '');
    if (parent) place(parent, depth + 1);
    ordered.push(folder);
  };
  for (const folder of folders.values()) place(folder, 0);
  return [...ordered, ...files.filter((f) => !(f.mimeType === FOLDER && f.id))];
}

function tooMany(drive: DriveRef, options: GoogleWalkOptions): ConnectorError {
  return new ConnectorError(
    'TOO_MANY_PAGES',
    `the walk of ${drive.name} passed ${options.maxPages ?? 100_000} pages; raise maxPages for this drive`,
  );
}
