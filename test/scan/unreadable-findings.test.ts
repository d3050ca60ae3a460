import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderMessage } from '../../bot/notify/render-message.js';
import { OCR_DEFAULTS } from '../../config/index.js';
import { createGraphConnector } from '../../connectors/graph/index.js';
import { FakeGraph, fakeCredential } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { runCloudScan } from '../../scan/cloud/index.js';
import { importRoster, type Store } from '../../store/index.js';
import { quietLog } from '../helpers/bot-harness.js';
import { encryptedOffice } from '../helpers/corpus-broken.js';
import { scannedPng } from '../helpers/corpus-formats.js';
import { writeDocx, writeXlsx } from '../helpers/corpus-writers.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8').replace(
  'hanako.yamada@school.example.jp',
  'user0@school.example.jp',
);
const PEOPLE = Array.from({ length: 12 }, (_, i) => [
  `生徒${i + 1}`,
  `熊本市中央区手取本町${i + 1}-1`,
  `090-1234-${String(5600 + i)}`,
]);
const ADDRESS_BOOK = ['氏名,住所,電話番号', ...PEOPLE.map((p) => p.join(','))].join('\n');
const NEWSLETTER = '学級だより 11月号\n今月の行事: 持久走大会、音楽会。ご家庭でのご協力をお願いします。';
const MAX_BYTES = 200_000;

describe.each(ENGINES)('a finding whose file can no longer be read, on %s', (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let fake: FakeGraph;
  let drive: string;
  const ids: Record<string, string> = {};
  let xlsx: Buffer;
  const scan = (ocr = OCR_DEFAULTS) =>
    runCloudScan({
      store,
      pack: getPack('kumamoto'),
      connector: createGraphConnector({ credential: fakeCredential(), baseUrl: fake.url, backoffBaseMs: 5 }),
      log: quietLog,
      maxBytes: MAX_BYTES,
      concurrency: 2,
      ocr,
    });
  const findings = async () =>
    Object.fromEntries(
      (await store.db.selectFrom('findings').selectAll().execute()).map((f) => [
        f.name,
        { status: f.status, unreadable: f.unreadable_reason ?? null },
      ]),
    );
  const audits = async () =>
    (await store.db.selectFrom('audit_log').select('action').where('action', 'like', 'finding.%').orderBy('seq').execute()).map(
      (a) => a.action,
    );
  const digests = () =>
    store.db.selectFrom('outbox').selectAll().where('kind', '=', 'finding_digest').orderBy('created_at').execute();

  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
    await importRoster(store.db, ROSTER);
    fake = await new FakeGraph({ users: 1, sites: 0, filesPerDrive: 0 }).start();
    drive = fake.users[0]!.driveId!;
    xlsx = await writeXlsx([{ name: '名簿', rows: [['氏名', '住所', '電話番号'], ...PEOPLE] }]);
    const docx = await writeDocx({ paragraphs: ['保護者連絡先'], tables: [[['氏名', '住所', '電話番号'], ...PEOPLE]] });
    const png = await scannedPng(['氏名 住所 電話番号', ...PEOPLE.slice(0, 6).map((p) => p.join(' '))]);
    ids.book = fake.addFile(drive, { name: 'book.xlsx', content: xlsx });
    ids.list = fake.addFile(drive, { name: 'list.docx', content: docx });
    ids.big = fake.addFile(drive, { name: 'big.csv', content: ADDRESS_BOOK });
    ids.scan = fake.addFile(drive, { name: 'scan.png', content: png });
    ids.gone = fake.addFile(drive, { name: 'gone.csv', content: ADDRESS_BOOK });
    ids.memo = fake.addFile(drive, { name: 'memo.txt', content: NEWSLETTER });
  }, 60_000);
  afterAll(async () => {
    await fake.stop();
    await cleanup();
  });

  test('stays open, marked 再確認できません with the reason, until the file is deleted, moved or read again; the digest says so', async () => {
    const first = await scan();
    expect(first).toMatchObject({ found: 5, failedDrives: 0 });
    const open = { status: 'open', unreadable: null };
    expect(await findings()).toEqual({
      'book.xlsx': open,
      'list.docx': open,
      'big.csv': open,
      'scan.png': open,
      'gone.csv': open,
    });
    expect(await digests()).toHaveLength(1);

    // Saved again with a password, damaged, grown past the size limit, an image once the run's
    // OCR time is spent; and one file deleted.
    fake.updateFile(drive, ids.book!, encryptedOffice());
    const docx = fake.filesOf(drive).find((f) => f.id === ids.list)!;
    fake.updateFile(drive, ids.list!, Buffer.alloc(docx.size, 0x50).fill('PK\u0003\u0004', 0, 4));
    fake.updateFile(drive, ids.big!, `${ADDRESS_BOOK}\n${'x'.repeat(MAX_BYTES)}`);
    fake.updateFile(drive, ids.scan!, await scannedPng(['氏名 住所 電話番号', PEOPLE[0]!.join(' ')]));
    fake.deleteFile(drive, ids.gone!);
    const second = await scan({ ...OCR_DEFAULTS, seconds_per_scan: 0 });
    expect(second).toMatchObject({ resolved: 1, unreadable: 4, failedDrives: 0 });
    const now = await findings();
    expect(now['gone.csv']).toEqual({ status: 'resolved', unreadable: null });
    expect(now['book.xlsx']).toEqual({ status: 'open', unreadable: expect.stringContaining('パスワード') });
    expect(now['list.docx']).toEqual({ status: 'open', unreadable: expect.stringContaining('壊れて') });
    expect(now['big.csv']).toEqual({ status: 'open', unreadable: expect.stringContaining('大きすぎる') });
    expect(now['scan.png']).toEqual({ status: 'open', unreadable: expect.stringContaining('OCR') });
    expect((await audits()).slice(5).sort()).toEqual([
      'finding.resolved',
      'finding.unreadable',
      'finding.unreadable',
      'finding.unreadable',
      'finding.unreadable',
    ]);

    // The principal's digest says which files could not be checked again, and why.
    const sent = await digests();
    expect(sent).toHaveLength(2);
    expect(JSON.parse(sent[1]!.payload!).unreadable).toHaveLength(4);
    const reply = await renderMessage(store, sent[1]!);
    expect(reply?.text).toContain('再確認できません 4 件');
    const card = JSON.stringify(reply?.card);
    expect(card).toContain('指摘は未解決のままです');
    for (const name of ['book.xlsx', 'list.docx', 'big.csv', 'scan.png']) expect(card).toContain(name);
    expect(card).toContain('パスワード');

    // Nothing changed: no new digest and no new audit entry; still open.
    const quiet = await scan({ ...OCR_DEFAULTS, seconds_per_scan: 0 });
    expect(quiet).toMatchObject({ found: 0, resolved: 0, unreadable: 0, digests: 0 });
    expect(await audits()).toHaveLength(10);

    // Read again (the password removed): open as before, no longer marked; deleted: resolved;
    // replaced by something harmless: resolved.
    fake.updateFile(drive, ids.book!, xlsx);
    fake.deleteFile(drive, ids.list!);
    fake.updateFile(drive, ids.big!, NEWSLETTER);
    await scan({ ...OCR_DEFAULTS, seconds_per_scan: 0 });
    const last = await findings();
    expect(last['book.xlsx']).toEqual({ status: 'open', unreadable: null });
    expect(last['list.docx']).toEqual({ status: 'resolved', unreadable: null });
    expect(last['big.csv']).toEqual({ status: 'resolved', unreadable: null });
    expect(last['scan.png']).toEqual({ status: 'open', unreadable: expect.stringContaining('OCR') });
    expect((await audits()).slice(10).sort()).toEqual(['finding.readable_again', 'finding.resolved', 'finding.resolved']);
  }, 180_000);
});
