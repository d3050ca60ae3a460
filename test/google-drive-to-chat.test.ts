import { afterAll, beforeAll, expect, test } from 'vitest';
import { createGoogleConnector } from '../connectors/google/index.js';
import { FakeGoogleChat, newSigningKey } from '../devkit/index.js';
import { getPack } from '../policy/index.js';
import { runCloudScan } from '../scan/cloud/index.js';
import { importRoster } from '../store/index.js';
import { quietLog, startHarness } from './helpers/bot-harness.js';
import { FakeDrive, fakeGoogleAuth } from './helpers/fake-drive.js';

const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 10 }, (_, i) => `児童${i + 1},熊本市東区健軍${i + 1}-2-3,096-123-${String(4500 + i)}`),
].join('\n');
const google = new FakeGoogleChat([newSigningKey('k')]);
let drive: FakeDrive;
let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  await google.start();
  drive = await new FakeDrive({
    users: 2,
    sharedDrives: 0,
    filesPerDrive: 2,
    file: (d, i) =>
      d === 0 && i === 0
        ? { name: '名簿.csv', content: ADDRESS_BOOK, sharing: 'domain' }
        : { name: `メモ${d}-${i}.txt`, content: '打ち合わせは15時から' },
  }).start();
  h = await startHarness({
    googleChat: { auth: { mode: 'project_number', audience: '1', certsUrl: google.certsUrl }, client: google.client() },
  });
  // A school on Google Workspace: the teacher (user0) and the principal (user1) use Google Chat.
  await importRoster(
    h.running.store.db,
    'email,name,school,role,teams_aad_object_id,google_user_id\nuser0@school.example.jp,森 健,熊本市立第二小学校,teacher,,users/10000\nuser1@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,users/10001\n',
  );
  google.dms.set('users/10000', 'spaces/KEN_DM');
  google.dms.set('users/10001', 'spaces/YOKO_DM');
});
afterAll(async () => {
  await h.close();
  await drive.stop();
  await google.stop();
});

test('a Google Drive finding reaches the principal’s and the owner’s Google Chat DMs', async () => {
  const connector = createGoogleConnector({
    authFor: fakeGoogleAuth,
    adminEmail: drive.adminEmail,
    rootUrl: drive.url,
    backoffBaseMs: 5,
  });
  const result = await runCloudScan({
    store: h.running.store,
    pack: getPack('kumamoto'),
    connector,
    log: quietLog,
    maxBytes: 1_000_000,
    concurrency: 2,
  });
  expect(result).toMatchObject({ found: 1, digests: 1 });
  await h.running.notifier.drain();
  const digest = JSON.stringify(google.created('spaces/YOKO_DM').at(-1)?.body);
  expect(digest).toContain('クラウド保管の点検結果（熊本市立第二小学校）');
  expect(digest).toContain('名簿.csv');
  expect(digest).toContain('finding.ask_owner');
  const owner = JSON.stringify(google.created('spaces/KEN_DM').at(-1)?.body);
  expect(owner).toContain('クラウドに保管できない情報が見つかりました');
  expect(owner).toContain('finding.moved');
  expect(owner).not.toContain('健軍');
});
