import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../connectors/errors.js';
import { createGoogleConnector, type GoogleConnectorOptions } from '../../connectors/google/index.js';
import type { ChangePage, Connector, DriveItem, DriveRef } from '../../connectors/types.js';
import { FakeDrive, type FakeDriveOptions, fakeGoogleAuth } from '../../devkit/index.js';

const running: FakeDrive[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.stop()));
});

async function setup(corpus: Partial<FakeDriveOptions> = {}, options: Partial<GoogleConnectorOptions> = {}) {
  const fake = await new FakeDrive({ users: 3, suspended: [1], sharedDrives: 1, filesPerDrive: 5, ...corpus }).start();
  running.push(fake);
  const connector = createGoogleConnector({
    authFor: fakeGoogleAuth,
    adminEmail: fake.adminEmail,
    rootUrl: fake.url,
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

describe('Google connector: drives', () => {
  it("lists active users' My Drives and shared drives (with an organizer), as the admin", async () => {
    const { fake, connector } = await setup();
    const drives = await drivesOf(connector);
    expect(drives.map((d) => [d.kind, d.driveId, d.ownerEmail])).toEqual([
      ['mydrive', '10000', 'user0@school.example.jp'],
      ['mydrive', '10002', 'user2@school.example.jp'],
      ['shared_drive', '0AshDrive0', 'user0@school.example.jp'],
    ]);
    expect(fake.requests.map((r) => [r.kind, r.subject])).toEqual([
      ['users.list', fake.adminEmail],
      ['drives.list', fake.adminEmail],
      ['permissions.list', fake.adminEmail],
    ]);
    expect(fake.requests[0]!.path).toContain('customer=my_customer');
    expect(fake.requests[1]!.path).toContain('useDomainAdminAccess=true');
  });

  it('follows nextPageToken through the directory', async () => {
    const { fake, connector } = await setup({ users: 120, suspended: [], sharedDrives: 0, filesPerDrive: 0, usersPageSize: 50 });
    expect(await drivesOf(connector)).toHaveLength(120);
    expect(fake.counts()['users.list']).toBe(3);
  });

  it('says which delegation scope to allow on 403', async () => {
    const { fake, connector } = await setup();
    fake.fail(403, 1, { reason: 'forbidden', kinds: ['users.list'] });
    const error = await drivesOf(connector).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).message).toMatch(/admin\.directory\.user\.readonly/);
  });

  it("announces mamoru in the User-Agent and impersonates the drive's owner", async () => {
    const { fake, connector } = await setup();
    const drives = await drivesOf(connector);
    for (const drive of drives) await walk(connector, drive);
    for (const r of fake.requests) expect(r.userAgent).toMatch(/mamoru\/0\.1\.0/);
    const walks = fake.requests.filter((r) => r.kind === 'files.list');
    expect(walks.map((r) => r.subject)).toEqual([
      'user0@school.example.jp',
      'user2@school.example.jp',
      'user0@school.example.jp',
    ]);
  });
});

describe('Google connector: walks', () => {
  it('lists a whole My Drive: start token first, then files.list; paths, sharing, owners', async () => {
    const { fake, connector } = await setup({
      file: (_d, i) => ({
        name: `f${i}.txt`,
        folder: i % 2 ? 'クラス/2年1組' : undefined,
        content: `c${i}`,
        sharing: i === 0 ? 'anyone' : undefined,
      }),
    });
    const [drive] = await drivesOf(connector);
    fake.clearRequests();
    const { pages, files, items, last } = await walk(connector, drive!);
    expect(fake.requests.map((r) => r.kind)).toEqual(['changes.getStartPageToken', 'files.list', 'files.get']);
    const list = new URL(fake.requests[1]!.path, fake.url).searchParams;
    expect(list.get('q')).toBe("'me' in owners and trashed = false");
    expect(list.get('pageSize')).toBe('1000');
    expect(pages).toHaveLength(1);
    expect(last).toMatchObject({ full: true, resynced: false });
    expect(last.cursor).toMatch(/^\d+$/);
    expect(files).toHaveLength(5);
    expect(items.filter((i) => i.isFolder).map((i) => i.path)).toEqual(['/クラス', '/クラス/2年1組']);
    expect(files.find((f) => f.name === 'f1.txt')).toMatchObject({
      path: '/クラス/2年1組/f1.txt',
      ownerEmail: 'user0@school.example.jp',
      sharing: 'private',
      size: 2,
      etag: '1',
    });
    expect(files.find((f) => f.name === 'f0.txt')).toMatchObject({ path: '/f0.txt', sharing: 'anonymous' });
  });

  it('lists a shared drive with corpora=drive and the drive id', async () => {
    const { fake, connector } = await setup();
    const drive = (await drivesOf(connector)).find((d) => d.kind === 'shared_drive')!;
    fake.clearRequests();
    const { files } = await walk(connector, drive);
    expect(files.map((f) => f.path).sort()).toEqual([
      '/Folder A/file-1.txt',
      '/Folder A/file-3.txt',
      '/file-0.txt',
      '/file-2.txt',
      '/file-4.txt',
    ]);
    const list = new URL(fake.requests.find((r) => r.kind === 'files.list')!.path, fake.url).searchParams;
    expect(
      Object.fromEntries(
        ['corpora', 'driveId', 'supportsAllDrives', 'includeItemsFromAllDrives', 'q'].map((k) => [k, list.get(k)]),
      ),
    ).toEqual({
      corpora: 'drive',
      driveId: '0AshDrive0',
      supportsAllDrives: 'true',
      includeItemsFromAllDrives: 'true',
      q: 'trashed = false',
    });
    // The shared drive's root is known from its id: no lookups.
    expect(fake.counts()['files.get']).toBeUndefined();
  });

  it('costs at most 1.1 listing calls per file on a first run', async () => {
    const { fake, connector } = await setup({ users: 8, suspended: [], sharedDrives: 2, filesPerDrive: 450 }, { pageSize: 200 });
    let files = 0;
    for (const drive of await drivesOf(connector)) files += (await walk(connector, drive)).files.length;
    expect(files).toBe(4500);
    expect(connector.stats().calls).toBe(fake.requests.length);
    expect(fake.requests.length / files).toBeLessThanOrEqual(1.1);
    expect(fake.counts()).toEqual({
      'users.list': 1,
      'drives.list': 1,
      'permissions.list': 2,
      'changes.getStartPageToken': 10,
      'files.list': 30,
      // Each My Drive's root, and 'Folder A' wherever the listing shows its files before it.
      'files.get': 18,
    });
  });

  it('costs exactly one changes.list per drive when nothing changed', async () => {
    const { fake, connector } = await setup();
    const drives = await drivesOf(connector);
    const cursors = new Map<string, string>();
    for (const drive of drives) cursors.set(drive.driveId, (await walk(connector, drive)).last.cursor!);
    fake.clearRequests();
    for (const drive of drives) {
      const second = await walk(connector, drive, cursors.get(drive.driveId));
      expect(second.items).toEqual([]);
      expect(second.last).toMatchObject({ full: false, resynced: false });
      expect(second.last.cursor).toBe(cursors.get(drive.driveId));
    }
    expect(fake.counts()).toEqual({ 'changes.list': drives.length });
  });

  it('reports new, changed, trashed and removed files on the next run', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    const first = await walk(connector, drive!);
    const [changed, trashed, removed] = fake.filesOf('user0@school.example.jp');
    fake.updateFile(changed!.id, '健康診断票');
    fake.trashFile(trashed!.id);
    fake.removeFile(removed!.id);
    const added = fake.addFile('user0@school.example.jp', { name: '指導要録.docx', folder: 'Folder A', content: 'x' });
    const second = await walk(connector, drive!, first.last.cursor);
    const byId = new Map(second.items.map((i) => [i.id, i]));
    expect(byId.get(changed!.id)).toMatchObject({ etag: '2' });
    expect(byId.get(changed!.id)?.deleted).toBeUndefined();
    expect(byId.get(trashed!.id)).toMatchObject({ deleted: true });
    expect(byId.get(removed!.id)).toMatchObject({ deleted: true });
    expect(byId.get(added)).toMatchObject({ path: '/Folder A/指導要録.docx' });
    expect(second.last.cursor).not.toBe(first.last.cursor);
    expect(fake.requests.find((r) => r.kind === 'changes.list')!.path).toContain('includeRemoved=true');
    expect((await walk(connector, drive!, second.last.cursor)).items).toEqual([]);
  });

  it('resyncs when Drive refuses the stored token: a full listing, marked resynced, no duplicates', async () => {
    const { fake, connector } = await setup({ filesPerDrive: 30 }, { pageSize: 10 });
    const [drive] = await drivesOf(connector);
    const first = await walk(connector, drive!);
    fake.expireTokens('user0@school.example.jp');
    fake.clearRequests();
    const second = await walk(connector, drive!, first.last.cursor);
    expect(second.pages.every((p) => p.resynced && p.full)).toBe(true);
    expect(second.files).toHaveLength(30);
    expect(new Set(second.items.map((i) => i.id)).size).toBe(second.items.length);
    expect(fake.requests.map((r) => `${r.kind}:${r.status}`).slice(0, 3)).toEqual([
      'changes.list:400',
      'changes.getStartPageToken:200',
      'files.list:200',
    ]);
    expect((await walk(connector, drive!, second.last.cursor)).last).toMatchObject({ resynced: false, items: [] });
  });

  it('reads Drive labels when label ids are given', async () => {
    const file = (_d: number, i: number) => ({ name: `f${i}.txt`, content: 'x', labels: i === 0 ? ['lbl-secret'] : [] });
    const { fake, connector } = await setup({ file }, { labelIds: ['lbl-secret'], labelNames: { 'lbl-secret': '機密' } });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    expect(files.find((f) => f.name === 'f0.txt')?.labels).toEqual(['機密']);
    expect(files.find((f) => f.name === 'f1.txt')?.labels).toBeUndefined();
    expect(fake.requests.find((r) => r.kind === 'files.list')!.path).toContain('includeLabels=lbl-secret');
  });
});

describe('Google connector: throttling', () => {
  it('pauses the whole connector on 429 Retry-After: no request at all during the pause', async () => {
    const { fake, connector } = await setup(
      { users: 8, suspended: [], sharedDrives: 0, filesPerDrive: 300 },
      { pageSize: 50, concurrency: 4 },
    );
    const drives = await drivesOf(connector);
    fake.clearRequests();
    fake.fail(429, 1, { retryAfter: 1, kinds: ['files.list'] });
    const started = Date.now();
    const results = await Promise.all(drives.map((drive) => walk(connector, drive)));
    expect(results.every((r) => r.files.length === 300)).toBe(true);
    const throttle = fake.requests.find((r) => r.status === 429)!;
    expect(fake.requests.filter((r) => r.at > throttle.at + 200 && r.at < throttle.at + 950)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(connector.stats()).toMatchObject({ throttled: 1, retries: 1 });
  });

  it('backs off and retries 403 rateLimitExceeded, userRateLimitExceeded and 503', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    fake.fail(403, 1, { reason: 'userRateLimitExceeded', kinds: ['files.list'] });
    fake.fail(403, 1, { reason: 'rateLimitExceeded', kinds: ['files.list'] });
    fake.fail(503, 1, { kinds: ['files.list'] });
    const { files } = await walk(connector, drive!);
    expect(files).toHaveLength(5);
    expect(fake.requests.filter((r) => r.kind === 'files.list').map((r) => r.status)).toEqual([403, 403, 503, 200]);
    expect(connector.stats()).toMatchObject({ throttled: 3, retries: 3 });
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    const { fake, connector } = await setup();
    const [drive] = await drivesOf(connector);
    fake.fail(403, 1, { reason: 'insufficientFilePermissions', kinds: ['files.list'] });
    const error = await walk(connector, drive!).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(fake.counts()['files.list']).toBe(1);
  });
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('Google connector: downloads', () => {
  it("exports Docs as text/plain and Sheets as xlsx (every sheet, not CSV's first), reads other files with alt=media", async () => {
    const file = (_d: number, i: number) =>
      [
        { name: '学級通信', native: 'document' as const, content: '本文' },
        { name: '成績', native: 'spreadsheet' as const, content: 'a,b' },
        { name: 'memo.txt', content: 'メモ' },
      ][i % 3]!;
    const { fake, connector } = await setup({ file, filesPerDrive: 3 });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    const read = async (name: string) => {
      const result = await connector.download(drive!, files.find((f) => f.name === name)!, { maxBytes: 1000 });
      return result.status === 'ok' ? [result.data.toString(), result.mimeType] : [result.status];
    };
    expect(await read('学級通信')).toEqual(['本文', 'text/plain']);
    expect(await read('成績')).toEqual(['a,b', XLSX]);
    expect(await read('memo.txt')).toEqual(['メモ', 'text/plain']);
    const exports = fake.requests
      .filter((r) => r.kind === 'files.export')
      .map((r) => new URL(r.path, fake.url).searchParams.get('mimeType'));
    expect(exports).toEqual(['text/plain', XLSX]);
    // The walk names what each is read as: the scan extracts 成績 as 成績.xlsx.
    expect(files.find((f) => f.name === '成績')?.readAs).toBe('成績.xlsx');
    expect(files.find((f) => f.name === 'memo.txt')?.readAs).toBeUndefined();
    expect(fake.counts()['files.get.media']).toBe(1);
  });

  it('reports an export over 10 MB as export_limit, not as an error or as empty', async () => {
    const { connector } = await setup({
      file: () => ({ name: '大きな名簿', native: 'spreadsheet', content: 'x', exportBytes: 11 * 1024 * 1024 }),
    });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    expect(await connector.download(drive!, files[0]!, { maxBytes: 50 * 1024 * 1024 })).toEqual({ status: 'export_limit' });
  });

  it('refuses over maxBytes by listed size (no call) and while streaming; a removed file is gone', async () => {
    const { fake, connector } = await setup({
      file: (_d, i) => ({
        name: `f${i}.bin`,
        content: Buffer.alloc(i === 0 ? 200_000 : 10, 1),
        mimeType: 'application/octet-stream',
      }),
    });
    const [drive] = await drivesOf(connector);
    const { files } = await walk(connector, drive!);
    const big = files.find((f) => f.name === 'f0.bin')!;
    fake.clearRequests();
    expect(await connector.download(drive!, big, { maxBytes: 100_000 })).toEqual({ status: 'too_large', size: 200_000 });
    expect(fake.requests).toHaveLength(0);
    const { size: _size, ...unsized } = big;
    expect(await connector.download(drive!, unsized, { maxBytes: 100_000 })).toEqual({ status: 'too_large' });
    const small = files.find((f) => f.name === 'f1.bin')!;
    fake.removeFile(small.id);
    expect(await connector.download(drive!, small, { maxBytes: 100_000 })).toEqual({ status: 'gone' });
  });
});
