import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphConnector } from '../../connectors/graph/index.js';
import { FakeGraph, fakeCredential } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { priorityOf, runCloudScan } from '../../scan/cloud/index.js';
import type { Store } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { freshStore } from '../helpers/engines.js';

describe('a first scan reads the likeliest violations first', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let fake: FakeGraph;
  const names = new Map<string, string>();

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore('sqlite'));
    fake = await new FakeGraph({ users: 1, sites: 0, filesPerDrive: 0 }).start();
    const drive = fake.users[0]!.driveId!;
    const add = (name: string, content: string, shared?: 'anonymous') =>
      names.set(fake.addFile(drive, { name, content, ...(shared ? { shared } : {}) }), name);
    // Listed in this order; the plain memos first, the links anyone can open last.
    for (let i = 0; i < 10; i++) add(`memo-${i}.txt`, `会議は${i}時から`);
    for (let i = 0; i < 5; i++) add(`集計-${i}.csv`, `項目,数\n出席,${i}`);
    for (let i = 0; i < 2; i++) add(`住所録-${i}.txt`, `見出しだけ ${i}`);
    for (let i = 0; i < 3; i++) add(`連絡-${i}.txt`, `持ち物のお知らせ ${i}`, 'anonymous');
  });
  afterAll(async () => {
    await fake.stop();
    await cleanup();
  });

  test('links anyone can open, then names the catalog knows as class Ⅰ・Ⅱ, then office formats, then the rest', async () => {
    const pack = getPack('kumamoto');
    expect(priorityOf(pack, { id: 'a', name: '連絡.txt', path: '/連絡.txt', sharing: 'anonymous' })).toBeGreaterThan(
      priorityOf(pack, { id: 'b', name: '集計.csv', path: '/集計.csv' }),
    );
    expect(priorityOf(pack, { id: 'c', name: '住所録.txt', path: '/住所録.txt' })).toBeGreaterThan(
      priorityOf(pack, { id: 'd', name: 'memo.txt', path: '/memo.txt' }),
    );
    const result = await runCloudScan({
      store,
      pack,
      connector: createGraphConnector({ credential: fakeCredential(), baseUrl: fake.url, concurrency: 1 }),
      log: quietLog,
      maxBytes: 1_000_000,
      concurrency: 1,
      filesInFlight: 1,
    });
    expect(result).toMatchObject({ items: 20, downloads: 20, failedDrives: 0 });
    const order = fake.requests
      .filter((r) => r.kind === 'content')
      .map((r) => names.get(decodeURIComponent(/\/items\/([^/]+)\/content/.exec(r.path)![1]!))!.split('-')[0]);
    expect(order).toEqual([
      ...Array(3).fill('連絡'),
      ...Array(2).fill('住所録'),
      ...Array(5).fill('集計'),
      ...Array(10).fill('memo'),
    ]);
  });
});
