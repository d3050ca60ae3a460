import type { DriveItem, SharingScope } from '../types.js';
import type { GraphDriveItem } from './wire.js';

/** Maps a Graph driveItem to a DriveItem; `path` and `labels` are filled in by the walk. */
export function toDriveItem(raw: GraphDriveItem, path: string, ownerEmail?: string): DriveItem {
  const item: DriveItem = { id: raw.id, name: raw.name ?? '', path };
  if (raw.file?.mimeType) item.mimeType = raw.file.mimeType;
  if (typeof raw.size === 'number') item.size = raw.size;
  if (raw.lastModifiedDateTime) item.modifiedAt = raw.lastModifiedDateTime;
  if (raw.eTag) item.etag = raw.eTag;
  if (raw.cTag) item.contentTag = raw.cTag;
  if (raw.webUrl) item.webUrl = raw.webUrl;
  const owner = ownerEmail ?? raw.createdBy?.user?.email;
  if (owner) item.ownerEmail = owner;
  if (raw.deleted) item.deleted = true;
  else item.sharing = sharingOf(raw.shared);
  if (raw.folder || raw.package) item.isFolder = true;
  return item;
}

/** The delta walk selects `shared`, so its absence means the item is not shared. */
function sharingOf(shared: GraphDriveItem['shared']): SharingScope {
  if (!shared) return 'private';
  if (shared.scope === 'anonymous' || shared.scope === 'organization' || shared.scope === 'users') return shared.scope;
  return 'users';
}

/** `/drive/root:/A/B` or `/drives/{id}/root:/A/B` → `/A/B`; undefined when it is not such a path. */
export function pathFromParentReference(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const match = /^\/drives?(?:\/[^/]+)?\/root:(.*)$/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return match[1];
  }
}
