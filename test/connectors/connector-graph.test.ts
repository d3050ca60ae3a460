import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../connectors/errors.js';
import { createGraphConnector, type GraphConnectorOptions } from '../../connectors/graph/index.js';
import type { ChangePage, Connector, DriveItem, DriveRef } from '../../connectors/types.js';
import { FAKE_GRAPH_TOKEN, FakeGraph, type FakeGraphOptions, fakeCredential } from '../../devkit/index.js';

const running: FakeGraph[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.stop()));
});

async function setup(corpus: Partial<FakeGraphOptions> = {}, options: Partial<GraphConnectorOptions> = {}) {
  const fake = await new FakeGraph({ users: 3, usersWithoutDrive: [1], sites: 2, filesPerDrive: 5, ...corpus }).start();
  running.push(fake);
  const connector = createGraphConnector({
    credential: fakeCredential(),
    baseUrl: fake.url,
    backoffBaseMs: 10,
    backoffCapMs: 50,
    ...options,
  });
  return { fake, connector };
}

async function drivesOf(connector: Connector): Promise<DriveRef[]> {
  const drives: DriveRef[] = [];
  for await (const drive of connector.listDrives()) drives.push(drive);
  return drives;
}

async function walk(connector: Connector, drive: DriveRef, cursor?: string) {
  const pages: ChangePage[] = [];
  for await (const page of connector.changes(drive, cursor)) pages.push(page);
  const items: DriveItem[] = pages.flatMap((p) => p.items);
  return { pages, items, last: pages.at(-1)!, files: items.filter((i) => !i.isFolder) };
}

describe('Graph connector: drives', () => {
  it('lists each OneDrive and each SharePoint library, skipping users without a drive and personal sites', async () => {
    const { fake, connector } = await setup();
    const drives = await drivesOf(connector);
    expect(drives.map((d) => [d.kind, d.driveId, d.ownerEmail])).toEqual([
      ['onedrive', 'b!drive-0', 'user0@school.example.jp'],
      ['onedrive', 'b!drive-1', 'user2@school.example.jp'],
      ['sharepoint', 'b!drive-2', undefined],
      ['sharepoint', 'b!drive-3', undefined],
    ]);
    expect(drives[2]!.name).toBe('Site 0 / Documents');
    // user1's 404 was asked once and skipped; the personal site's libraries were never asked for.
    expect(fake.counts()).toMatchObject({ users: 1, drive: 3, sites: 1, drives: 2 });
    expect(fake.requests.filter((r) => r.status === 404)).toHaveLength(1);
  });

  it('follows @odata.nextLink through pages of users', async () => {
    const { fake, connector } = await setup({
      users: 250,
      usersWithoutDrive: [],
      sites: 0,
      filesPerDrive: 0,
      usersPageSize: 100,
    });
    const drives = await drivesOf(connector);
    expect(drives).toHaveLength(250);
    // The connector asks for $top=999; the service may answer shorter pages, chained by nextLink.
    expect(fake.counts().users).toBe(3);
    expect(fake.requests.find((r) => r.kind === 'users')!.path).toContain('$top=999');
    expect(new Set(drives.map((d) => d.ownerEmail)).size).toBe(250);
  });

  it('sends the ISV User-Agent and the bearer token on every Graph call', async () => {
    const { fake, connector } = await setup();
    for (const drive of await drivesOf(connector)) await walk(connector, drive);
    const graphCalls = fake.requests.filter((r) => r.host === 'graph');
    expect(graphCalls.length).toBeGreaterThan(5);
    for (const r of graphCalls) {
      expect(r.userAgent).toBe('ISV|mamoru|mamoru/0.1.0');
      expect(r.authorization).toBe(`Bearer ${FAKE_GRAPH_TOKEN}`);
    }
  });

  it('says which permission to grant on 403', async () => {
    const { fake, connector } = await setup();
    fake.fail(403, 1, { kinds: ['users'] });
    const error = await drivesOf(connector).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).code).toBe('FORBIDDEN');
    expect((error as ConnectorError).message).toMatch(/grant User\.Read\.All/);
  });
});

describe('Graph connector: delta walks', () => {
  it('lists a whole drive with paths, sharing and owners; only the last page carries the cursor', async () => {
    const { fake, connector } = await setup({ filesPerDrive: 450, pageSize: 200 });
    const [drive] = await drivesOf(connector);
    fake.setShared(drive!.driveId, fake.filesOf(drive!.driveId)[0]!.id, 'anonymous');
    const { pages, files, items, last } = await walk(connector, drive!);
    expect(pages).toHaveLength(3); // 451 items (1 folder + 450 files) at 200 a page
    expect(pages.slice(0, -1).every((p) => p.cursor === undefined)).toBe(true);
    expect(last.cursor).toMatch(/\/drives\/b!drive-0\/root\/delta\?.*token=/);
    expect(pages.every((p) => p.full && !p.resynced)).toBe(true);
    expect(files).toHaveLength(450);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.find((i) => i.isFolder)).toMatchObject({ name: 'Folder A', path: '/Folder A' });
    expect(files.find((f) => f.name === 'file-1.txt')).toMatchObject({
      path: '/Folder A/file-1.txt',
      ownerEmail: 'user0@school.example.jp',
      sharing: 'private',
      mimeType: 'text/plain',
      size: 'drive 0 file 1'.length,
    });
    expect(files.find((f) => f.sharing === 'anonymous')).toBeDefined();
    // Folders came before their files, so no item lookups were needed for paths.
    expect(fake.counts().item).toBeUndefined();
  });

  it('costs at most 1.1 listing calls per file on a first run', async () => {
    const { fake, connector } = await setup({ users: 6, usersWithoutDrive: [], sites: 4, filesPerDrive: 400, pageSize: 200 });
    let files = 0;
    for (const drive of await drivesOf(connector)) files += (await walk(connector, drive)).files.length;
    expect(files).toBe(4000);
    const calls = fake.requests.length;
    expect(connector.stats().calls).toBe(calls);
    expect(calls / files).toBeLessThanOrEqual(1.1);
    // 10 drives × 3 delta pages (401 items each), 6 drive lookups, 1 users, 1 sites, 4 site drives.
    expect(fake.counts()).toEqual({ users: 1, drive: 6, sites: 1, drives: 4, delta: 30 });
  });

  it('costs exactly one delta call per drive, and no download, when nothing changed', async () => {
    const { fake, connector } = await setup({ filesPerDrive: 50 });
    const drives = await drivesOf(connector);
    const cursors = new Map<string, string>();
    for (const drive of drives) cursors.set(drive.driveId, (await walk(connector, drive)).last.cursor!);
    fake.clearRequests();
    for (const drive of drives) {
      const second = await walk(connector, drive, cursors.get(drive.driveId));
      expect(second.items).toEqual([]);
      expect(second.last.full).toBe(false);
      expect(second.last.cursor).toBeDefined();
    }
    expect(fake.counts()).toEqual({ delta: drives.length });
  });

  it('reports a new file, a changed file and a deleted file on the next run', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    const first = await walk(connector, drive!);
    const [changed, removed] = fake.filesOf(drive!.driveId);
    fake.updateFile(drive!.driveId, changed!.id, '通知表 2年1組');
    fake.deleteFile(drive!.driveId, removed!.id);
    const added = fake.addFile(drive!.driveId, { name: '成績一覧.xlsx', folder: 'Grades/2025', content: 'x' });
    const second = await walk(connector, drive!, first.last.cursor);
    const byId = new Map(second.items.map((i) => [i.id, i]));
    expect(byId.get(changed!.id)?.etag).not.toBe(first.items.find((i) => i.id === changed!.id)?.etag);
    expect(byId.get(changed!.id)?.contentTag).toMatch(/,2"$/);
    expect(byId.get(removed!.id)).toMatchObject({ deleted: true });
    // The new file's folders are new too, so they are in the feed ahead of it.
    expect(byId.get(added)).toMatchObject({ path: '/Grades/2025/成績一覧.xlsx' });
    expect(byId.get(added)?.deleted).toBeUndefined();
    expect(second.items.filter((i) => i.isFolder).map((i) => i.path)).toEqual(['/Grades', '/Grades/2025']);
    // A third run sees nothing new.
    expect((await walk(connector, drive!, second.last.cursor)).items).toEqual([]);
  });

  it('looks a parent folder up when the incremental feed does not carry it', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    const first = await walk(connector, drive!);
    const inFolder = first.files.find((f) => f.path.startsWith('/Folder A/'))!;
    fake.updateFile(drive!.driveId, inFolder.id, 'changed');
    fake.clearRequests();
    const second = await walk(connector, drive!, first.last.cursor);
    expect(second.items.map((i) => i.path)).toEqual([inFolder.path]);
    expect(fake.counts()).toEqual({ delta: 1, item: 1 });
  });

  it('resyncs on 410 Gone: a full listing, marked resynced, with no duplicates', async () => {
    for (const location of [true, false]) {
      const { fake, connector } = await setup({ filesPerDrive: 300 });
      const [drive] = await drivesOf(connector);
      const first = await walk(connector, drive!);
      fake.expireDeltaLink(drive!.driveId, { location });
      const second = await walk(connector, drive!, first.last.cursor);
      expect(second.pages.every((p) => p.resynced && p.full)).toBe(true);
      expect(second.files).toHaveLength(300);
      expect(new Set(second.items.map((i) => i.id)).size).toBe(second.items.length);
      expect(fake.requests.filter((r) => r.kind === 'delta').map((r) => r.status)).toEqual([200, 200, 410, 200, 200]);
      // The new cursor works normally.
      const third = await walk(connector, drive!, second.last.cursor);
      expect(third.last).toMatchObject({ resynced: false, items: [] });
    }
  });

  it('passes an item repeated in one delta page on once, the later version winning', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    const target = fake.filesOf(drive!.driveId)[2]!;
    fake.duplicateInNextPage(drive!.driveId, target.id);
    const { items } = await walk(connector, drive!);
    const copies = items.filter((i) => i.id === target.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.name).toBe(target.name);
    expect(fake.requests.filter((r) => r.kind === 'delta')).toHaveLength(1);
  });

  it('reads sensitivity labels only when asked, only for Office/PDF files, by name', async () => {
    const file = (_drive: number, i: number) =>
      i === 0
        ? { name: 'report.docx', content: 'x', labels: ['lbl-1'] }
        : { name: `note-${i}.txt`, content: 'y', labels: ['lbl-1'] };
    const plain = await setup({ file });
    const [d1] = await drivesOf(plain.connector);
    await walk(plain.connector, d1!);
    expect(plain.fake.counts().labels).toBeUndefined();

    const labelled = await setup({ file }, { sensitivityLabels: true, labelNames: { 'lbl-1': '機密' } });
    const [d2] = await drivesOf(labelled.connector);
    const { files } = await walk(labelled.connector, d2!);
    expect(files.find((f) => f.name === 'report.docx')?.labels).toEqual(['機密']);
    expect(files.find((f) => f.name === 'note-1.txt')?.labels).toBeUndefined();
    expect(labelled.fake.counts().labels).toBe(1);
  });
});

describe('Graph connector: throttling and errors', () => {
  it('pauses the whole connector on 429 Retry-After: no request at all during the pause', async () => {
    const { fake, connector } = await setup(
      { users: 8, usersWithoutDrive: [], sites: 0, filesPerDrive: 600, pageSize: 100 },
      { concurrency: 4 },
    );
    const drives = await drivesOf(connector);
    fake.clearRequests();
    fake.fail(429, 1, { retryAfter: 1, kinds: ['delta'] });
    const started = Date.now();
    const results = await Promise.all(drives.map((drive) => walk(connector, drive)));
    const elapsed = Date.now() - started;
    expect(results.every((r) => r.files.length === 600)).toBe(true);
    const throttle = fake.requests.find((r) => r.status === 429)!;
    // Requests already on the wire when the 429 left the server may land a moment later (the
    // client needs a little while to read the 429); after that, silence until the pause ends.
    const during = fake.requests.filter((r) => r.at > throttle.at + 200 && r.at < throttle.at + 950);
    expect(during).toEqual([]);
    const after = fake.requests.filter((r) => r.at >= throttle.at + 950);
    expect(after.length).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(connector.stats()).toMatchObject({ throttled: 1, retries: 1 });
    expect(connector.stats().pausedMs).toBeGreaterThanOrEqual(950);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const { fake, connector } = await setup(
      { users: 12, usersWithoutDrive: [], sites: 0, filesPerDrive: 10 },
      { concurrency: 2 },
    );
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const limited = createGraphConnector({ credential: fakeCredential(), baseUrl: fake.url, concurrency: 2, fetch: counting });
    const drives = await drivesOf(limited);
    await Promise.all(drives.map((drive) => walk(limited, drive)));
    expect(drives).toHaveLength(12);
    expect(peak).toBe(2);
    void connector;
  });

  it('retries 503 (with backoff) and 429 without Retry-After, then succeeds', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    fake.fail(503, 2, { kinds: ['delta'] });
    const { files } = await walk(connector, drive!);
    expect(files).toHaveLength(5);
    expect(fake.requests.filter((r) => r.kind === 'delta').map((r) => r.status)).toEqual([503, 503, 200]);
    expect(connector.stats()).toMatchObject({ throttled: 2, retries: 2 });
  });

  it('gives up with THROTTLED after the retries run out', async () => {
    const { fake, connector } = await setup({}, { maxRetries: 2 });
    const [drive] = await drivesOf(connector);
    fake.fail(503, 10, { kinds: ['delta'] });
    const error = await walk(connector, drive!).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'THROTTLED', status: 503 });
    expect(fake.counts().delta).toBe(3);
  });
});

describe('Graph connector: downloads', () => {
  it('follows the 302 to the pre-authenticated URL without the Authorization header', async () => {
    const { fake, connector } = await setup({ file: (_d, i) => ({ name: `f${i}.txt`, content: `中身 ${i}` }) });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    const result = await connector.download(drive!, files[1]!, { maxBytes: 1000 });
    expect(result).toMatchObject({ status: 'ok' });
    expect(result.status === 'ok' && result.data.toString()).toBe('中身 1');
    const content = fake.requests.find((r) => r.kind === 'content')!;
    const storage = fake.requests.find((r) => r.kind === 'storage')!;
    expect(content).toMatchObject({ status: 302, authorization: `Bearer ${FAKE_GRAPH_TOKEN}` });
    expect(storage.status).toBe(200);
    expect(storage.authorization).toBeUndefined();
  });

  it('refuses a file over maxBytes by its listed size without a call, and by counting while streaming', async () => {
    const big = Buffer.alloc(300_000, 'a');
    const { fake, connector } = await setup({ file: (_d, i) => ({ name: `f${i}.bin`, content: i === 0 ? big : 'small' }) });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    const large = files.find((f) => f.name === 'f0.bin')!;
    fake.clearRequests();
    expect(await connector.download(drive!, large, { maxBytes: 100_000 })).toEqual({ status: 'too_large', size: 300_000 });
    expect(fake.requests).toHaveLength(0);
    // The listing's size is not trusted alone: without it, the stream is counted and cut.
    const { size: _size, ...unsized } = large;
    expect(await connector.download(drive!, unsized, { maxBytes: 100_000 })).toEqual({ status: 'too_large' });
    expect(await connector.download(drive!, unsized, { maxBytes: 300_000 })).toMatchObject({ status: 'ok' });
  });

  it('reports a file deleted since the listing as gone, and reads content served inline', async () => {
    const { fake, connector } = await setup({ redirectContent: false });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    expect(await connector.download(drive!, files[0]!, { maxBytes: 1000 })).toMatchObject({ status: 'ok' });
    fake.deleteFile(drive!.driveId, files[1]!.id);
    expect(await connector.download(drive!, files[1]!, { maxBytes: 1000 })).toEqual({ status: 'gone' });
    expect(fake.counts().storage).toBeUndefined();
  });

  it('retries a throttled download', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    fake.fail(429, 1, { retryAfter: 0, kinds: ['content'] });
    const result = await connector.download(drive!, files[0]!, { maxBytes: 1000 });
    expect(result.status).toBe('ok');
    expect(fake.requests.filter((r) => r.kind === 'content').map((r) => r.status)).toEqual([429, 302]);
  });
});
