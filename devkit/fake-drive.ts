import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { auth } from '@googleapis/drive';
import { changedAt, closeServer, countKinds, defaultFile, Faults, listenLocally } from './local-server.js';

/**
 * A local Google Workspace for Drive scans (Directory users.list, Drive v3 files/changes/drives/
 * permissions), answering with the documented shapes: `files` + `nextPageToken`, `changes` +
 * `nextPageToken` | `newStartPageToken`, partial responses by `fields`, errors as
 * `{ error: { code, message, errors: [{ reason }] } }`. Each request's bearer token names the
 * impersonated user (see fakeGoogleAuth).
 */

const EXPORT_LIMIT = 10 * 1024 * 1024;
const FOLDER = 'application/vnd.google-apps.folder';
const NATIVE: Record<string, string> = {
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  presentation: 'application/vnd.google-apps.presentation',
};
/** Some of the export formats Drive documents for each Docs Editors type; others are refused. */
const EXPORT_FORMATS: Record<string, string[]> = {
  [NATIVE.document!]: [
    'text/plain',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/pdf',
  ],
  [NATIVE.spreadsheet!]: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
  [NATIVE.presentation!]: [
    'text/plain',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/pdf',
  ],
};

/** Real OAuth2 clients with a fixed token per impersonated user: no key, no token endpoint. */
export function fakeGoogleAuth(subject: string): InstanceType<typeof auth.OAuth2> {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: `fake-token:${subject}`, expiry_date: Date.now() + 3600_000, token_type: 'Bearer' });
  return client;
}

export interface FakeDriveFile {
  name: string;
  folder?: string;
  content: string | Buffer;
  /** A Google Docs/Sheets/Slides file: read through files.export. */
  native?: 'document' | 'spreadsheet' | 'presentation';
  /** Pretend the export is this many bytes (over 10 MB: exportSizeLimitExceeded). */
  exportBytes?: number;
  mimeType?: string;
  sharing?: 'anyone' | 'domain' | 'user';
  labels?: string[];
}

export interface FakeDriveOptions {
  users: number;
  /** Indexes of suspended users (listed by the directory, not to be walked). */
  suspended?: number[];
  sharedDrives: number;
  filesPerDrive: number;
  file?: (drive: number, index: number) => FakeDriveFile;
  /** Directory page size at most (default 500). */
  usersPageSize?: number;
  adminEmail?: string;
}

export interface DriveRequest {
  kind: string;
  path: string;
  subject?: string;
  userAgent?: string;
  status: number;
  at: number;
}

interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parentId: string;
  space: string;
  owner?: string;
  content: Buffer;
  exportBytes?: number;
  version: number;
  seq: number;
  trashed?: boolean;
  removed?: boolean;
  sharing?: FakeDriveFile['sharing'];
  labels?: string[];
  modifiedTime: string;
}

export class FakeDrive {
  readonly requests: DriveRequest[] = [];
  readonly users: { id: string; primaryEmail: string; name: { fullName: string }; suspended: boolean }[] = [];
  readonly sharedDrives: { id: string; name: string; organizer: string }[] = [];
  readonly files = new Map<string, DriveItem>();
  readonly adminEmail: string;
  url = '';
  private server?: Server;
  private seq = 1;
  private nextId = 0;
  private readonly faults = new Faults();
  private readonly expired = new Set<string>();
  private readonly roots = new Map<string, string>();
  private readonly usersPageSize: number;

  constructor(private readonly options: FakeDriveOptions) {
    this.adminEmail = options.adminEmail ?? 'admin@school.example.jp';
    this.usersPageSize = options.usersPageSize ?? 500;
    let index = 0;
    const suspended = new Set(options.suspended ?? []);
    for (let u = 0; u < options.users; u++) {
      const email = `user${u}@school.example.jp`;
      this.users.push({ id: `1000${u}`, primaryEmail: email, name: { fullName: `User ${u}` }, suspended: suspended.has(u) });
      this.roots.set(email, `root-${email}`);
      this.fill(email, index++, email);
    }
    for (let s = 0; s < options.sharedDrives; s++) {
      const id = `0AshDrive${s}`;
      this.sharedDrives.push({ id, name: `共有ドライブ ${s}`, organizer: `user0@school.example.jp` });
      this.roots.set(id, id);
      this.fill(id, index++);
    }
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
    this.url = `${await listenLocally(this.server)}/`;
    return this;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  // ---- switches ------------------------------------------------------------------------------

  /** The next `count` requests (of `kinds`) fail: 429 / 503, or 403 with reason `rateLimitExceeded` … */
  fail(status: number, count = 1, options: { reason?: string; retryAfter?: number; kinds?: string[] } = {}): void {
    this.faults.add({
      status,
      count,
      reason: options.reason ?? (status === 429 ? 'rateLimitExceeded' : 'backendError'),
      ...(options.retryAfter !== undefined ? { retryAfter: String(options.retryAfter) } : {}),
      ...(options.kinds ? { kinds: options.kinds } : {}),
    });
  }

  throttleStorm(rate: number, retryAfterSeconds: number, random: () => number = Math.random): void {
    this.faults.throttleStorm(rate, retryAfterSeconds, random);
  }

  /** Page tokens of this space (user email or shared drive id) issued so far become invalid. */
  expireTokens(space: string): void {
    this.expired.add(space);
  }

  // ---- changes to the corpus -----------------------------------------------------------------

  addFile(space: string, file: FakeDriveFile): string {
    const parentId = this.folderId(space, file.folder);
    const id = `file-${++this.nextId}`;
    const item: DriveItem = {
      id,
      name: file.name,
      mimeType: file.native ? NATIVE[file.native]! : (file.mimeType ?? 'text/plain'),
      parentId,
      space,
      content: Buffer.from(file.content),
      version: 1,
      seq: ++this.seq,
      modifiedTime: changedAt(this.seq),
    };
    if (!space.startsWith('0A')) item.owner = space;
    if (file.exportBytes !== undefined) item.exportBytes = file.exportBytes;
    if (file.sharing) item.sharing = file.sharing;
    if (file.labels) item.labels = file.labels;
    this.files.set(id, item);
    return id;
  }

  updateFile(id: string, content: string | Buffer): void {
    const file = this.file(id);
    file.content = Buffer.from(content);
    this.touch(file);
  }

  trashFile(id: string): void {
    this.file(id).trashed = true;
    this.touch(this.file(id));
  }

  /** Deleted for good: changes report it as `removed`. */
  removeFile(id: string): void {
    this.file(id).removed = true;
    this.touch(this.file(id));
  }

  filesOf(space: string): DriveItem[] {
    return [...this.files.values()].filter((f) => f.space === space && !f.trashed && !f.removed && f.mimeType !== FOLDER);
  }

  get fileCount(): number {
    return [...this.files.values()].filter((f) => !f.trashed && !f.removed && f.mimeType !== FOLDER).length;
  }

  counts(): Record<string, number> {
    return countKinds(this.requests);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://drive.local');
    const kind = kindOf(url);
    const subject = /^Bearer fake-token:(.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const record: DriveRequest = { kind, path: req.url ?? '', status: 0, at: Date.now() };
    if (subject) record.subject = subject;
    if (req.headers['user-agent']) record.userAgent = req.headers['user-agent'];
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (Buffer.isBuffer(body)) res.writeHead(status, { 'content-type': 'application/octet-stream', ...headers }).end(body);
      else res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers }).end(JSON.stringify(body));
    };
    req.resume();
    req.on('end', () => {
      if (!subject) return send(401, apiError(401, 'authError', 'Request had invalid authentication credentials.'));
      const fault = this.faults.take(kind);
      if (fault)
        return send(
          fault.status,
          apiError(fault.status, fault.reason ?? 'backendError', 'Rate Limit Exceeded'),
          fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
        );
      try {
        this.route(kind, url, subject, send);
      } catch (error) {
        send(500, apiError(500, 'backendError', String(error)));
      }
    });
  }

  private route(
    kind: string,
    url: URL,
    subject: string,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ) {
    const q = url.searchParams;
    const fields = q.get('fields') ?? undefined;
    const admin = subject === this.adminEmail;
    switch (kind) {
      case 'users.list': {
        if (!admin) return send(403, apiError(403, 'forbidden', 'Not Authorized to access this resource/api'));
        if (q.get('customer') !== 'my_customer') return send(400, apiError(400, 'invalid', 'Invalid customer'));
        const size = Math.min(Number(q.get('maxResults') ?? 100), this.usersPageSize, 500);
        const offset = Number(q.get('pageToken') ?? 0);
        const users = this.users.slice(offset, offset + size);
        const next = offset + size < this.users.length ? String(offset + size) : undefined;
        return send(200, pick({ kind: 'admin#directory#users', users, ...(next ? { nextPageToken: next } : {}) }, fields));
      }
      case 'drives.list': {
        if (!admin || q.get('useDomainAdminAccess') !== 'true')
          return send(403, apiError(403, 'forbidden', 'The user does not have sufficient permissions.'));
        const drives = this.sharedDrives.map(({ id, name }) => ({ kind: 'drive#drive', id, name }));
        return send(200, pick({ kind: 'drive#driveList', drives }, fields));
      }
      case 'permissions.list': {
        const drive = this.sharedDrives.find(
          (d) => d.id === decodeURIComponent(/\/files\/([^/]+)\/permissions/.exec(url.pathname)![1]!),
        );
        if (!drive) return send(404, apiError(404, 'notFound', 'File not found.'));
        const permissions = [
          { kind: 'drive#permission', id: 'p1', type: 'user', role: 'organizer', emailAddress: drive.organizer },
        ];
        return send(200, pick({ kind: 'drive#permissionList', permissions }, fields));
      }
      case 'changes.getStartPageToken':
        return send(200, { kind: 'drive#startPageToken', startPageToken: this.token(this.spaceOf(subject, q)) });
      case 'files.list':
        return this.filesList(subject, q, send);
      case 'changes.list':
        return this.changesList(subject, q, send);
      default:
        return this.fileRequest(kind, url, subject, send);
    }
  }

  private filesList(subject: string, q: URLSearchParams, send: (status: number, body: unknown) => void) {
    const space = this.spaceOf(subject, q);
    const query = q.get('q') ?? '';
    if (
      q.get('corpora') === 'drive' &&
      !(q.get('driveId') && q.get('includeItemsFromAllDrives') === 'true' && q.get('supportsAllDrives') === 'true')
    )
      return send(
        400,
        apiError(400, 'invalid', 'The includeItemsFromAllDrives parameter must be set to true when driveId is set.'),
      );
    const mine = query.includes("'me' in owners");
    const notTrashed = query.includes('trashed = false');
    const all = [...this.files.values()]
      .filter((f) => f.space === space && !f.removed && (!notTrashed || !f.trashed) && (!mine || f.owner === subject))
      // Drive promises no order: files before folders here, so the connector must cope.
      .sort((a, b) => Number(a.mimeType === FOLDER) - Number(b.mimeType === FOLDER) || a.seq - b.seq);
    const size = Math.min(Number(q.get('pageSize') ?? 100), 1000);
    const offset = Number(q.get('pageToken') ?? 0);
    const files = all.slice(offset, offset + size).map((f) => this.fileJson(f, q));
    const next = offset + size < all.length ? String(offset + size) : undefined;
    send(
      200,
      pick(
        { kind: 'drive#fileList', incompleteSearch: false, files, ...(next ? { nextPageToken: next } : {}) },
        q.get('fields') ?? undefined,
      ),
    );
  }

  private changesList(subject: string, q: URLSearchParams, send: (status: number, body: unknown) => void) {
    const space = this.spaceOf(subject, q);
    const raw = q.get('pageToken') ?? '';
    const continuation = raw.startsWith('c~')
      ? (JSON.parse(Buffer.from(raw.slice(2), 'base64url').toString()) as { since: number; upto: number; offset: number })
      : undefined;
    if (!continuation && (!/^\d+$/.test(raw) || this.expired.has(space))) {
      this.expired.delete(space);
      return send(400, {
        error: {
          code: 400,
          message: 'Invalid Value',
          errors: [
            { domain: 'global', reason: 'invalid', message: 'Invalid Value', locationType: 'parameter', location: 'pageToken' },
          ],
        },
      });
    }
    const since = continuation?.since ?? Number(raw);
    const upto = continuation?.upto ?? this.seq;
    const offset = continuation?.offset ?? 0;
    const size = Math.min(Number(q.get('pageSize') ?? 100), 1000);
    const all = [...this.files.values()]
      .filter((f) => f.space === space && f.seq >= since && f.seq <= upto)
      .sort((a, b) => a.seq - b.seq);
    const changes = all.slice(offset, offset + size).map((f) => ({
      kind: 'drive#change',
      changeType: 'file',
      time: f.modifiedTime,
      removed: !!f.removed,
      fileId: f.id,
      ...(f.removed ? {} : { file: this.fileJson(f, q) }),
    }));
    const body: Record<string, unknown> = { kind: 'drive#changeList', changes };
    if (offset + size < all.length)
      body.nextPageToken = `c~${Buffer.from(JSON.stringify({ since, upto, offset: offset + size })).toString('base64url')}`;
    else body.newStartPageToken = String(upto + 1);
    send(200, pick(body, q.get('fields') ?? undefined));
  }

  private fileRequest(kind: string, url: URL, subject: string, send: (status: number, body: unknown) => void) {
    const id = decodeURIComponent(/\/drive\/v3\/files\/([^/]+)/.exec(url.pathname)?.[1] ?? '');
    const root = [...this.roots.entries()].find(([space, rootId]) => rootId === id || (id === 'root' && space === subject));
    if (kind === 'files.get' && root)
      return send(
        200,
        pick(
          { kind: 'drive#file', id: root[1], name: root[0] === subject ? 'マイドライブ' : 'shared', mimeType: FOLDER },
          url.searchParams.get('fields') ?? undefined,
        ),
      );
    const file = this.files.get(id);
    if (!file || file.removed || !this.canRead(subject, file))
      return send(404, apiError(404, 'notFound', `File not found: ${id}.`));
    if (kind === 'files.get')
      return send(200, pick(this.fileJson(file, url.searchParams), url.searchParams.get('fields') ?? undefined));
    if (kind === 'files.get.media') {
      if (file.mimeType.startsWith('application/vnd.google-apps.'))
        return send(
          403,
          apiError(
            403,
            'fileNotDownloadable',
            'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
          ),
        );
      return send(200, file.content);
    }
    if (kind === 'files.export') {
      if (!file.mimeType.startsWith('application/vnd.google-apps.'))
        return send(403, apiError(403, 'fileNotExportable', 'Export only supports Docs Editors files.'));
      if (!EXPORT_FORMATS[file.mimeType]?.includes(url.searchParams.get('mimeType') ?? ''))
        return send(400, apiError(400, 'badRequest', 'The requested conversion is not supported.'));
      if ((file.exportBytes ?? file.content.length) > EXPORT_LIMIT)
        return send(403, apiError(403, 'exportSizeLimitExceeded', 'This file is too large to be exported.'));
      return send(200, file.content);
    }
    send(400, apiError(400, 'badRequest', `unsupported ${url.pathname}`));
  }

  // ---- JSON shapes ---------------------------------------------------------------------------

  private fileJson(f: DriveItem, q: URLSearchParams): Record<string, unknown> {
    const json: Record<string, unknown> = {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [f.parentId],
      trashed: !!f.trashed,
      version: String(f.version),
      modifiedTime: f.modifiedTime,
      webViewLink: `https://drive.google.com/file/d/${f.id}/view`,
    };
    if (f.mimeType !== FOLDER) json.size = String(f.content.length);
    if (!f.mimeType.startsWith('application/vnd.google-apps.'))
      json.md5Checksum = createHash('md5').update(f.content).digest('hex');
    if (f.space.startsWith('0A')) json.driveId = f.space;
    else {
      json.ownedByMe = true;
      json.owners = [{ kind: 'drive#user', emailAddress: f.owner, displayName: f.owner }];
      // Drive leaves permissions out for shared-drive items.
      json.permissions = [
        { kind: 'drive#permission', type: 'user', role: 'owner', emailAddress: f.owner },
        ...(f.sharing === 'anyone' ? [{ kind: 'drive#permission', type: 'anyone', role: 'reader' }] : []),
        ...(f.sharing === 'domain'
          ? [{ kind: 'drive#permission', type: 'domain', role: 'reader', domain: 'school.example.jp' }]
          : []),
        ...(f.sharing === 'user'
          ? [{ kind: 'drive#permission', type: 'user', role: 'writer', emailAddress: 'other@school.example.jp' }]
          : []),
      ];
    }
    const wanted = (q.get('includeLabels') ?? '').split(',').filter(Boolean);
    if (wanted.length)
      json.labelInfo = {
        labels: (f.labels ?? []).filter((l) => wanted.includes(l)).map((id) => ({ kind: 'drive#label', id, revisionId: '1' })),
      };
    return json;
  }

  // ---- internals -----------------------------------------------------------------------------

  private fill(space: string, index: number, _owner?: string): void {
    for (let f = 0; f < this.options.filesPerDrive; f++)
      this.addFile(space, this.options.file?.(index, f) ?? defaultFile(index, f));
  }

  private folderId(space: string, folder: string | undefined): string {
    let parentId = this.roots.get(space)!;
    for (const name of (folder ?? '').split('/').filter(Boolean)) {
      const existing = [...this.files.values()].find(
        (f) => f.space === space && f.mimeType === FOLDER && f.parentId === parentId && f.name === name && !f.trashed,
      );
      if (existing) {
        parentId = existing.id;
        continue;
      }
      const id = `folder-${++this.nextId}`;
      const item: DriveItem = {
        id,
        name,
        mimeType: FOLDER,
        parentId,
        space,
        content: Buffer.alloc(0),
        version: 1,
        seq: ++this.seq,
        modifiedTime: new Date(0).toISOString(),
      };
      if (!space.startsWith('0A')) item.owner = space;
      this.files.set(id, item);
      parentId = id;
    }
    return parentId;
  }

  /** The space a request is about: the shared drive named by driveId, else the user's My Drive. */
  private spaceOf(subject: string, q: URLSearchParams): string {
    return q.get('driveId') ?? subject;
  }

  private canRead(subject: string, file: DriveItem): boolean {
    if (file.space.startsWith('0A')) return this.sharedDrives.some((d) => d.id === file.space && d.organizer === subject);
    return file.owner === subject;
  }

  /** A start page token: the next change number. */
  private token(_space: string): string {
    return String(this.seq + 1);
  }

  private touch(file: DriveItem): void {
    file.version++;
    file.seq = ++this.seq;
    file.modifiedTime = changedAt(this.seq);
  }

  private file(id: string): DriveItem {
    const file = this.files.get(id);
    if (!file) throw new Error(`no fake file ${id}`);
    return file;
  }
}

function kindOf(url: URL): string {
  const path = url.pathname;
  if (path.endsWith('/admin/directory/v1/users')) return 'users.list';
  if (path.endsWith('/drive/v3/drives')) return 'drives.list';
  if (/\/drive\/v3\/files\/[^/]+\/permissions$/.test(path)) return 'permissions.list';
  if (path.endsWith('/drive/v3/changes/startPageToken')) return 'changes.getStartPageToken';
  if (path.endsWith('/drive/v3/changes')) return 'changes.list';
  if (path.endsWith('/drive/v3/files')) return 'files.list';
  if (/\/drive\/v3\/files\/[^/]+\/export$/.test(path)) return 'files.export';
  if (/\/drive\/v3\/files\/[^/]+$/.test(path)) return url.searchParams.get('alt') === 'media' ? 'files.get.media' : 'files.get';
  return 'other';
}

function apiError(code: number, reason: string, message: string): unknown {
  return { error: { code, message, errors: [{ domain: 'global', reason, message }] } };
}

/**
 * Applies a partial-response `fields` mask (`nextPageToken,files(id,name,owners(emailAddress))`):
 * only the listed keys come back, nested selections applied to objects and arrays of objects.
 */
function pick(value: unknown, fields: string | undefined): unknown {
  if (!fields || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => pick(v, fields));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of parseFields(fields)) {
    const [head, ...rest] = key.split('/');
    const v = (value as Record<string, unknown>)[head!];
    if (v === undefined) continue;
    out[head!] = rest.length ? pick(v, rest.join('/')) : sub ? pick(v, sub) : v;
  }
  return out;
}

function parseFields(fields: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const part = fields.slice(start, end).trim();
    if (!part) return;
    const open = part.indexOf('(');
    out.push(open < 0 ? [part, undefined] : [part.slice(0, open), part.slice(open + 1, -1)]);
  };
  for (let i = 0; i < fields.length; i++) {
    if (fields[i] === '(') depth++;
    else if (fields[i] === ')') depth--;
    else if (fields[i] === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(fields.length);
  return out;
}
