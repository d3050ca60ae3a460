import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardActions, cardOf, cardTexts } from '../../devkit/index.js';
import { importRoster, permitRecords, verifyAudit } from '../../store/index.js';
import { fixture, startHarnessOn } from '../helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from '../helpers/engines.js';
import { as, click, PRINCIPAL, say, TEACHER, type TeamsUser } from '../helpers/teams-user.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');

type Who = TeamsUser;
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

/** Every input on a card, wherever it sits. */
function inputsOf(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.')) out.push(n);
      for (const value of Object.values(n)) walk(value);
    }
  };
  walk(card);
  return out;
}

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

  /** Asks, presses 「許可を申請する」 on the answer, and returns the form card. */
  async function openForm(who: Who, question: string) {
    const before = sentTo(who).length;
    await h.post(say(who, question));
    const answer = sentTo(who)
      .slice(before)
      .find((s) => cardActions(cardOf(s)).some((a) => a.verb === 'permit.request'));
    const request = cardActions(cardOf(answer)).find((a) => a.verb === 'permit.request')!;
    return (await h.post(click(who, 'permit.request', request.data!))).body!.value as Record<string, unknown>;
  }

  test('ask → request → approve → the teacher is told → returned; records and audit hold', async () => {
    await h.post(say(TEACHER, '通知表を学校の外に持ち出したい'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(h.connector.sent[0])).find((a) => a.verb === 'permit.request')!;

    // The form asks what take-out needs: purpose, destination, return date, the measures. The
    // take-out record is mamoru's own (the request and 「返却しました」): said, not asked.
    const form = (await h.post(click(TEACHER, 'permit.request', request.data!))).body!.value as Record<string, unknown>;
    const ids = JSON.stringify(form);
    for (const id of ['"purpose"', '"destination"', '"returnOn"', '"confirm_encrypt_or_password"']) expect(ids).toContain(id);
    expect(ids).not.toContain('"confirm_takeout_record"');
    expect(cardTexts(form).join('\n')).toContain(
      '「持ち出し・持ち帰りの記録をつける」: この申請と「返却しました」で mamoru が記録します',
    );

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
    expect(problems).not.toContain('持ち出し・持ち帰りの記録をつける」を確認');
    expect(await h.running.store.db.selectFrom('permits').selectAll().execute()).toHaveLength(0);

    const complete = { ...incomplete, returnOn: today(), confirm_encrypt_or_password: 'true' };
    const submitted = (await h.post(click(TEACHER, 'permit.submit', complete))).body!.value;
    expect(cardTexts(submitted)).toContain('📨 申請しました。承認されたらお知らせします。');
    const [permit] = await h.running.store.db.selectFrom('permits').selectAll().execute();
    expect(permit).toMatchObject({
      status: 'pending',
      kind: 'permit',
      action: 'take_out',
      class: 'II',
      purpose: '家庭訪問で説明',
      return_on: today(),
    });

    // The principal's approval card arrives proactively in their own chat.
    await h.connector.waitFor(2);
    const approval = cardOf(sentTo(PRINCIPAL)[0]);
    expect(cardTexts(approval)).toEqual(
      expect.arrayContaining(['山田 花子（熊本市立第一中学校）', '家庭訪問で説明', '申請日時']),
    );
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
    await h.connector.waitFor(3);
    const notice = cardOf(sentTo(TEACHER).find((s) => s.method === 'POST'));
    expect(cardTexts(notice)).toEqual(expect.arrayContaining(['✅ 申請が承認されました', 'コメント: 暗号化を忘れずに']));
    // …the principal's first card is updated in place to the decided state, and so is the
    // teacher's own 「申請しました」 card (the message the form was submitted from: replyToId).
    expect(sentTo(PRINCIPAL)[0]?.method).toBe('PUT');
    const own = sentTo(TEACHER).find((s) => s.method === 'PUT');
    expect(own?.path).toContain('/activities/1732174800999');
    expect(cardTexts(cardOf(own)).some((t) => t.startsWith('✅ 承認: 鈴木 太郎'))).toBe(true);
    expect(cardActions(cardOf(own)).some((a) => a.verb === 'permit.cancel')).toBe(false);

    // A second click changes nothing and notifies nobody.
    const count = h.connector.sent.length;
    const late = (await h.post(click(PRINCIPAL, 'permit.reject', { permitId: permit!.id }))).body!.value;
    expect(cardTexts(late).some((t) => t.startsWith('✅ 承認: 鈴木 太郎'))).toBe(true);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.connector.sent).toHaveLength(count);

    // 「返却しました」 closes the take-out record; the card keeps its title and the approval, and adds the return.
    const returned = cardActions(notice).find((a) => a.verb === 'permit.return')!;
    const closed = cardTexts((await h.post(click(TEACHER, 'permit.return', returned.data!))).body!.value);
    expect(closed[0]).toBe('✅ 申請が承認されました');
    expect(closed.some((t) => t.startsWith('✅ 承認: 鈴木 太郎（'))).toBe(true);
    expect(closed).toContain('コメント: 暗号化を忘れずに');
    expect(closed.some((t) => /^📦 返却済み: \d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}$/.test(t))).toBe(true);

    const records = await permitRecords(h.running.store.db, today(), today());
    expect(records).toEqual([
      expect.objectContaining({
        requester: '山田 花子',
        status: 'returned',
        status_label: '返却済み',
        action: 'take_out',
        action_label: '外部持ち出し',
        decided_by: '鈴木 太郎',
        decision_comment: '暗号化を忘れずに',
        confirmations: 'ファイルを暗号化するか、パスワードを設定する',
        requested_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/),
        returned_at: expect.stringMatching(/\+09:00$/),
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

  test('a link typed into the form or the comment reaches the other person as text, never as a link', async () => {
    const LINK = '[承認はこちら](https://evil.example/login)';
    const form = await openForm(TEACHER, '成績一覧を複製してもいいですか');
    const answerId = (cardActions(form).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
    h.connector.clear();
    await h.post(click(TEACHER, 'permit.submit', { answerId, purpose: LINK, confirm_needed_copies_only: 'true' }));
    await h.connector.waitFor(1);
    const approval = cardOf(sentTo(PRINCIPAL).at(-1));
    const shown = (card: unknown) => JSON.stringify(card);
    expect(shown(approval)).toContain('[承認はこちら](https[:]//evil.example/login)');
    expect(shown(approval)).not.toContain('https://evil');
    expect(shown(approval)).not.toMatch(/"type":"(TextBlock|FactSet)"/);

    const approve = cardActions(approval).find((a) => a.verb === 'permit.approve')!;
    h.connector.clear();
    await h.post(click(PRINCIPAL, 'permit.reject', { ...approve.data, comment: LINK }));
    await h.connector.waitFor(1);
    const notice = cardOf(sentTo(TEACHER).find((s) => s.method === 'POST'));
    expect(cardTexts(notice)).toContain('コメント: [承認はこちら](https[:]//evil.example/login)');
    expect(shown(notice)).not.toContain('https://evil');
  });

  test('bad input: every required or bounded input says why, in the card’s language; the server says it too', async () => {
    for (const [question, language] of [
      ['通知表を学校の外に持ち出したい', 'ja'],
      ['Can I take the report cards out of school?', 'en'],
    ] as const) {
      const form = await openForm(TEACHER, question);
      const inputs = inputsOf(form);
      expect(inputs.map((i) => i.id)).toEqual(expect.arrayContaining(['purpose', 'destination', 'returnOn']));
      for (const input of inputs.filter((i) => i.isRequired || i.min || i.max || i.maxLength)) {
        expect(input.label, `${input.id} has a label`).toEqual(expect.any(String));
        expect(input.errorMessage, `${input.id} says why`).toEqual(expect.any(String));
        expect(/[ぁ-んァ-ヶ一-龠]/.test(String(input.errorMessage))).toBe(language === 'ja');
      }
      const date = inputs.find((i) => i.id === 'returnOn')!;
      expect(date).toMatchObject({ isRequired: true, min: today() });
      expect(String(date.max) > today()).toBe(true);
    }

    // What the client would have blocked, sent anyway (Google Chat validates nothing): the reasons.
    const form = await openForm(TEACHER, '通知表を学校の外に持ち出したい');
    const answerId = (cardActions(form).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
    const back = cardTexts(
      (await h.post(click(TEACHER, 'permit.submit', { answerId, purpose: '  ', destination: '生徒宅', returnOn: '2020-01-01' })))
        .body!.value,
    ).join('\n');
    expect(back).toContain('・目的を入力してください（500文字以内）。');
    expect(back).toContain(`・返却予定日を ${today()} から`);
  });

  test('English form: articles and half-width brackets', async () => {
    const form = await openForm(TEACHER, 'Can I take the report cards out of school?');
    const texts = cardTexts(form);
    expect(texts).toContain('This goes to the school information security manager (the principal). Fill in what is needed.');
    expect(JSON.stringify(form)).not.toMatch(/[（）]/);
  });

  test('a personal device: what it is about, the class Ⅰ・Ⅱ condition confirmed, examples as placeholders', async () => {
    const form = await openForm(TEACHER, '私物のパソコンで学校のクラウドを使いたい');
    const facts = JSON.stringify(form);
    // The fact 情報: its value right after its label.
    const texts = cardTexts(form);
    expect(texts[texts.indexOf('情報') + 1]).toBe('重要性分類Ⅲ・Ⅳの情報');
    expect(facts).toContain('"confirm_no_class_1_2_on_device"');
    // 4-1(1)③エ: the work stays in the cloud, nothing downloaded to the device.
    expect(facts).toContain('"confirm_cloud_no_download"');
    expect(facts).not.toContain('"confirm_device_declaration"'); // the declarations on the form are the declaration
    const os = inputsOf(form).find((i) => i.id === 'decl_os')!;
    expect(os).toMatchObject({ label: 'OS', placeholder: expect.stringMatching(/^例: /), isRequired: true });
    const answerId = (cardActions(form).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
    h.connector.clear();
    await h.post(
      click(TEACHER, 'permit.submit', {
        answerId,
        purpose: '自宅で教材を作る',
        decl_os: 'iOS 18',
        decl_browser: 'Safari',
        decl_antivirus: 'true',
        decl_no_file_sharing: 'true',
        decl_not_shared: 'true',
        decl_supported: 'true',
        confirm_no_class_1_2_on_device: 'true',
        confirm_cloud_no_download: 'true',
      }),
    );
    await h.connector.waitFor(1);
    const approval = cardOf(sentTo(PRINCIPAL).at(-1));
    const approvalTexts = cardTexts(approval);
    expect(approvalTexts[approvalTexts.indexOf('OS') + 1]).toBe('iOS 18');
    expect(JSON.stringify(approval)).not.toContain('例:');
    h.connector.clear();
    await h.post(say(PRINCIPAL, '承認待ち'));
    await h.connector.waitFor(1);
    const list = cardTexts(cardOf(sentTo(PRINCIPAL).at(-1)));
    expect(list).toContain('重要性分類Ⅲ・Ⅳの情報 — 私物端末の利用');
    expect(list.some((t) => t.includes('—') && t.startsWith('⏳'))).toBe(false);
    const [record] = (await permitRecords(h.running.store.db, today(), today())).filter((r) => r.purpose === '自宅で教材を作る');
    expect(record!.declarations).toBe(
      'OS: iOS 18 / Webブラウザ: Safari / ウイルス対策ソフトを入れている: はい / ファイル共有ソフトを入れていない: はい / 家族とアカウントを共有していない: はい / OSとブラウザのサポート期限が切れていない: はい',
    );
    expect(record!.confirmations).toContain('重要性分類Ⅰ・Ⅱの情報');
  });

  test('consult and exception forms ask until when, and where to if it leaves the school', async () => {
    const consult = await openForm(TEACHER, '授業用教材をUSBに入れて持ち帰りたい');
    const inputs = inputsOf(consult);
    expect(inputs.find((i) => i.id === 'until')).toMatchObject({ type: 'Input.Date', isRequired: true, min: today() });
    expect(inputs.find((i) => i.id === 'destination')).toMatchObject({ isRequired: false });
    const answerId = (cardActions(consult).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
    const missing = cardTexts((await h.post(click(TEACHER, 'permit.submit', { answerId, purpose: '教材準備' }))).body!.value);
    expect(missing.join('\n')).toContain('・期間（いつまで）を');
    await h.post(click(TEACHER, 'permit.submit', { answerId, purpose: '教材準備', destination: '自宅', until: today() }));
    const permit = await h.running.store.db
      .selectFrom('permits')
      .selectAll()
      .where('purpose', '=', '教材準備')
      .executeTakeFirstOrThrow();
    // Taken out: followed until it is back, like a take-out.
    expect(permit).toMatchObject({ kind: 'consult', destination: '自宅', return_on: today() });

    const exception = await openForm(TEACHER, '健康診断票をGoogleドライブに保存してもいい？');
    expect(cardTexts(exception)[0]).toBe('📝 例外措置の申請（6-3）');
    expect(inputsOf(exception).map((i) => i.id)).toEqual(expect.arrayContaining(['purpose', 'until']));
  });

  test('an exception for the 教育CISO, who has no chat with mamoru: no promise of news, one kind of bracket, no stray space', async () => {
    const form = await openForm(TEACHER, '答案用紙をGoogleドライブに保存してもいい？');
    const formTexts = cardTexts(form);
    expect(formTexts).toContain('テスト等の答案用紙（児童生徒が記入済のもの、重要性分類Ⅱ）');
    const answerId = (cardActions(form).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
    const filed = cardTexts(
      (await h.post(click(TEACHER, 'permit.submit', { answerId, purpose: '採点の共有', until: today() }))).body!.value,
    );
    expect(filed[0]).toBe('📨 申請しました。承認者にはまだ届いていません。');
    expect(filed).toContain('テスト等の答案用紙（児童生徒が記入済のもの、重要性分類Ⅱ）');
    expect(filed.join('\n')).toContain('伊藤 健二さんはまだ mamoru を追加していないため');
    expect(filed.join('\n')).not.toMatch(/ \(|\) | さん/);
  });

  test('cancel asks once more, then says when; 自分の申請 keeps the other requests', async () => {
    const file = async (purpose: string) => {
      const form = await openForm(TEACHER, '成績一覧を複製してもいいですか');
      const answerId = (cardActions(form).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
      const card = (await h.post(click(TEACHER, 'permit.submit', { answerId, purpose, confirm_needed_copies_only: 'true' })))
        .body!.value;
      const row = await h.running.store.db
        .selectFrom('permits')
        .selectAll()
        .where('purpose', '=', purpose)
        .executeTakeFirstOrThrow();
      return { card, id: row.id };
    };
    const statusOf = async (id: string) =>
      (await h.running.store.db.selectFrom('permits').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

    const first = await file('取り消す申請');
    const cancel = cardActions(first.card).find((a) => a.verb === 'permit.cancel')!;
    const asked = (await h.post(click(TEACHER, 'permit.cancel', cancel.data!))).body!.value;
    expect(cardTexts(asked).join('\n')).toContain('この申請を取り消しますか？');
    expect(await statusOf(first.id)).toBe('pending');
    const keep = cardActions(asked).find((a) => a.verb === 'permit.cancel' && a.data?.step === 'back')!;
    const kept = (await h.post(click(TEACHER, 'permit.cancel', keep.data!))).body!.value;
    expect(cardTexts(kept).join('\n')).not.toContain('取り消しますか');
    expect(await statusOf(first.id)).toBe('pending');
    const confirm = cardActions(asked).find((a) => a.verb === 'permit.cancel' && a.data?.step === 'confirm')!;
    const done = cardTexts((await h.post(click(TEACHER, 'permit.cancel', confirm.data!))).body!.value);
    expect(done.some((t) => /^↩️ 申請を取り消しました（\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}）$/.test(t))).toBe(true);
    expect(await statusOf(first.id)).toBe('cancelled');
    const [record] = (await permitRecords(h.running.store.db, today(), today())).filter((r) => r.id === first.id);
    expect(record).toMatchObject({
      cancelled_by: '山田 花子',
      cancelled_at: expect.stringMatching(/\+09:00$/),
      status_label: '取り消し',
    });

    // From the list: the cancel asks under that request, and the answer is the list again.
    const a = await file('一覧で取り消す');
    const b = await file('一覧に残る');
    h.connector.clear();
    await h.post(say(TEACHER, '自分の申請'));
    await h.connector.waitFor(1);
    const mine = cardOf(sentTo(TEACHER).at(-1));
    const listCancel = cardActions(mine).find((x) => x.verb === 'permit.cancel' && x.data?.permitId === a.id)!;
    const listAsked = (await h.post(click(TEACHER, 'permit.cancel', listCancel.data!))).body!.value;
    expect(cardTexts(listAsked)[0]).toBe('🗂️ 自分の申請');
    const listConfirm = cardActions(listAsked).find((x) => x.data?.permitId === a.id && x.data?.step === 'confirm')!;
    const after = cardTexts((await h.post(click(TEACHER, 'permit.cancel', listConfirm.data!))).body!.value);
    expect(after[0]).toBe('🗂️ 自分の申請');
    expect(after).toEqual(expect.arrayContaining(['一覧で取り消す', '一覧に残る']));
    expect(after.some((t) => t.startsWith('↩️ 申請を取り消しました'))).toBe(true);
    expect(await statusOf(a.id)).toBe('cancelled');
    expect(await statusOf(b.id)).toBe('pending');
  });

  test('承認待ち: a decision from the list answers with the list; reject asks for the optional comment first', async () => {
    const file = async (purpose: string) => {
      const form = await openForm(TEACHER, '成績一覧を複製してもいいですか');
      const answerId = (cardActions(form).find((a) => a.verb === 'permit.submit')!.data as { answerId: string }).answerId;
      await h.post(click(TEACHER, 'permit.submit', { answerId, purpose, confirm_needed_copies_only: 'true' }));
      return (
        await h.running.store.db.selectFrom('permits').select('id').where('purpose', '=', purpose).executeTakeFirstOrThrow()
      ).id;
    };
    const one = await file('一覧で承認');
    const two = await file('一覧で却下');
    // The approval cards go out after the turn: sent before the list is asked for, not after it.
    await h.running.notifier.drain();
    h.connector.clear();
    await h.post(say(PRINCIPAL, '承認待ち'));
    await h.connector.waitFor(1);
    const list = cardOf(sentTo(PRINCIPAL).at(-1));
    expect(cardTexts(list)).toEqual(expect.arrayContaining(['申請日時', '一覧で承認', '一覧で却下']));

    const approve = cardActions(list).find((a) => a.verb === 'permit.approve' && a.data?.permitId === one)!;
    const afterApprove = (await h.post(click(PRINCIPAL, 'permit.approve', approve.data!))).body!.value;
    const texts = cardTexts(afterApprove);
    expect(texts[0]).toBe('⏳ 承認待ちの申請');
    expect(texts).toEqual(expect.arrayContaining(['一覧で承認', '一覧で却下']));
    expect(texts.some((t) => t.startsWith('✅ 承認: 鈴木 太郎'))).toBe(true);
    expect(cardActions(afterApprove).some((a) => a.data?.permitId === one)).toBe(false);
    expect(cardActions(afterApprove).some((a) => a.verb === 'permit.approve' && a.data?.permitId === two)).toBe(true);

    const reject = cardActions(afterApprove).find((a) => a.verb === 'permit.reject' && a.data?.permitId === two)!;
    const asking = (await h.post(click(PRINCIPAL, 'permit.reject', reject.data!))).body!.value;
    expect(inputsOf(asking).map((i) => i.id)).toContain('comment');
    const status = async () =>
      await h.running.store.db
        .selectFrom('permits')
        .select(['status', 'decision_comment'])
        .where('id', '=', two)
        .executeTakeFirstOrThrow();
    expect((await status()).status).toBe('pending');
    const confirm = cardActions(asking).find((a) => a.verb === 'permit.reject' && a.data?.step === 'confirm')!;
    const afterReject = cardTexts(
      (await h.post(click(PRINCIPAL, 'permit.reject', { ...confirm.data, comment: '部数を減らしてください' }))).body!.value,
    );
    expect(afterReject[0]).toBe('⏳ 承認待ちの申請');
    expect(afterReject).toEqual(expect.arrayContaining(['一覧で却下']));
    expect(afterReject.some((t) => t.startsWith('❌ 却下: 鈴木 太郎') && t.includes('部数を減らしてください'))).toBe(true);
    expect(await status()).toEqual({ status: 'rejected', decision_comment: '部数を減らしてください' });
  });

  test('承認待ち lists what waits for the principal; 自分の申請 lists the teacher’s own', async () => {
    const form = await openForm(TEACHER, '成績一覧を複製してもいいですか');
    const submit = cardActions(form).find((a) => a.verb === 'permit.submit')!;
    await h.post(
      click(TEACHER, 'permit.submit', { ...submit.data, purpose: '学年会で配布', confirm_needed_copies_only: 'true' }),
    );
    // The approval card goes out after the turn: sent before the lists are asked for.
    await h.running.notifier.drain();
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

  test('help names 「承認待ち」 and 「自分の申請」; its buttons open them as if typed', async () => {
    h.connector.clear();
    await h.post(say(PRINCIPAL, 'ヘルプ'));
    await h.connector.waitFor(1);
    const help = cardOf(sentTo(PRINCIPAL).at(-1));
    const texts = cardTexts(help).join('\n');
    expect(texts).toContain('「承認待ち」: あなたの承認を待っている申請');
    expect(texts).toContain('「自分の申請」: 自分が出した申請');
    const asks = cardActions(help).filter((a) => a.verb === 'answer.ask');
    const pending = asks.find((a) => a.title === '承認待ち')!;
    const mine = asks.find((a) => a.title === '自分の申請')!;
    expect(pending.data).toEqual({ question: '承認待ち' });

    await h.post(click(PRINCIPAL, 'answer.ask', pending.data!));
    await h.post(click(TEACHER, 'answer.ask', mine.data!));
    await h.connector.waitFor(3);
    expect(cardTexts(cardOf(sentTo(PRINCIPAL).at(-1)))[0]).toBe('⏳ 承認待ちの申請');
    expect(cardTexts(cardOf(sentTo(TEACHER).at(-1)))[0]).toBe('🗂️ 自分の申請');
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
    await h.post(click(TEACHER, 'permit.request', request.data!));
    await h.post(
      click(TEACHER, 'permit.submit', {
        ...request.data,
        purpose: '研修',
        destination: '教育センター',
        returnOn: today(),
        confirm_encrypt_or_password: 'true',
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
