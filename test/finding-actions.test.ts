import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphConnector } from '../connectors/graph/index.js';
import { FakeGraph, fakeCredential } from '../devkit/index.js';
import { getPack } from '../policy/index.js';
import { runCloudScan } from '../scan/cloud/index.js';
import { importRoster } from '../store/index.js';
import { fixture, quietLog, startHarnessOn } from './helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from './helpers/engines.js';
import { cardActions, cardOf, cardTexts } from './helpers/fake-connector.js';
import { as, click, PRINCIPAL, TEACHER, type TeamsUser } from './helpers/teams-user.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('./fixtures/roster-demo.csv', import.meta.url), 'utf8').replace(
  '熊本市立第二小学校,principal,,',
  '熊本市立第二小学校,principal,0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a,',
);
const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 10 }, (_, i) => `生徒${i + 1},熊本市中央区手取本町${i + 1}-1,090-1234-${5600 + i}`),
].join('\n');
const REMARKS = '2学期 通知表 所見\n3年2組 1番\n所見: 学習に意欲的に取り組みました。';

const OTHER_PRINCIPAL = {
  id: '29:yoko',
  name: '佐藤 陽子',
  aadObjectId: '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a',
  conversation: 'a:yoko',
};
type Who = TeamsUser;
/** Clicks come from a client whose locale is English (the Agents Playground's default). */
const EN_CLIENT = { locale: 'en-US' };

describe.each(ENGINES)('acting on findings from the cards on %s', (engine) => {
  let h: Awaited<ReturnType<typeof startHarnessOn>>;
  let graph: FakeGraph;
  let digest: ReturnType<typeof cardOf>;
  let ownerCard: ReturnType<typeof cardOf>;

  beforeAll(async () => {
    h = await startHarnessOn(engine);
    await importRoster(h.running.store.db, ROSTER);
    for (const who of [TEACHER, PRINCIPAL]) await h.post(as(who, fixture('teams/installation-update-add.json')));
    await h.connector.waitFor(2);
    h.connector.clear();

    // Hanako's OneDrive holds an address list and class remarks: two findings for her school.
    const mails = ['hanako.yamada@school.example.jp', 'taro.suzuki@school.example.jp'];
    graph = await new FakeGraph({ users: 2, mail: (u) => mails[u]!, sites: 0, filesPerDrive: 0 }).start();
    const drive = graph.users[0]!.driveId!;
    graph.addFile(drive, { name: '保護者連絡先.csv', content: ADDRESS_BOOK, shared: 'anonymous' });
    graph.addFile(drive, { name: '2学期所見.txt', content: REMARKS });
    const result = await runCloudScan({
      store: h.running.store,
      pack: getPack('kumamoto'),
      connector: createGraphConnector({ credential: fakeCredential(), baseUrl: graph.url, backoffBaseMs: 5 }),
      log: quietLog,
      maxBytes: 1_000_000,
      concurrency: 2,
    });
    expect(result.found).toBe(2);
    h.running.notifier.kick();
    await h.connector.waitFor(2);
    digest = cardFor(PRINCIPAL);
    ownerCard = cardFor(TEACHER);
  });
  afterAll(async () => {
    await h?.close();
    await graph?.stop();
  });

  const cardFor = (who: Who) => cardOf(h.connector.sent.find((s) => s.conversationId === who.conversation));
  const statusOf = async (name: string) =>
    (await h.running.store.db.selectFrom('findings').select('status').where('name', '=', name).executeTakeFirstOrThrow()).status;

  test('誤検知 on the digest: recorded, and the digest re-renders as itself (Japanese, the others untouched)', async () => {
    const falsePositive = cardActions(digest).filter((a) => a.verb === 'finding.false_positive');
    expect(falsePositive).toHaveLength(2);
    const remarksId = (
      await h.running.store.db.selectFrom('findings').select('id').where('name', '=', '2学期所見.txt').executeTakeFirstOrThrow()
    ).id;
    const action = falsePositive.find((a) => a.data?.findingId === remarksId)!;
    expect(action.data).toMatchObject({ lang: 'ja', digestId: expect.any(String) });

    const updated = (await h.post(click(PRINCIPAL, 'finding.false_positive', action.data!, EN_CLIENT))).body!.value;
    const texts = cardTexts(updated).join('\n');
    expect(texts).toContain('クラウド保管の点検結果');
    expect(texts).toContain('保護者連絡先.csv');
    expect(texts).toContain('誤検知として記録済み');
    expect(texts).not.toMatch(/Cloud storage check/);
    // The judged file has no buttons left; the address list keeps its three.
    expect(cardActions(updated).filter((a) => a.data?.findingId === remarksId)).toEqual([]);
    expect(cardActions(updated).filter((a) => a.verb?.startsWith('finding.'))).toHaveLength(3);
    expect(await statusOf('2学期所見.txt')).toBe('false_positive');
    const audit = await h.running.store.db.selectFrom('audit_log').select(['action', 'subject']).execute();
    expect(audit).toContainEqual(expect.objectContaining({ subject: `finding:${remarksId}` }));
  });

  test('移動しました on the owner card: thanked in the card’s language; the finding stays open for the next scan', async () => {
    const moved = cardActions(ownerCard).find((a) => a.verb === 'finding.moved' && a.data?.lang === 'ja')!;
    const updated = (await h.post(click(TEACHER, 'finding.moved', moved.data!, EN_CLIENT))).body!.value;
    expect(cardTexts(updated).join('\n')).toContain('次回のスキャンで移動を確認します');
    expect(cardActions(updated).filter((a) => a.verb === 'finding.moved')).toEqual([]);
    expect(await statusOf('保護者連絡先.csv')).toBe('open');
  });

  test('例外措置を申請 on the digest: the 6-3 form comes as a message of its own; the digest stays', async () => {
    const action = cardActions(digest).find((a) => a.verb === 'finding.request_exception')!;
    h.connector.clear();
    const response = await h.post(click(PRINCIPAL, 'finding.request_exception', action.data!, EN_CLIENT));
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toContain('AdaptiveCard'); // the digest is not replaced
    await h.connector.waitFor(1);
    const form = cardOf(h.connector.sent.find((s) => s.conversationId === PRINCIPAL.conversation));
    const texts = cardTexts(form).join('\n');
    expect(texts).toContain('例外措置');
    expect(cardActions(form).map((a) => a.verb)).toContain('permit.submit');

    // A stale button of a file already judged opens nothing.
    const judged = cardActions(digest).find(
      (a) => a.verb === 'finding.request_exception' && a.data?.findingId !== action.data?.findingId,
    )!;
    h.connector.clear();
    await h.post(click(PRINCIPAL, 'finding.request_exception', judged.data!, EN_CLIENT));
    await h.connector.waitFor(1);
    expect(h.connector.sent.at(-1)?.activity.text).toMatch(/^このファイルはすでに対応済みです/);
  });

  test('a principal of another school may not judge the finding: nothing changes', async () => {
    const action = cardActions(digest).find((a) => a.verb === 'finding.false_positive')!;
    h.connector.clear();
    await h.post(as(OTHER_PRINCIPAL, fixture('teams/installation-update-add.json')));
    await h.connector.waitFor(1); // the welcome
    const before = await h.running.store.db.selectFrom('findings').select(['id', 'status']).orderBy('id').execute();
    await h.post(click(OTHER_PRINCIPAL, 'finding.false_positive', action.data!, EN_CLIENT));
    await h.connector.waitFor(2);
    expect(h.connector.sent.at(-1)?.activity.text).toMatch(/^この操作は/);
    expect(await h.running.store.db.selectFrom('findings').select(['id', 'status']).orderBy('id').execute()).toEqual(before);
  });
});
