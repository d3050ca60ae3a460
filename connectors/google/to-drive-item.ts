import type { DriveItem, SharingScope } from '../types.js';
import { type DriveFile, EXPORTS, FOLDER } from './wire.js';

/** Maps a Drive file to a DriveItem; `path` comes from the walk. */
export function toDriveItem(file: DriveFile, path: string, labelNames: Record<string, string>): DriveItem {
  const item: DriveItem = { id: file.id ?? '', name: file.name ?? '', path };
  if (file.mimeType) item.mimeType = file.mimeType;
  const exported = file.mimeType ? EXPORTS[file.mimeType] : undefined;
  if (exported) item.readAs = `${item.name}${exported.extension}`;
  if (file.size != null) item.size = Number(file.size);
  if (file.modifiedTime) item.modifiedAt = file.modifiedTime;
  if (file.version != null) item.etag = String(file.version);
  const contentTag = file.md5Checksum ?? file.modifiedTime;
  if (contentTag) item.contentTag = contentTag;
  if (file.webViewLink) item.webUrl = file.webViewLink;
  const owner = file.owners?.[0]?.emailAddress;
  if (owner) item.ownerEmail = owner;
  if (file.permissions) item.sharing = sharingOf(file.permissions);
  const labels = file.labelInfo?.labels?.map((label) => labelNames[label.id ?? ''] ?? label.id ?? '').filter(Boolean);
  if (labels && labels.length > 0) item.labels = labels;
  if (file.trashed) item.deleted = true;
  if (file.mimeType === FOLDER) item.isFolder = true;
  return item;
}

/** The widest audience among the permissions: anyone with the link, the domain, named people. */
function sharingOf(permissions: NonNullable<DriveFile['permissions']>): SharingScope {
  if (permissions.some((p) => p.type === 'anyone')) return 'anonymous';
  if (permissions.some((p) => p.type === 'domain')) return 'organization';
  if (permissions.some((p) => (p.type === 'user' || p.type === 'group') && p.role !== 'owner')) return 'users';
  return 'private';
}
