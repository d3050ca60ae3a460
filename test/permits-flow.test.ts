import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importRoster, permitRecords, verifyAudit } from '../store/index.js';
import { fixture, startHarnessOn } from './helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from './helpers/engines.js';
import { cardActions, cardOf, cardTexts } from './helpers/fake-connector.js';
import { as, click, PRINCIPAL, say, TEACHER, type TeamsUser } from './helpers/teams-user.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('./fixtures/roster-demo.csv', import.meta.url), 'utf8');

type Who = TeamsUser;

describe.each(ENGINES)('the permit flow over HTTP on %s', (engine) => {
  let h: Awaited<ReturnType<typeof startHarnessOn>>;

  beforeAll(async () => {
    h = await startHarnessOn(engine);
    await importRoster(h.running.store.db, ROSTER);
    // The principal has added mamoru (so approval cards can reach them).
    await h.post(as(PRINCIPAL, fixture('teams/installation-update-add.json')));
    await h.connector.waitFor(1);
    h.connector.clear();
  });
  afterAll(async () => {
    await h.close();
  });

  const sentTo = (who: Who) => h.connector.sent.filter((s) => s.conversationId === who.conversation);

  test('ask → request → approve → the teacher is told → returned; records and audit hold', async () => {
    await h.post(say(TEACHER, '通知表を学校の外に持ち出したい'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(h.connector.sent[0])).find((a) => a.verb === 'permit.request')!;

    // The form asks what take-out needs: purpose, destination, return date, the measures.
    const form = (await h.post(click(TEACHER, 'permit.request', request.data!))).body!.value as Record<string, unknown>;
    const ids = JSON.stringify(form);
    for (const id of ['"purpose"', '"destination"', '"returnOn"', '"confirm_encrypt_or_password"', '"confirm_takeout_record"'])
      expect(ids).toContain(id);

    // Missing measures: the form comes back with the reasons; nothing is filed.
    const incomplete = {
      ...request.data,
      purpose: '家庭訪問で説明',
      destination: '生徒宅',
      returnOn: '2099-01-01',
      confirm_encrypt_or_password: 'false',
    };
    const again = (await h.post(click(TEACHER, 'permit.submit', incomplete))).body!.value;
    const problems = cardTexts(again).join('\n');
    expect(problems).toContain('入力を確認してください:');
    expect(problems).toContain('・返却予定日を');
    expect(problems).toContain('・「ファイルを暗号化するか、パスワードを設定する」を確認してください。');
    expect(problems).toContain('・「持ち出し・持ち帰りの記録をつける」を確認してください。');
    expect(await h.running.store.db.selectFrom('permits').selectAll().execute()).toHaveLength(0);

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const complete = { ...incomplete, returnOn: today, confirm_encrypt_or_password: 'true', confirm_takeout_record: 'true' };
    const submitted = (await h.post(click(TEACHER, 'permit.submit', complete))).body!.value;
    expect(cardTexts(submitted)).toContain('📨 申請しました。承認されたらお知らせします。');
    const [permit] = await h.running.store.db.selectFrom('permits').selectAll().execute();
    expect(permit).toMatchObject({
      status: 'pending',
      kind: 'permit',
      action: 'take_out',
      class: 'II',
      purpose: '家庭訪問で説明',
      return_on: today,
    });

    // The principal's approval card arrives proactively in their own chat.
    await h.connector.waitFor(2);
    const approval = cardOf(sentTo(PRINCIPAL)[0]);
    expect(cardTexts(approval)).toEqual(expect.arrayContaining(['山田 花子（熊本市立第一中学校）', '家庭訪問で説明']));
    const approve = cardActions(approval).find((a) => a.verb === 'permit.approve')!;
    expect(approve.data).toEqual({ permitId: permit!.id });

    // The teacher cannot approve their own request with the principal's button.
    const forged = await h.post(click(TEACHER, 'permit.approve', { permitId: permit!.id }));
    expect(forged.body!.value).toMatch(/指定された承認者/);
    expect((await h.running.store.db.selectFrom('permits').select('status').executeTakeFirst())?.status).toBe('pending');

    // The principal approves with a comment: the card updates, the teacher is told at once.
    h.connector.clear();
    const decided = (await h.post(click(PRINCIPAL, 'permit.approve', { ...approve.data, comment: '暗号化を忘れずに' }))).body!
      .value;
    expect(cardTexts(decided).some((t) => t.startsWith('✅ 承認: 鈴木 太郎'))).toBe(true);
    expect(cardActions(decided).some((a) => a.verb === 'permit.approve')).toBe(false);
    await h.connector.waitFor(2);
    const notice = cardOf(sentTo(TEACHER)[0]);
    expect(cardTexts(notice)).toEqual(expect.arrayContaining(['✅ 申請が承認されました', 'コメント: 暗号化を忘れずに']));
    // …and the principal's first card is updated in place to the decided state.
    expect(sentTo(PRINCIPAL)[0]?.method).toBe('PUT');

    // A second click changes nothing and notifies nobody.
    const count = h.connector.sent.length;
    const late = (await h.post(click(PRINCIPAL, 'permit.reject', { permitId: permit!.id }))).body!.value;
    expect(cardTexts(late).some((t) => t.startsWith('✅ 承認: 鈴木 太郎'))).toBe(true);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.connector.sent).toHaveLength(count);

    // 「返却しました」 closes the take-out record.
    const returned = cardActions(notice).find((a) => a.verb === 'permit.return')!;
    const closed = (await h.post(click(TEACHER, 'permit.return', returned.data!))).body!.value;
    expect(cardTexts(closed).some((t) => t.startsWith('📦 返却済み'))).toBe(true);

    const records = await permitRecords(h.running.store.db, today, today);
    expect(records).toEqual([
      expect.objectContaining({
        requester: '山田 花子',
        status: 'returned',
        decided_by: '鈴木 太郎',
        decision_comment: '暗号化を忘れずに',
      }),
    ]);
    expect(await verifyAudit(h.running.store.db)).toMatchObject({ ok: true });
    const events = await h.running.store.db
      .selectFrom('permit_events')
      .select('type')
      .where('permit_id', '=', permit!.id)
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['requested', 'approved', 'returned']);
  });

  test('承認待ち lists what waits for the principal; 自分の申請 lists the teacher’s own', async () => {
    await h.post(say(TEACHER, '成績一覧を複製してもいいですか'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(h.connector.sent.at(-1))).find((a) => a.verb === 'permit.request')!;
    await h.post(click(TEACHER, 'permit.request', request.data!));
    await h.post(
      click(TEACHER, 'permit.submit', { ...request.data, purpose: '学年会で配布', confirm_needed_copies_only: 'true' }),
    );
    h.connector.clear();
    await h.post(say(PRINCIPAL, '承認待ち'));
    await h.post(say(TEACHER, '自分の申請'));
    await h.connector.waitFor(2);
    const pending = cardTexts(cardOf(sentTo(PRINCIPAL).at(-1)));
    expect(pending[0]).toBe('⏳ 承認待ちの申請');
    expect(pending).toContain('学年会で配布');
    const mine = cardTexts(cardOf(sentTo(TEACHER).at(-1)));
    expect(mine[0]).toBe('🗂️ 自分の申請');
    expect(mine).toContain('学年会で配布');
  });

  test('someone not on the roster cannot file a request', async () => {
    const stranger = {
      ...TEACHER,
      id: '29:stranger',
      aadObjectId: '11111111-2222-3333-4444-555555555555',
      conversation: 'a:stranger',
    };
    await h.post(say(stranger, '通知表を学校の外に持ち出したい'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(sentTo(stranger).at(-1))).find((a) => a.verb === 'permit.request')!;
    const response = await h.post(click(stranger, 'permit.request', request.data!));
    expect(JSON.stringify(response.body)).toContain('名簿にあなたが見つからない');
  });

  test('another teacher cannot use someone else’s answer to file a request', async () => {
    await h.post(say(TEACHER, '指導要録を持ち出したい'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(sentTo(TEACHER).at(-1))).find((a) => a.verb === 'permit.request')!;
    const response = await h.post(click(PRINCIPAL, 'permit.request', request.data!));
    expect(JSON.stringify(response.body)).toContain('ほかの方への回答');
  });

  test('two approvers click at once over HTTP: one decision, one notification to the teacher', async () => {
    await h.post(say(TEACHER, '教務手帳を持ち出したい'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(sentTo(TEACHER).at(-1))).find((a) => a.verb === 'permit.request')!;
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    await h.post(click(TEACHER, 'permit.request', request.data!));
    await h.post(
      click(TEACHER, 'permit.submit', {
        ...request.data,
        purpose: '研修',
        destination: '教育センター',
        returnOn: today,
        confirm_encrypt_or_password: 'true',
        confirm_takeout_record: 'true',
      }),
    );
    const permit = await h.running.store.db
      .selectFrom('permits')
      .selectAll()
      .where('purpose', '=', '研修')
      .executeTakeFirstOrThrow();
    await h.running.notifier.drain();
    h.connector.clear();
    const clicks = await Promise.all([
      h.post(click(PRINCIPAL, 'permit.approve', { permitId: permit.id })),
      h.post(click(PRINCIPAL, 'permit.reject', { permitId: permit.id, comment: '同時' })),
      h.post(click(PRINCIPAL, 'permit.approve', { permitId: permit.id })),
    ]);
    expect(clicks.map((c) => c.status)).toEqual([200, 200, 200]);
    await h.running.notifier.drain();
    await new Promise((r) => setTimeout(r, 100));
    const notices = sentTo(TEACHER).filter((s) => s.method === 'POST');
    expect(notices).toHaveLength(1);
    const events = await h.running.store.db
      .selectFrom('permit_events')
      .select('type')
      .where('permit_id', '=', permit.id)
      .execute();
    expect(events.filter((e) => e.type === 'approved' || e.type === 'rejected')).toHaveLength(1);
  });
});
