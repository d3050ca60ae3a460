import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TokenCredential } from '@azure/identity';
import { changedAt, closeServer, countKinds, defaultFile, Faults, listenLocally } from './local-server.js';

/**
 * A local Microsoft Graph for OneDrive/SharePoint scans, answering with the documented shapes:
 * `value` + `@odata.nextLink` pages, the delta feed ending in `@odata.deltaLink`, `deleted`
 * facets, 410 Gone with a Location for an expired delta link, 429/503 with Retry-After, and
 * `/content` as a 302 to a second host (the "pre-authenticated" download URL).
 */

export const FAKE_GRAPH_TOKEN = 'fake-graph-access-token';

/** A TokenCredential that hands out a fixed token (@azure/identity refuses non-https authorities). */
export function fakeCredential(token = FAKE_GRAPH_TOKEN): TokenCredential & { calls: number } {
  const credential = {
    calls: 0,
    async getToken() {
      credential.calls++;
      return { token, expiresOnTimestamp: Date.now() + 3600_000 };
    },
  };
  return credential;
}

export interface FakeFile {
  name: string;
  /** Folder path under the root, e.g. `Grades/2024`; the root when absent. */
  folder?: string;
  content: string | Buffer;
  shared?: 'anonymous' | 'organization' | 'users';
  /** Sensitivity label ids, answered by extractSensitivityLabels. */
  labels?: string[];
  /** Reported size, when it should differ from the content's (a file "too large" by its listing). */
  size?: number;
}

export interface FakeGraphOptions {
  users: number;
  /** The e-mail of user `u` (default user{u}@school.example.jp). */
  mail?: (u: number) => string;
  /** Indexes of users with no OneDrive (GET /users/{id}/drive answers 404). */
  usersWithoutDrive?: number[];
  sites: number;
  librariesPerSite?: number;
  filesPerDrive: number;
  /** Contents of file `index` of drive number `drive` (OneDrives first, then libraries). */
  file?: (drive: number, index: number) => FakeFile;
  /** Delta page size when the client sends no $top (default 200). */
  pageSize?: number;
  /** Users per page at most, whatever $top asks (default 999). */
  usersPageSize?: number;
  /** Sites per page of getAllSites (default 100). */
  sitesPageSize?: number;
  /** `/content` answers 302 to the storage host (default true) or 200 with the bytes. */
  redirectContent?: boolean;
  /** Milliseconds each download takes before its first byte (the cloud's latency; default 0). */
  downloadLatencyMs?: number;
}

export interface RecordedRequest {
  host: 'graph' | 'storage';
  kind: string;
  method: string;
  path: string;
  authorization?: string;
  userAgent?: string;
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
}

interface FakeItem {
  id: string;
  name: string;
  parentId?: string;
  isFolder: boolean;
  isRoot?: boolean;
  content?: Buffer;
  size: number;
  version: number;
  seq: number;
  deleted?: boolean;
  shared?: FakeFile['shared'];
  labels?: string[];
  modifiedAt: string;
}

interface GraphDrive {
  id: string;
  name: string;
  kind: 'onedrive' | 'sharepoint';
  ownerEmail?: string;
  rootId: string;
  items: Map<string, FakeItem>;
}

const SELECT_ALWAYS = new Set(['id']);

export class FakeGraph {
  readonly requests: RecordedRequest[] = [];
  readonly drives = new Map<string, GraphDrive>();
  readonly users: { id: string; mail: string; userPrincipalName: string; displayName: string; driveId?: string }[] = [];
  readonly sites: {
    id: string;
    name: string;
    displayName: string;
    webUrl: string;
    isPersonalSite: boolean;
    driveIds: string[];
  }[] = [];
  url = '';
  storageUrl = '';
  private graphServer?: Server;
  private storageServer?: Server;
  private seq = 0;
  private nextId = 0;
  private readonly faults = new Faults();
  private readonly expiring = new Map<string, { location: boolean }>();
  private readonly duplicates = new Map<string, string>();
  private readonly holds: { kind: string; count: number }[] = [];
  private held: (() => void)[] = [];
  private rateHeaders?: { headers: Record<string, string>; count: number };
  private readonly options: Required<Omit<FakeGraphOptions, 'file' | 'usersWithoutDrive' | 'mail'>> &
    Pick<FakeGraphOptions, 'file' | 'usersWithoutDrive' | 'mail'>;

  constructor(options: FakeGraphOptions) {
    this.options = {
      librariesPerSite: 1,
      pageSize: 200,
      usersPageSize: 999,
      sitesPageSize: 100,
      redirectContent: true,
      downloadLatencyMs: 0,
      ...options,
    };
    let driveIndex = 0;
    const without = new Set(options.usersWithoutDrive ?? []);
    for (let u = 0; u < options.users; u++) {
      const mail = options.mail?.(u) ?? `user${u}@school.example.jp`;
      const user: FakeGraph['users'][number] = { id: `u-${u}`, mail, userPrincipalName: mail, displayName: `User ${u}` };
      if (!without.has(u)) user.driveId = this.addDrive(`OneDrive`, 'onedrive', driveIndex++, mail).id;
      this.users.push(user);
    }
    for (let s = 0; s < options.sites; s++) {
      const site = {
        id: `school.sharepoint.com,site-${s},web-${s}`,
        name: `site${s}`,
        displayName: `Site ${s}`,
        webUrl: `https://school.sharepoint.com/sites/site${s}`,
        isPersonalSite: false,
        driveIds: [] as string[],
      };
      for (let l = 0; l < this.options.librariesPerSite; l++)
        site.driveIds.push(this.addDrive(`Documents${l || ''}`, 'sharepoint', driveIndex++).id);
      this.sites.push(site);
    }
    // A personal site, as getAllSites lists them: the connector must leave it out.
    this.sites.push({
      id: 'school-my.sharepoint.com,personal,0',
      name: 'user0',
      displayName: 'User 0',
      webUrl: 'https://school-my.sharepoint.com/personal/user0',
      isPersonalSite: true,
      driveIds: [],
    });
  }

  async start(): Promise<this> {
    this.graphServer = createServer((req, res) => this.handleGraph(req, res));
    this.storageServer = createServer((req, res) => this.handleStorage(req, res));
    for (const server of [this.graphServer, this.storageServer]) server.keepAliveTimeout = 5000;
    this.url = `${await listenLocally(this.graphServer)}/v1.0`;
    this.storageUrl = await listenLocally(this.storageServer);
    return this;
  }

  async stop(): Promise<void> {
    for (const server of [this.graphServer, this.storageServer]) await closeServer(server);
  }

  // ---- switches ------------------------------------------------------------------------------

  /** The next `count` requests (of `kinds`, if given) are answered `status` with `Retry-After: retryAfter`. */
  fail(status: number, count = 1, options: { retryAfter?: number | string; kinds?: string[] } = {}): void {
    this.faults.add({
      status,
      count,
      ...(options.retryAfter !== undefined ? { retryAfter: String(options.retryAfter) } : {}),
      ...(options.kinds ? { kinds: options.kinds } : {}),
    });
  }

  /** Answers a random `rate` of Graph requests 429 with Retry-After (a throttling storm); rate 0 stops it. */
  throttleStorm(rate: number, retryAfterSeconds: number, random: () => number = Math.random): void {
    this.faults.throttleStorm(rate, retryAfterSeconds, random);
  }

  /**
   * A hung Graph: the next `count` requests of `kind` get no answer until release() (to stop a
   * scan mid-way and kill it there).
   */
  hold(kind: string, count = 1): void {
    this.holds.push({ kind, count });
  }

  /** Answers the held requests whose client is still there. */
  release(): void {
    for (const answer of this.held.splice(0)) answer();
  }

  /** How many requests are held now. */
  get holding(): number {
    return this.held.length;
  }

  /**
   * The next `count` Graph responses carry SharePoint's RateLimit headers (sent once an app has
   * used 80% of its minute): RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (seconds).
   */
  rateLimit(values: { limit: number; remaining: number; reset: number }, count = 1): void {
    this.rateHeaders = {
      headers: {
        'ratelimit-limit': String(values.limit),
        'ratelimit-remaining': String(values.remaining),
        'ratelimit-reset': String(values.reset),
      },
      count,
    };
  }

  /** The next delta call on this drive with a stored token (a deltaLink) gets 410 Gone. */
  expireDeltaLink(driveId: string, options: { location?: boolean } = {}): void {
    this.expiring.set(driveId, { location: options.location ?? true });
  }

  /** The next delta page holding this item shows it twice: first a stale version, then the current one. */
  duplicateInNextPage(driveId: string, itemId: string): void {
    this.duplicates.set(driveId, itemId);
  }

  // ---- changes to the corpus -----------------------------------------------------------------

  /** Adds a file (creating folders) and returns its id. */
  addFile(driveId: string, file: FakeFile): string {
    const drive = this.drive(driveId);
    const parentId = this.folderId(drive, file.folder);
    const id = `item-${++this.nextId}`;
    const content = Buffer.from(file.content);
    const item: FakeItem = {
      id,
      name: file.name,
      parentId,
      isFolder: false,
      content,
      size: file.size ?? content.length,
      version: 1,
      seq: ++this.seq,
      modifiedAt: changedAt(this.seq),
    };
    if (file.shared) item.shared = file.shared;
    if (file.labels) item.labels = file.labels;
    drive.items.set(id, item);
    return id;
  }

  updateFile(driveId: string, itemId: string, content: string | Buffer): void {
    const item = this.item(driveId, itemId);
    item.content = Buffer.from(content);
    item.size = item.content.length;
    this.touch(item);
  }

  /** Deletes an item: it leaves full listings and shows up with a `deleted` facet in later deltas. */
  deleteFile(driveId: string, itemId: string): void {
    const item = this.item(driveId, itemId);
    item.deleted = true;
    this.touch(item);
  }

  setShared(driveId: string, itemId: string, scope: FakeFile['shared']): void {
    const item = this.item(driveId, itemId);
    if (scope) item.shared = scope;
    else delete item.shared;
    this.touch(item);
  }

  /** Live files of a drive (not folders, not deleted). */
  filesOf(driveId: string): { id: string; name: string; size: number }[] {
    return [...this.drive(driveId).items.values()]
      .filter((i) => !i.isFolder && !i.deleted)
      .map((i) => ({ id: i.id, name: i.name, size: i.size }));
  }

  get fileCount(): number {
    let total = 0;
    for (const drive of this.drives.values()) total += this.filesOf(drive.id).length;
    return total;
  }

  /** Requests by kind: users, drive, sites, drives, delta, item, content, labels, storage. */
  counts(): Record<string, number> {
    return countKinds(this.requests);
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private handleGraph(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://graph.local');
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const kind = kindOf(req.method ?? 'GET', path);
    const record: RecordedRequest = {
      host: 'graph',
      kind,
      method: req.method ?? '',
      path: req.url ?? '',
      status: 0,
      at: Date.now(),
    };
    if (req.headers.authorization) record.authorization = req.headers.authorization;
    if (req.headers['user-agent']) record.userAgent = req.headers['user-agent'];
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const text = body === undefined ? '' : JSON.stringify(body);
      res
        .writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...this.takeRateHeaders(), ...headers })
        .end(text);
    };
    const respond = () => {
      const fault = this.faults.take(kind);
      if (fault)
        return send(
          fault.status,
          graphError(fault.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', 'Please retry later.'),
          {
            ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}),
          },
        );
      try {
        this.route(req.method ?? 'GET', path, url, send, res, record);
      } catch (error) {
        send(500, graphError('generalException', String(error)));
      }
    };
    req.resume();
    req.on('end', () => {
      if (req.headers.authorization !== `Bearer ${FAKE_GRAPH_TOKEN}`)
        return send(401, graphError('InvalidAuthenticationToken', 'Access token is empty or invalid.'));
      const hold = this.holds.find((h) => h.kind === kind && h.count > 0);
      if (!hold) return respond();
      hold.count--;
      const answer = () => {
        if (!res.destroyed) respond();
      };
      this.held.push(answer);
      res.on('close', () => {
        this.held = this.held.filter((a) => a !== answer);
      });
    });
  }

  private route(
    method: string,
    path: string,
    url: URL,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
    res: ServerResponse,
    record: RecordedRequest,
  ) {
    const base = this.url;
    let m: string[] = [];
    const at = (re: RegExp) => {
      const found = re.exec(path);
      m = found ? [...found] : [];
      return found !== null;
    };
    if (method === 'GET' && path === '/users') {
      // Like the service, pages may be shorter than the $top asked for.
      const top = Math.min(Number(url.searchParams.get('$top') ?? 999), this.options.usersPageSize, 999);
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const value = this.users.slice(skip, skip + top).map(({ driveId: _d, ...u }) => select(u, url));
      const next = skip + top < this.users.length ? withParam(url, base, '/users', '$skiptoken', String(skip + top)) : undefined;
      return send(200, { '@odata.context': `${base}/$metadata#users`, value, ...(next ? { '@odata.nextLink': next } : {}) });
    }
    if (method === 'GET' && at(/^\/users\/([^/]+)\/drive$/)) {
      const user = this.users.find((u) => u.id === decodeURIComponent(m[1]!));
      if (!user?.driveId) return send(404, graphError('ResourceNotFound', "User's mysite not found."));
      return send(200, this.driveJson(this.drive(user.driveId), url));
    }
    if (method === 'GET' && path === '/sites/getAllSites') {
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const top = this.options.sitesPageSize;
      const value = this.sites.slice(skip, skip + top).map(({ driveIds: _d, ...s }) => select(s, url));
      const next =
        skip + top < this.sites.length ? withParam(url, base, '/sites/getAllSites', '$skiptoken', String(skip + top)) : undefined;
      return send(200, { value, ...(next ? { '@odata.nextLink': next } : {}) });
    }
    if (method === 'GET' && at(/^\/sites\/([^/]+)\/drives$/)) {
      const site = this.sites.find((s) => s.id === decodeURIComponent(m[1]!));
      if (!site) return send(404, graphError('itemNotFound', 'Requested site could not be found'));
      return send(200, { value: site.driveIds.map((id) => this.driveJson(this.drive(id), url)) });
    }
    if (method === 'GET' && at(/^\/drives\/([^/]+)\/root\/delta$/)) return this.delta(decodeURIComponent(m[1]!), url, send);
    if (at(/^\/drives\/([^/]+)\/items\/([^/]+)(\/content|\/extractSensitivityLabels)?$/)) {
      const drive = this.drives.get(decodeURIComponent(m[1]!));
      const item = drive?.items.get(decodeURIComponent(m[2]!));
      if (!drive || !item || item.deleted) return send(404, graphError('itemNotFound', 'The resource could not be found.'));
      if (m[3] === '/content' && method === 'GET') {
        if (this.options.redirectContent)
          return send(302, undefined, {
            location: `${this.storageUrl}/download/${drive.id}/${item.id}?tempauth=v1.fake-preauth`,
          });
        return sendContent(item.content, res, record);
      }
      if (m[3] === '/extractSensitivityLabels' && method === 'POST')
        return send(200, {
          labels: (item.labels ?? []).map((id) => ({
            sensitivityLabelId: id,
            assignmentMethod: 'standard',
            tenantId: 'tenant-0',
          })),
        });
      if (!m[3] && method === 'GET') return send(200, select(this.itemJson(drive, item, true), url));
    }
    send(400, graphError('BadRequest', `Unsupported request ${method} ${path}`));
  }

  private delta(driveId: string, url: URL, send: (status: number, body?: unknown, headers?: Record<string, string>) => void) {
    const drive = this.drives.get(driveId);
    if (!drive) return send(404, graphError('itemNotFound', 'The drive could not be found.'));
    const token = url.searchParams.get('token');
    const skip = url.searchParams.get('$skiptoken');
    const fresh = withoutParams(url, this.url, `/drives/${driveId}/root/delta`, ['token', '$skiptoken']);
    const expiring = this.expiring.get(driveId);
    if (token !== null && expiring) {
      this.expiring.delete(driveId);
      return send(
        410,
        graphError(
          'resyncRequired',
          'Resync required. Replace any local items with the server version.',
          'resyncChangesApplyDifferences',
        ),
        {
          ...(expiring.location ? { location: fresh } : {}),
        },
      );
    }
    // The state of an enumeration travels in the (opaque) skiptoken: changes in (since, upto], from offset.
    const state = skip
      ? (JSON.parse(Buffer.from(skip, 'base64url').toString()) as { since: number; upto: number; offset: number })
      : undefined;
    const since = state?.since ?? (token === null ? 0 : Number(Buffer.from(token, 'base64url').toString()));
    const upto = state?.upto ?? this.seq;
    const offset = state?.offset ?? 0;
    const top = Math.min(Number(url.searchParams.get('$top') ?? this.options.pageSize), 1000);
    const feed = [...drive.items.values()]
      .filter((i) => i.seq > since && i.seq <= upto && (since > 0 || !i.deleted))
      // Parents before children, as the service lists a fresh enumeration.
      .sort((a, b) => Number(!!b.isRoot) - Number(!!a.isRoot) || Number(b.isFolder) - Number(a.isFolder) || a.seq - b.seq);
    const page = feed.slice(offset, offset + top);
    const value: unknown[] = page.map((i) => select(this.itemJson(drive, i, false), url));
    const duplicate = this.duplicates.get(driveId);
    const at = duplicate ? page.findIndex((i) => i.id === duplicate) : -1;
    if (at >= 0) {
      this.duplicates.delete(driveId);
      const current = page[at]!;
      const stale = select(
        { ...this.itemJson(drive, current, false), name: `stale-${current.name}`, eTag: `"{${current.id}},0"` },
        url,
      );
      value.splice(at, 0, stale);
    }
    const body: Record<string, unknown> = { '@odata.context': `${this.url}/$metadata#Collection(driveItem)`, value };
    if (offset + top < feed.length)
      body['@odata.nextLink'] = withParam(
        url,
        this.url,
        url.pathname.replace(/^\/v1\.0/, ''),
        '$skiptoken',
        encode({ since, upto, offset: offset + top }),
        ['token'],
      );
    else
      body['@odata.deltaLink'] = withParam(url, this.url, url.pathname.replace(/^\/v1\.0/, ''), 'token', encode(upto), [
        '$skiptoken',
      ]);
    send(200, body);
  }

  private handleStorage(req: IncomingMessage, res: ServerResponse) {
    const record: RecordedRequest = {
      host: 'storage',
      kind: 'storage',
      method: req.method ?? '',
      path: req.url ?? '',
      status: 0,
      at: Date.now(),
    };
    if (req.headers.authorization) record.authorization = req.headers.authorization;
    if (req.headers['user-agent']) record.userAgent = req.headers['user-agent'];
    this.requests.push(record);
    req.resume();
    const m = /^\/download\/([^/]+)\/([^/?]+)\?tempauth=/.exec(req.url ?? '');
    const item = m ? this.drives.get(m[1]!)?.items.get(m[2]!) : undefined;
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, headers).end(body === undefined ? '' : JSON.stringify(body));
    };
    if (!item || item.deleted) return send(404);
    const latency = this.options.downloadLatencyMs;
    if (latency > 0) setTimeout(() => sendContent(item.content, res, record), latency);
    else sendContent(item.content, res, record);
  }

  private takeRateHeaders(): Record<string, string> {
    if (!this.rateHeaders || this.rateHeaders.count <= 0) return {};
    this.rateHeaders.count--;
    return this.rateHeaders.headers;
  }

  // ---- JSON shapes ---------------------------------------------------------------------------

  private driveJson(drive: GraphDrive, url: URL): Record<string, unknown> {
    return select(
      {
        id: drive.id,
        name: drive.name,
        driveType: drive.kind === 'onedrive' ? 'business' : 'documentLibrary',
        webUrl: `https://school.sharepoint.com/${drive.id}`,
        ...(drive.ownerEmail ? { owner: { user: { email: drive.ownerEmail, displayName: drive.ownerEmail } } } : {}),
      },
      url,
    );
  }

  /** A driveItem; `withPath` for item GETs (delta leaves parentReference.path out, as documented). */
  private itemJson(drive: GraphDrive, item: FakeItem, withPath: boolean): Record<string, unknown> {
    const json: Record<string, unknown> = {
      id: item.id,
      name: item.isRoot ? 'root' : item.name,
      eTag: `"{${item.id}},${item.version}"`,
      cTag: `"c:{${item.id}},${item.version}"`,
      lastModifiedDateTime: item.modifiedAt,
      webUrl: `https://school.sharepoint.com/${drive.id}/${encodeURIComponent(item.name)}`,
      createdBy: { user: { email: drive.ownerEmail ?? 'staff@school.example.jp', displayName: 'Staff' } },
      parentReference: { driveId: drive.id, driveType: drive.kind === 'onedrive' ? 'business' : 'documentLibrary' },
    };
    if (item.deleted) {
      json.deleted = { state: 'deleted' };
      delete json.createdBy;
    } else json.size = item.size;
    if (item.parentId) {
      const parent = json.parentReference as Record<string, unknown>;
      parent.id = item.parentId;
      if (withPath) parent.path = `/drives/${drive.id}/root:${this.pathOf(drive, item.parentId)}`;
    }
    if (item.isRoot) json.root = {};
    if (item.isFolder) json.folder = { childCount: 0 };
    else if (!item.deleted) json.file = { mimeType: mimeOf(item.name), hashes: { quickXorHash: 'AAAA' } };
    if (item.shared && !item.deleted) json.shared = { scope: item.shared, owner: { user: { displayName: 'Staff' } } };
    return json;
  }

  private pathOf(drive: GraphDrive, id: string): string {
    const names: string[] = [];
    for (let item = drive.items.get(id); item && !item.isRoot; item = item.parentId ? drive.items.get(item.parentId) : undefined)
      names.unshift(encodeURIComponent(item.name));
    return names.length ? `/${names.join('/')}` : '';
  }

  // ---- internals -----------------------------------------------------------------------------

  private addDrive(name: string, kind: 'onedrive' | 'sharepoint', index: number, ownerEmail?: string): GraphDrive {
    const id = `b!drive-${index}`;
    const rootId = `root-${index}`;
    const drive: GraphDrive = { id, name, kind, rootId, items: new Map() };
    if (ownerEmail) drive.ownerEmail = ownerEmail;
    drive.items.set(rootId, {
      id: rootId,
      name: 'root',
      isFolder: true,
      isRoot: true,
      size: 0,
      version: 1,
      seq: ++this.seq,
      modifiedAt: new Date(0).toISOString(),
    });
    this.drives.set(id, drive);
    for (let f = 0; f < this.options.filesPerDrive; f++) this.addFile(id, this.options.file?.(index, f) ?? defaultFile(index, f));
    return drive;
  }

  private folderId(drive: GraphDrive, folder: string | undefined): string {
    let parentId = drive.rootId;
    for (const name of (folder ?? '').split('/').filter(Boolean)) {
      const existing = [...drive.items.values()].find(
        (i) => i.isFolder && !i.deleted && i.parentId === parentId && i.name === name,
      );
      if (existing) {
        parentId = existing.id;
        continue;
      }
      const id = `item-${++this.nextId}`;
      drive.items.set(id, {
        id,
        name,
        parentId,
        isFolder: true,
        size: 0,
        version: 1,
        seq: ++this.seq,
        modifiedAt: new Date(0).toISOString(),
      });
      parentId = id;
    }
    return parentId;
  }

  private touch(item: FakeItem): void {
    item.version++;
    item.seq = ++this.seq;
    item.modifiedAt = changedAt(this.seq);
  }

  private drive(id: string): GraphDrive {
    const drive = this.drives.get(id);
    if (!drive) throw new Error(`no fake drive ${id}`);
    return drive;
  }

  private item(driveId: string, itemId: string): FakeItem {
    const item = this.drive(driveId).items.get(itemId);
    if (!item) throw new Error(`no fake item ${itemId} in ${driveId}`);
    return item;
  }
}

/** Streams in 64 KiB chunks with no Content-Length, so a client must count bytes as they come. */
function sendContent(content: Buffer | undefined, res: ServerResponse, record: RecordedRequest): void {
  const bytes = content ?? Buffer.alloc(0);
  record.status = 200;
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  let offset = 0;
  const pump = () => {
    while (offset < bytes.length) {
      const ok = res.write(bytes.subarray(offset, offset + 64 * 1024));
      offset += 64 * 1024;
      if (!ok) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

function kindOf(method: string, path: string): string {
  if (path === '/users') return 'users';
  if (/^\/users\/[^/]+\/drive$/.test(path)) return 'drive';
  if (path === '/sites/getAllSites') return 'sites';
  if (/^\/sites\/[^/]+\/drives$/.test(path)) return 'drives';
  if (/\/root\/delta$/.test(path)) return 'delta';
  if (/\/content$/.test(path)) return 'content';
  if (/\/extractSensitivityLabels$/.test(path) && method === 'POST') return 'labels';
  if (/^\/drives\/[^/]+\/items\/[^/]+$/.test(path)) return 'item';
  return 'other';
}

function graphError(code: string, message: string, innerCode?: string): unknown {
  return { error: { code, message, ...(innerCode ? { innerError: { code: innerCode } } : {}) } };
}

/** Applies `$select` as Graph does: only the listed properties (and `id`) come back. */
function select<T extends Record<string, unknown>>(json: T, url: URL): T {
  const fields = url.searchParams.get('$select');
  if (!fields) return json;
  const keep = new Set([...fields.split(','), ...SELECT_ALWAYS]);
  return Object.fromEntries(Object.entries(json).filter(([key]) => keep.has(key))) as T;
}

function encode(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** The same query (so $select and $top are kept) on `path`, with `name` set and `drop` removed. */
function withParam(url: URL, base: string, path: string, name: string, value: string, drop: string[] = []): string {
  const params = new URLSearchParams(url.searchParams);
  for (const key of drop) params.delete(key);
  params.set(name, value);
  return `${base}${path}?${params.toString()}`;
}

function withoutParams(url: URL, base: string, path: string, drop: string[]): string {
  const params = new URLSearchParams(url.searchParams);
  for (const key of drop) params.delete(key);
  const query = params.toString();
  return `${base}${path}${query ? `?${query}` : ''}`;
}

function mimeOf(name: string): string {
  if (name.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.pdf')) return 'application/pdf';
  if (name.endsWith('.csv')) return 'text/csv';
  return 'text/plain';
}
