import type { drive_v3 } from '@googleapis/drive';

export type DriveFile = drive_v3.Schema$File;
export type DriveChange = drive_v3.Schema$Change;

/** Google's editor files are exported to text; other google-apps types have no content to read. */
export const EXPORTS: Record<string, string> = {
  'application/vnd.google-apps.document': 'text/plain',
  'application/vnd.google-apps.spreadsheet': 'text/csv',
  'application/vnd.google-apps.presentation': 'text/plain',
};

export const FOLDER = 'application/vnd.google-apps.folder';

/** File fields the walk asks for (files.list and changes.list alike). */
export function fileFields(options: { sharing: boolean; labels: boolean }): string {
  return [
    'id,name,mimeType,size,modifiedTime,version,md5Checksum,webViewLink,parents,trashed,ownedByMe,owners(emailAddress)',
    options.sharing ? 'permissions(type,role)' : '',
    options.labels ? 'labelInfo' : '',
  ]
    .filter(Boolean)
    .join(',');
}
