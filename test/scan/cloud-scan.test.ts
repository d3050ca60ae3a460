import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphConnector } from '../../connectors/graph/index.js';
import { FakeGraph, fakeCredential } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { runCloudScan } from '../../scan/cloud/index.js';
import { importRoster, type Store } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8')
  .replace('hanako.yamada@school.example.jp', 'user0@school.example.jp')
  .replace('jiro.tanaka@school.example.jp', 'user1@school.example.jp');

const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 12 }, (_, i) => `生徒${i + 1},熊本市中央区手取本町${i + 1}-1,090-1234-${String(5600 + i)}`),
].join('\n');
const NEWSLETTER = '学級だより 11月号\n今月の行事: 持久走大会、音楽会。ご家庭でのご協力をお願いします。';

describe.each(ENGINES)('a Graph scan on %s', (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let fake: FakeGraph;
  const scan = () =>
    runCloudScan({
      store,
      pack: getPack('kumamoto'),
      connector: createGraphConnector({ credential: fakeCredential(), baseUrl: fake.url, backoffBaseMs: 5 }),
      log: quietLog,
      maxBytes: 5_000_000,
      concurrency: 2,
    });

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
    await importRoster(store.db, ROSTER);
    fake = await new FakeGraph({
      users: 2,
      sites: 1,
      filesPerDrive: 3,
      file: (drive, index) =>
        index === 0 && drive === 0
          ? { name: 'Book1.csv', content: ADDRESS_BOOK, shared: 'anonymous' }
          : index === 1
            ? { name: `学級だより${drive}.txt`, content: NEWSLETTER }
            : { name: `memo${drive}-${index}.txt`, content: '会議の時間: 15時から' },
    }).start();
  });
  afterAll(async () => {
    await fake.stop();
    await cleanup();
  });

  test('finds the misplaced file by its content, tells the principal and the owner, and nothing else', async () => {
    const result = await scan();
    expect(result).toMatchObject({ drives: 3, failedDrives: 0, found: 1, items: 9 });
    const findings = await store.db.selectFrom('findings').selectAll().execute();
    expect(findings).toEqual([
      expect.objectContaining({
        name: 'Book1.csv',
        class: 'I',
        status: 'open',
        sharing: 'anonymous',
        owner_email: 'user0@school.example.jp',
      }),
    ]);
    expect(JSON.stringify(JSON.parse(findings[0]!.reasons))).toMatch(/住所録|電話番号/);
    expect(findings[0]!.reasons).not.toContain('手取本町');
    const kinds = (await store.db.selectFrom('outbox').select('kind').execute()).map((m) => m.kind).sort();
    expect(kinds).toEqual(['finding_digest', 'finding_owner']);
    const drives = await store.db.selectFrom('drives').select(['drive_id', 'cursor']).execute();
    expect(drives).toHaveLength(3);
    expect(drives.every((d) => d.cursor)).toBe(true);
  });

  test('an unchanged tenant costs one delta call per drive and no downloads; no digest', async () => {
    fake.clearRequests();
    const result = await scan();
    const counts = fake.counts();
    expect(counts.delta).toBe(3);
    expect(counts.content ?? 0).toBe(0);
    expect(result).toMatchObject({ found: 0, resolved: 0, digests: 0 });
  });

  test('a file removed from the drive is resolved on the next run, and the principal is told', async () => {
    const drive = [...fake.drives.keys()][0]!;
    const book = fake.filesOf(drive).find((f) => f.name === 'Book1.csv')!;
    fake.deleteFile(drive, book.id);
    const result = await scan();
    expect(result).toMatchObject({ resolved: 1, digests: 1 });
    expect(await store.db.selectFrom('findings').select('status').execute()).toEqual([{ status: 'resolved' }]);
  });
});
