/** The shapes every cloud connector speaks: drives, pages of changes, bounded downloads, call counts. */

export type DriveSource = 'graph' | 'google';
export type DriveKind = 'onedrive' | 'sharepoint' | 'mydrive' | 'shared_drive';
export type SharingScope = 'anonymous' | 'organization' | 'users' | 'private';

/** One drive to walk: a user's OneDrive or My Drive, a SharePoint library, a shared drive. */
export interface DriveRef {
  source: DriveSource;
  driveId: string;
  kind: DriveKind;
  /** The person a misplaced file is reported to (OneDrive / My Drive owner). */
  ownerEmail?: string;
  /** For people: "Alice Sato (OneDrive)", "SiteName / Documents", the shared drive's name. */
  name: string;
  webUrl?: string;
}

/** One file or folder as the scan sees it. Track items by `id`: paths change when a folder is renamed. */
export interface DriveItem {
  id: string;
  name: string;
  /** Slash-separated from the drive root, e.g. `/Grades/2024/report.xlsx`; best effort for deleted items. */
  path: string;
  mimeType?: string;
  /** The name its content is read under when that differs: a Google Sheet exported as xlsx is `名簿.xlsx`. */
  readAs?: string;
  size?: number;
  modifiedAt?: string;
  /** Changes on any change of the item (Graph eTag, Drive `version`). */
  etag?: string;
  /** Changes only when the content changes (Graph cTag, Drive md5Checksum or modifiedTime): re-read when it differs. */
  contentTag?: string;
  webUrl?: string;
  ownerEmail?: string;
  /** Widest sharing of the item, when the service reports it. */
  sharing?: SharingScope;
  /** Sensitivity-label (Graph) or Drive-label names, only when labels were asked for. */
  labels?: string[];
  /** The item was deleted, trashed or lost from the drive's view: drop it (and its findings). */
  deleted?: boolean;
  isFolder?: boolean;
}

/**
 * One page of a walk. A walk yields pages until the drive is caught up; the LAST page, and only
 * it, carries `cursor`: store it and pass it to the next `changes()` call. A walk that throws
 * before its last page has no new cursor, so the next run starts again from the old one.
 */
export interface ChangePage {
  items: DriveItem[];
  /** Set on the last page only: the Graph deltaLink or the Drive start page token for the next run. */
  cursor?: string;
  /** True when the stored cursor was refused (410 Gone / invalid token) and this walk is a full re-listing. */
  resynced: boolean;
  /** True when this walk lists the whole drive (no cursor, or resynced): items not seen are gone. */
  full: boolean;
  /**
   * On every page but the last: where the same walk goes on from after this page (opaque). Pass it
   * as `resume` to continue the walk in another process once this page's items are safely stored.
   */
  resume?: string;
}

export type DownloadResult =
  | { status: 'ok'; data: Buffer; mimeType?: string }
  /** Larger than maxBytes (by the listed size, Content-Length, or counted while streaming). */
  | { status: 'too_large'; size?: number }
  /** Google Docs/Sheets/Slides whose export is over Drive's 10 MB export limit: cannot be read. */
  | { status: 'export_limit' }
  /** Deleted between listing and download. */
  | { status: 'gone' }
  /** Nothing to read (folders, shortcuts, forms, OneNote notebooks). */
  | { status: 'unsupported' };

export interface DownloadOptions {
  maxBytes: number;
  signal?: AbortSignal;
}

export interface WalkOptions {
  signal?: AbortSignal;
  /** A page's `resume`: the walk continues after that page (the cursor argument is then ignored). */
  resume?: string;
}

export interface ConnectorStats {
  /** HTTP requests sent, retries included. */
  calls: number;
  /** Requests per kind: `users`, `drive`, `sites`, `delta`, `content`, `files.list`, `changes.list` … */
  byKind: Record<string, number>;
  /** Responses that asked us to slow down (429, 503, Drive rateLimitExceeded). */
  throttled: number;
  /** Requests sent again after a throttle or a transient error. */
  retries: number;
  /** Milliseconds the whole connector spent paused on Retry-After. */
  pausedMs: number;
  /** What the requests cost in the budget's units (Graph resource units, Drive queries). */
  units?: number;
}

/**
 * A cloud drive source: pure transport and walking, no classification and no storage.
 *
 * @example
 * for await (const drive of connector.listDrives()) {
 *   let cursor = await store.cursorOf(drive);
 *   for await (const page of connector.changes(drive, cursor)) {
 *     for (const item of page.items) await handle(drive, item);
 *     if (page.cursor) cursor = page.cursor;
 *   }
 *   await store.saveCursor(drive, cursor);
 * }
 */
export interface Connector {
  readonly source: DriveSource;
  listDrives(options?: WalkOptions): AsyncIterable<DriveRef>;
  /** All changes since `cursor`, or the whole drive when it is undefined, page by page. */
  changes(drive: DriveRef, cursor?: string, options?: WalkOptions): AsyncIterable<ChangePage>;
  download(drive: DriveRef, item: DriveItem, options: DownloadOptions): Promise<DownloadResult>;
  stats(): ConnectorStats;
}
