import type { drive_v3 } from '@googleapis/drive';

export type DriveFile = drive_v3.Schema$File;
export type DriveChange = drive_v3.Schema$Change;

/** Google's editor files are exported to text; other google-apps types have no content to read. */
/**
 * How Docs Editors files are read: files.export to a format mamoru extracts, and the extension
 * the extractor reads it under. Sheets go out as xlsx, not CSV: a CSV export is the first sheet only.
 */
export const EXPORTS: Record<string, { mimeType: string; extension: string }> = {
  'application/vnd.google-apps.document': { mimeType: 'text/plain', extension: '.txt' },
  'application/vnd.google-apps.spreadsheet': {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: '.xlsx',
  },
  'application/vnd.google-apps.presentation': { mimeType: 'text/plain', extension: '.txt' },
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
