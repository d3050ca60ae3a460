import { afterAll, beforeAll, expect, test } from 'vitest';
import { createGoogleConnector } from '../../connectors/google/index.js';
import { FakeDrive, FakeGoogleChat, fakeGoogleAuth, newSigningKey, signJwt } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { runCloudScan } from '../../scan/cloud/index.js';
import { importRoster } from '../../store/index.js';
import { fixture, quietLog, startHarness } from '../helpers/bot-harness.js';
import { writeXlsx } from '../helpers/corpus-writers.js';

const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 10 }, (_, i) => `児童${i + 1},熊本市東区健軍${i + 1}-2-3,096-123-${String(4500 + i)}`),
].join('\n');
const key = newSigningKey('k');
const google = new FakeGoogleChat([key]);
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

test('the principal records a false positive from the digest in Google Chat: the digest comes back as itself', async () => {
  const digest = google.created('spaces/YOKO_DM').at(-1)?.body as { cardsV2: { card: { sections: { widgets: any[] }[] } }[] };
  const button = digest.cardsV2[0]!.card.sections.flatMap((s) => s.widgets)
    .flatMap((w) => w.buttonList?.buttons ?? [])
    .find((b: any) => b.onClick.action.function === 'finding.false_positive');
  const parameters = Object.fromEntries(button.onClick.action.parameters.map((p: any) => [p.key, p.value]));
  expect(parameters).toMatchObject({ lang: 'ja', digestId: expect.any(String) });
  const yoko = { name: 'users/10001', displayName: '佐藤 陽子', email: 'user1@school.example.jp', type: 'HUMAN' };
  const space = { name: 'spaces/YOKO_DM', type: 'DM', spaceType: 'DIRECT_MESSAGE', singleUserBotDm: true };
  const event = fixture<Record<string, any>>('google-chat/card-clicked.json');
  const now = Math.floor(Date.now() / 1000);
  const response = await fetch(`${h.running.url}/api/google-chat`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${signJwt({ iss: 'chat@system.gserviceaccount.com', aud: '1', iat: now - 10, exp: now + 3600 }, key)}`,
    },
    body: JSON.stringify({
      ...event,
      user: yoko,
      space,
      message: { ...event.message, space },
      common: { ...event.common, userLocale: 'en', invokedFunction: 'finding.false_positive', parameters },
    }),
  });
  expect(response.status).toBe(200);
  const body = JSON.stringify(await response.json());
  expect(body).toContain('UPDATE_MESSAGE');
  expect(body).toContain('クラウド保管の点検結果（熊本市立第二小学校）');
  expect(body).toContain('誤検知として記録済み');
  expect(body).not.toContain('finding.false_positive');
  const finding = await h.running.store.db.selectFrom('findings').select('status').executeTakeFirstOrThrow();
  expect(finding.status).toBe('false_positive');
});

test('a Google Sheet is read whole (an address list on its second sheet is found), and an upload without an extension by its type', async () => {
  const sheet = await writeXlsx([
    {
      name: '行事予定',
      rows: [
        ['日付', '行事'],
        ['11/3', '文化祭'],
      ],
    },
    {
      name: '連絡網',
      rows: [
        ['氏名', '住所', '電話番号'],
        ...Array.from({ length: 10 }, (_, i) => [`児童${i + 1}`, `熊本市東区健軍${i + 1}-2-3`, `096-123-${4600 + i}`]),
      ],
    },
  ]);
  drive.addFile('user0@school.example.jp', { name: '2学期の予定', native: 'spreadsheet', content: sheet });
  // An upload without an extension is read as what its MIME type says.
  drive.addFile('user0@school.example.jp', {
    name: '連絡網コピー',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: sheet,
  });
  const result = await runCloudScan({
    store: h.running.store,
    pack: getPack('kumamoto'),
    connector: createGoogleConnector({
      authFor: fakeGoogleAuth,
      adminEmail: drive.adminEmail,
      rootUrl: drive.url,
      backoffBaseMs: 5,
    }),
    log: quietLog,
    maxBytes: 1_000_000,
    concurrency: 2,
  });
  expect(result.found).toBe(2);
  for (const name of ['2学期の予定', '連絡網コピー']) {
    const finding = await h.running.store.db
      .selectFrom('findings')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    expect(finding).toMatchObject({ class: 'I', status: 'open' });
    expect(finding.reasons).toMatch(/住所|電話番号/);
  }
});
