import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGraphConnector } from '../../connectors/graph/index.js';
import { cardActions, cardOf, cardTexts, FakeGraph, fakeCredential } from '../../devkit/index.js';
import { getPack } from '../../policy/index.js';
import { runCloudScan } from '../../scan/cloud/index.js';
import { createPermit, findingRecords, getPermit, importRoster, summarizeFindings } from '../../store/index.js';
import { fixture, quietLog, startHarnessOn } from '../helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from '../helpers/engines.js';
import { as, click, PRINCIPAL, TEACHER, type TeamsUser } from '../helpers/teams-user.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8').replace(
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
    // The counts add up: 2 new, of which 1 judged, so 1 open (and none from before).
    expect(texts).toContain(
      '新たに見つかったファイル: 2 件（うち誤検知 1 件） / 解消したファイル: 0 件 / 未解決のファイル（合計）: 1 件\n',
    );
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

  test('a digest id that was not sent to the person acting is never drawn: another school’s digest stays hidden', async () => {
    // Another school's digest, as the scan queues it for that school's principal.
    const db = h.running.store.db;
    const other = await db.selectFrom('schools').select('id').where('name', '=', '熊本市立第二小学校').executeTakeFirstOrThrow();
    const sato = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'yoko.sato@school.example.jp')
      .executeTakeFirstOrThrow();
    const foreignDigest = crypto.randomUUID();
    await db
      .insertInto('outbox')
      .values({
        id: foreignDigest,
        dedupe_key: `test:${foreignDigest}`,
        recipient_id: sato.id,
        permit_id: null,
        kind: 'finding_digest',
        status: 'sent',
        attempts: 1,
        channel: 'teams',
        conversation_id: 'a:yoko',
        activity_id: null,
        last_error: null,
        created_at: new Date().toISOString(),
        sent_at: new Date().toISOString(),
        payload: JSON.stringify({ schoolId: other.id, found: [], resolved: [] }),
      })
      .execute();
    // Hanako owns a finding; she sends its id with the other school's digest id (and her principal's).
    const moved = cardActions(ownerCard).find((a) => a.verb === 'finding.moved' && a.data?.lang === 'ja')!;
    const ownDigest = cardActions(digest).find((a) => a.verb === 'finding.false_positive')!.data!.digestId;
    for (const digestId of [foreignDigest, ownDigest]) {
      const reply = (await h.post(click(TEACHER, 'finding.moved', { ...moved.data!, digestId }, EN_CLIENT))).body!.value;
      const texts = cardTexts(reply).join('\n');
      expect(texts).not.toContain('第二小学校');
      expect(texts).not.toContain('クラウド保管の点検結果');
      expect(texts).toContain('次回のスキャンで移動を確認します');
    }
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
    // A file in a drive goes nowhere: no 持ち出し先・送付先, and the period is just until when.
    const inputs = JSON.stringify(form);
    expect(inputs).not.toContain('"id":"destination"');
    expect(texts).not.toContain('持ち出し先');
    expect(inputs).toContain('"id":"until"');
    expect(inputs).toContain('"label":"期間（いつまで）"');

    // A stale button of a file already judged opens nothing: the digest shows it as it is, and why.
    const judged = cardActions(digest).find(
      (a) => a.verb === 'finding.request_exception' && a.data?.findingId !== action.data?.findingId,
    )!;
    h.connector.clear();
    const stale = await h.post(click(PRINCIPAL, 'finding.request_exception', judged.data!, EN_CLIENT));
    const texts2 = cardTexts(stale.body!.value).join('\n');
    expect(texts2).toMatch(/鈴木 太郎さんが誤検知として記録済みです。記録は変更していません。/);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.connector.sent).toEqual([]);
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

describe.each(ENGINES)('findings as they are now, on %s: stale buttons, owners out of reach, owners’ 誤検知', (engine) => {
  let h: Awaited<ReturnType<typeof startHarnessOn>>;
  let graph: FakeGraph;
  let digest: ReturnType<typeof cardOf>;
  let ownerCard: ReturnType<typeof cardOf>;
  let addressList: string;
  const MAILS = ['hanako.yamada@school.example.jp', 'taro.suzuki@school.example.jp', 'jiro.tanaka@school.example.jp'];
  const scan = () =>
    runCloudScan({
      store: h.running.store,
      pack: getPack('kumamoto'),
      connector: createGraphConnector({ credential: fakeCredential(), baseUrl: graph.url, backoffBaseMs: 5 }),
      log: quietLog,
      maxBytes: 1_000_000,
      concurrency: 2,
    });
  const db = () => h.running.store.db;
  const findingOf = (name: string) => db().selectFrom('findings').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  const userOf = (email: string) => db().selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
  const action = (card: unknown, verb: string, findingId: string) =>
    cardActions(card).find((a) => a.verb === verb && a.data?.findingId === findingId)!;
  const sentTo = (who: Who) => h.connector.sent.filter((s) => s.conversationId === who.conversation);

  beforeAll(async () => {
    h = await startHarnessOn(engine);
    await importRoster(h.running.store.db, ROSTER);
    for (const who of [TEACHER, PRINCIPAL]) await h.post(as(who, fixture('teams/installation-update-add.json')));
    await h.connector.waitFor(2);
    h.connector.clear();
    // Hanako's OneDrive: an address list shared with anyone, and class remarks. Jiro's: a phone
    // tree; Jiro is on the roster but never added mamoru.
    graph = await new FakeGraph({ users: 3, mail: (u) => MAILS[u]!, sites: 0, filesPerDrive: 0 }).start();
    addressList = graph.addFile(graph.users[0]!.driveId!, {
      name: '保護者連絡先.csv',
      content: ADDRESS_BOOK,
      shared: 'anonymous',
    });
    graph.addFile(graph.users[0]!.driveId!, { name: '2学期所見.txt', content: REMARKS });
    graph.addFile(graph.users[2]!.driveId!, { name: '緊急連絡網.csv', content: ADDRESS_BOOK });
    expect((await scan()).found).toBe(3);
    h.running.notifier.kick();
    await h.connector.waitFor(2);
    digest = cardOf(sentTo(PRINCIPAL)[0]);
    ownerCard = cardOf(sentTo(TEACHER)[0]);
  });
  afterAll(async () => {
    await h?.close();
    await graph?.stop();
  });

  test('an owner mamoru cannot reach: the digest says so, and 所有者に依頼 says to contact them directly', async () => {
    const texts = cardTexts(digest).join('\n');
    expect(texts).toContain('田中 次郎さんは mamoru を追加していないため、所有者へのカードを届けられませんでした');
    expect(texts.match(/mamoru を追加していない/g)).toHaveLength(1); // Hanako's cards reached her
    const jiros = await findingOf('緊急連絡網.csv');
    // The card says he cannot be reached, so it offers no 「所有者に依頼」 for his file.
    expect(action(digest, 'finding.ask_owner', jiros.id)).toBeUndefined();
    expect(action(digest, 'finding.false_positive', jiros.id)).toBeDefined();
    // An old or forged click is still answered with whom to contact.
    h.connector.clear();
    await h.post(click(PRINCIPAL, 'finding.ask_owner', action(digest, 'finding.false_positive', jiros.id).data!, EN_CLIENT));
    await h.connector.waitFor(1);
    const said = h.connector.sent.at(-1)?.activity.text ?? '';
    expect(said).toMatch(/田中 次郎さんはまだ mamoru を追加していないため、mamoru からは依頼を届けられません/);
    expect(said).toContain('直接ご連絡ください');
    expect(said).not.toContain('依頼しました');
    const asks = await db().selectFrom('outbox').selectAll().where('dedupe_key', 'like', `ask:${jiros.id}:%`).execute();
    expect(asks).toEqual([]);

    // Hanako can be reached: she gets the card, and the principal is told so.
    const hanakos = await findingOf('保護者連絡先.csv');
    h.connector.clear();
    await h.post(click(PRINCIPAL, 'finding.ask_owner', action(digest, 'finding.ask_owner', hanakos.id).data!, EN_CLIENT));
    await h.connector.waitFor(2);
    expect(sentTo(PRINCIPAL).at(-1)?.activity.text).toBe('山田 花子さんに確認を依頼しました。');
    expect(cardTexts(cardOf(sentTo(TEACHER).at(-1))).join('\n')).toContain('保護者連絡先.csv');
  });

  test('the owner card: a file shared with anyone says to remove the link first; the reasons have a heading', () => {
    const texts = cardTexts(ownerCard);
    expect(texts.filter((t) => t.includes('まず共有リンクを削除してください'))).toHaveLength(1);
    expect(texts.filter((t) => t === '判断の理由')).toHaveLength(2);
  });

  test('an owner’s 誤検知: one click, who and when; a later click by the principal changes nothing; the next digest lists it to reopen', async () => {
    const remarks = await findingOf('2学期所見.txt');
    const hanako = await userOf('hanako.yamada@school.example.jp');
    const principal = await userOf('taro.suzuki@school.example.jp');
    const mine = action(ownerCard, 'finding.false_positive', remarks.id);
    const owned = (await h.post(click(TEACHER, 'finding.false_positive', mine.data!, EN_CLIENT))).body!.value;
    expect(cardTexts(owned).join('\n')).toContain('学校の管理者にもお知らせします');
    expect(await findingOf('2学期所見.txt')).toMatchObject({ status: 'false_positive', status_by: hanako.id });
    expect((await findingOf('2学期所見.txt')).status_at).toBeTruthy();

    // First judgement wins: the principal's old button shows who judged it, and changes nothing.
    const late = (
      await h.post(click(PRINCIPAL, 'finding.false_positive', action(digest, 'finding.false_positive', remarks.id).data!))
    ).body!.value;
    expect(cardTexts(late).join('\n')).toMatch(/山田 花子さんが誤検知として記録済みです。記録は変更していません。/);
    expect(await findingOf('2学期所見.txt')).toMatchObject({ status: 'false_positive', status_by: hanako.id });

    // The next scan (nothing else changed) brings the principal a digest that lists it, with 「確認して再開」.
    h.connector.clear();
    expect((await scan()).digests).toBe(1);
    h.running.notifier.kick();
    await h.connector.waitFor(1);
    const next = cardOf(sentTo(PRINCIPAL).at(-1));
    const texts = cardTexts(next).join('\n');
    expect(texts).toContain('所有者が「誤検知」として閉じたファイル');
    expect(texts).toMatch(/誤検知として記録済み（山田 花子、\d{4}\/\d{1,2}\/\d{1,2}/);
    const reopen = action(next, 'finding.reopen', remarks.id);
    expect(reopen).toBeDefined();
    expect(await scan()).toMatchObject({ digests: 0 }); // told once

    // The principal reopens it: open again, with who; Hanako gets the card once more, saying why.
    h.connector.clear();
    const reopened = (await h.post(click(PRINCIPAL, 'finding.reopen', reopen.data!))).body!.value;
    expect(cardTexts(reopened).join('\n')).toContain('再開しました。山田 花子さんに改めてお知らせします。');
    expect(cardActions(reopened).filter((a) => a.verb === 'finding.reopen')).toEqual([]);
    expect(await findingOf('2学期所見.txt')).toMatchObject({ status: 'open', status_by: principal.id });
    await h.connector.waitFor(1);
    const again = cardTexts(cardOf(sentTo(TEACHER).at(-1))).join('\n');
    expect(again).toContain('鈴木 太郎さんが確認し、誤検知ではないと判断しました');
    expect(again).toContain('2学期所見.txt');
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('subject', '=', `finding:${remarks.id}`)
      .execute();
    expect(audit).toContainEqual({ action: 'finding.reopened', actor: principal.id });
    // A second press on the same button: already reopened, nothing changes.
    const twice = (await h.post(click(PRINCIPAL, 'finding.reopen', reopen.data!))).body!.value;
    expect(cardTexts(twice).join('\n')).toContain('このファイルはすでに再開されています');
  });

  test('a resolved file: the digest says how and when; stale buttons on old cards change nothing, and say so', async () => {
    const list = await findingOf('保護者連絡先.csv');
    // An exception (6-3) is pending for the file when it goes: it is withdrawn, and the requester told.
    const principal = await userOf('taro.suzuki@school.example.jp');
    const pending = await createPermit(
      db(),
      {
        kind: 'exception',
        policy: 'kumamoto',
        schoolId: principal.school_id,
        requesterId: principal.id,
        approverRole: 'ciso',
        action: 'cloud_store',
        class: 'I',
        assetId: `finding:${list.id}`,
        assetName: '保護者連絡先.csv',
        decision: 'prohibited',
        purpose: '保護者への連絡のため',
        details: { language: 'ja' },
      },
      [],
    );
    graph.deleteFile(graph.users[0]!.driveId!, addressList);
    h.connector.clear();
    expect(await scan()).toMatchObject({ resolved: 1, digests: 1 });
    const withdrawn = await getPermit(db(), pending.id);
    expect(withdrawn).toMatchObject({
      status: 'cancelled',
      decision_comment: expect.stringContaining('指摘が解消したため取り下げました'),
    });
    h.running.notifier.kick();
    // The digest and the withdrawn request to the principal; Hanako's two cards naming the file updated in place.
    await h.connector.waitFor(4);
    const cards = sentTo(PRINCIPAL).map((m) => cardTexts(cardOf(m)).join('\n'));
    expect(cards.find((t) => t.includes('保護者への連絡のため'))).toContain('指摘が解消したため取り下げました');
    const told = cards.find((t) => t.includes('✅ 保護者連絡先.csv')) ?? '';
    expect(told).toMatch(/✅ 保護者連絡先\.csv（削除を確認、\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}）/);
    // What is still open is named, and the numbers add up.
    expect(told).toContain(
      '新たに見つかったファイル: 0 件 / 解消したファイル: 1 件 / 未解決のファイル（合計）: 2 件（以前からの 2 件を含む）',
    );
    expect(told).toContain('以前から未解決のファイル');
    expect(told).toMatch(/⏳ 緊急連絡網\.csv（重要性分類Ⅰ、田中 次郎、\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2} から）/);
    expect(told).toMatch(/⏳ 2学期所見\.txt（重要性分類Ⅱ、山田 花子、/);
    const ownerUpdates = sentTo(TEACHER).filter((m) => m.method === 'PUT');
    expect(ownerUpdates).toHaveLength(2);
    for (const update of ownerUpdates) {
      const card = cardOf(update);
      expect(cardTexts(card).join('\n')).toMatch(/✅ 解消済み（削除を確認、/);
      expect(cardActions(card).filter((a) => a.data?.findingId === list.id)).toEqual([]);
    }
    const before = await findingOf('保護者連絡先.csv');
    expect(before.status).toBe('resolved');
    const outboxBefore = (await db().selectFrom('outbox').select('id').execute()).length;
    h.connector.clear();

    // 「誤検知として記録」 on the first digest: still resolved, and the card says when and how.
    const fp = (await h.post(click(PRINCIPAL, 'finding.false_positive', action(digest, 'finding.false_positive', list.id).data!)))
      .body!.value;
    const fpTexts = cardTexts(fp).join('\n');
    expect(fpTexts).toMatch(/このファイルは \S+ \S+ に解消済みです（削除を確認）。記録は変更していません。/);
    expect(fpTexts).toMatch(/✅ 解消済み（削除を確認、/);
    expect(cardActions(fp).filter((a) => a.data?.findingId === list.id)).toEqual([]);

    // 例外措置を申請 and 所有者に依頼 on it: no form, no card to the owner.
    for (const verb of ['finding.request_exception', 'finding.ask_owner']) {
      const res = (await h.post(click(PRINCIPAL, verb, action(digest, verb, list.id).data!))).body!.value;
      expect(cardTexts(res).join('\n')).toContain('解消済みです');
    }
    // The owner's old card: 移動しました / 誤検知です change nothing either.
    for (const verb of ['finding.moved', 'finding.false_positive']) {
      const res = (await h.post(click(TEACHER, verb, action(ownerCard, verb, list.id).data!))).body!.value;
      expect(cardTexts(res).join('\n')).toContain('解消済みです（削除を確認）');
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(h.connector.sent).toEqual([]);
    expect(await findingOf('保護者連絡先.csv')).toEqual(before);
    expect((await db().selectFrom('outbox').select('id').execute()).length).toBe(outboxBefore);
    const judged = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('subject', '=', `finding:${list.id}`)
      .where('action', 'in', ['finding.false_positive', 'finding.moved_reported'])
      .execute();
    expect(judged).toEqual([]);
    // The board's summary counts it as resolved, not as a false alarm.
    const [school] = summarizeFindings(await findingRecords(db()));
    expect(school).toMatchObject({ resolved: 1, falsePositive: 0 });
  });
});
