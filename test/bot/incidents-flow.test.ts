import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardActions, cardOf, cardTexts } from '../../devkit/index.js';
import { createPermit, decidePermit, findUser, importRoster, queueDueReminders, verifyAudit } from '../../store/index.js';
import { fixture, startHarnessOn } from '../helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from '../helpers/engines.js';
import { BOARD, CISO, CSIRT, HAYASHI, INCIDENT_ROSTER, KEN, MONDAY_10, OTHER_PRINCIPAL } from '../helpers/incident-roster.js';
import { as, click, PRINCIPAL, say, TEACHER, type TeamsUser } from '../helpers/teams-user.js';

warnIfNoPostgres();

type Who = TeamsUser;
const minutes = (n: number) => n * 60_000;

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

/** The buttons that reach the bot (not the sources toggle). */
const buttons = (card: unknown) =>
  cardActions(card)
    .filter((a) => a.type === 'Action.Execute')
    .map((a) => a.title);

const REPORT = {
  what: '帰りの電車の網棚に、成績を保存したUSBメモリを入れたかばんを置き忘れた',
  occurred: '今日 17時40分ごろ',
  place: 'JR鹿児島本線の車内',
  class: 'II',
  affected: '35',
  medium: 'USBメモリ（暗号化あり）',
  doneAlready: '駅の忘れ物センターに問い合わせた',
};

describe.each(ENGINES)('incidents over HTTP (Teams) on %s', (engine) => {
  let h: Awaited<ReturnType<typeof startHarnessOn>>;
  let now = MONDAY_10;

  beforeAll(async () => {
    h = await startHarnessOn(engine, { clock: () => now });
    await importRoster(h.running.store.db, INCIDENT_ROSTER);
    // Everyone in the chain has added mamoru, except 佐藤 (第二小学校's principal).
    for (const who of [PRINCIPAL, CSIRT, BOARD, CISO]) await h.post(as(who, fixture('teams/installation-update-add.json')));
    await h.connector.waitFor(4);
    h.connector.clear();
  });
  afterAll(async () => {
    await h.close();
  });

  const sentTo = (who: Who) => h.connector.sent.filter((s) => s.conversationId === who.conversation);
  const db = () => h.running.store.db;
  const incidentsNow = async () => db().selectFrom('incidents').selectAll().orderBy('created_at').execute();
  const eventsOf = async (id: string) =>
    (
      await db().selectFrom('incident_events').select(['type', 'step']).where('incident_id', '=', id).orderBy('seq').execute()
    ).map((e) => (e.step ? `${e.type}:${e.step}` : e.type));
  /** The last card that reached `who` proactively. */
  const lastCard = (who: Who) => cardOf(sentTo(who).at(-1));
  async function waitForCard(who: Who, count: number) {
    const deadline = Date.now() + 10_000;
    while (sentTo(who).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages to ${who.name}, got ${sentTo(who).length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Says the report, presses 「報告する」 and returns the form and the submit button's data. */
  async function openForm(who: Who, message: string) {
    const activity = say(who, message);
    await h.post(activity);
    // The answer is the reply to this message (other cards may reach the same chat meanwhile).
    const reply = encodeURIComponent(String(activity.id));
    const deadline = Date.now() + 10_000;
    while (!sentTo(who).some((s) => s.path.endsWith(`/activities/${reply}`)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const answer = cardOf(sentTo(who).find((s) => s.path.endsWith(`/activities/${reply}`)));
    const report = cardActions(answer).find((a) => a.verb === 'incident.report')!;
    const form = (await h.post(click(who, 'incident.report', report.data!))).body!.value as Record<string, unknown>;
    const submit = cardActions(form).find((a) => a.verb === 'incident.submit')!;
    return { answer, report, form, submit };
  }

  async function report(who: Who, message: string, fields: Record<string, string>) {
    const { submit } = await openForm(who, message);
    const before = new Set((await incidentsNow()).map((i) => i.id));
    const response = await h.post(click(who, 'incident.submit', { ...submit.data, ...fields }));
    const incident = (await incidentsNow()).find((i) => !before.has(i.id));
    return { card: response.body!.value as Record<string, unknown>, incident: incident! };
  }

  /** The texts of the cards that reached `who` as new messages, newest last, waiting until one contains `text`. */
  async function cardSaying(who: Who, text: string): Promise<string[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = sentTo(who)
        .filter((s) => s.method === 'POST' && s.activity.attachments?.length)
        .map((s) => cardTexts(cardOf(s)))
        .findLast((texts) => texts.includes(text));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no card to ${who.name} says ${text}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  test('report → first steps → form → the principal’s card → acknowledged → sent on to the CSIRT → more information → closed with cause', async () => {
    now = MONDAY_10;
    const { answer, report: button, form, submit } = await openForm(TEACHER, 'USBメモリをなくしました');
    // The answer: the first steps at once, cited, and 「報告する」 with the kind recognised.
    const answerTexts = cardTexts(answer);
    expect(answerTexts).toContain('🚨 インシデントの報告');
    expect(answerTexts).toContain('すぐに校長（学校情報セキュリティ管理者）に報告してください。');
    expect(button).toMatchObject({ title: '🚨 報告する', data: { kinds: 'lost' } });

    // The form: the kind ticked, every required input says why, the class asked.
    const inputs = inputsOf(form);
    expect(inputs.map((i) => i.id)).toEqual(['kinds', 'what', 'occurred', 'place', 'class', 'affected', 'medium', 'doneAlready']);
    expect(inputs.find((i) => i.id === 'kinds')).toMatchObject({ value: 'lost', isMultiSelect: true, isRequired: true });
    for (const input of inputs.filter((i) => i.isRequired))
      expect(input, `${input.id} says why`).toMatchObject({ label: expect.any(String), errorMessage: expect.any(String) });
    expect(cardTexts(form)).toContain(
      '学校情報セキュリティ管理者（校長）に届きます。わかる範囲で書いてください（「必須」以外は空欄でかまいません）。',
    );

    // Required fields missing: the form comes back with the reasons and what was typed; nothing is filed.
    const back = (await h.post(click(TEACHER, 'incident.submit', { ...submit.data, kinds: 'lost', place: '駅', class: '' })))
      .body!.value;
    const problems = cardTexts(back).join('\n');
    expect(problems).toContain('・何が起きたかを入力してください（10,000文字以内）。');
    expect(problems).toContain('・いつのことかを入力してください（200文字以内）。');
    expect(problems).toContain('・重要性分類を選んでください（わからなければ「わからない」）。');
    expect(inputsOf(back).find((i) => i.id === 'place')).toMatchObject({ value: '駅' });
    expect(await incidentsNow()).toHaveLength(0);

    // Filed: the reporter's card says who has it and until when they have to acknowledge.
    const filed = (await h.post(click(TEACHER, 'incident.submit', { ...submit.data, kinds: 'lost', ...REPORT }))).body!.value;
    const [incident] = await incidentsNow();
    expect(incident).toMatchObject({ status: 'open', route: 'incident', class: 'II', what: REPORT.what, affected: 35 });
    const filedTexts = cardTexts(filed);
    expect(filedTexts[0]).toBe('📨 報告しました（紛失・盗難）');
    expect(filedTexts).toContain('① 学校情報セキュリティ管理者（校長）: 鈴木 太郎');
    expect(filedTexts).toContain('報告で連絡（2030/06/03 10:00） ⏳ 受領待ち（2030/06/03 10:30まで）');
    expect(filedTexts).toContain('② 教育情報システム担当者（教育CSIRT）: 高橋 CSIRT');

    // The principal's card, in their own chat: what was typed, as text; the buttons their step allows.
    await waitForCard(PRINCIPAL, 1);
    const principalCard = lastCard(PRINCIPAL);
    const principalTexts = cardTexts(principalCard);
    expect(principalTexts[0]).toBe('🚨 インシデントの報告（紛失・盗難）');
    expect(principalTexts).toEqual(
      expect.arrayContaining(['山田 花子（熊本市立第一中学校）', REPORT.what, REPORT.occurred, '35']),
    );
    expect(buttons(principalCard)).toEqual(['受領しました', '教育CSIRTに報告', '追加情報を依頼']);
    const data = { incidentId: incident!.id };
    expect(cardActions(principalCard).find((a) => a.verb === 'incident.acknowledge')!.data).toEqual(data);

    // Nobody outside the chain can act: the reporter, another school's principal; nothing changes.
    for (const stranger of [TEACHER, OTHER_PRINCIPAL]) {
      const refused = await h.post(click(stranger, 'incident.acknowledge', data));
      expect(refused.body!.value).toBe('この報告に対応できるのは、連絡の流れに含まれる方（校長・教育CSIRT など）だけです。');
    }
    expect(await eventsOf(incident!.id)).toEqual(['reported', 'told:school']);

    // Racing acknowledgements: one decides, the reporter hears once.
    const before = sentTo(TEACHER).length;
    const clicks = await Promise.all([1, 2, 3].map(() => h.post(click(PRINCIPAL, 'incident.acknowledge', data))));
    expect(clicks.map((c) => c.status)).toEqual([200, 200, 200]);
    const notes = clicks.map((c) => cardTexts(c.body!.value).find((t) => t.includes('受領')));
    expect(notes.filter((n) => n === '受領を記録しました。報告者に知らせました。')).toHaveLength(1);
    expect(notes.filter((n) => n === 'すでに受領済みです。記録は変更していません。')).toHaveLength(2);
    await h.running.notifier.drain();
    const toTeacher = sentTo(TEACHER)
      .slice(before)
      .filter((s) => s.method === 'POST');
    expect(toTeacher).toHaveLength(1);
    expect(cardTexts(cardOf(toTeacher[0]))).toContain('✅ 学校情報セキュリティ管理者（校長）が報告を受領しました。');
    expect((await eventsOf(incident!.id)).filter((e) => e === 'acknowledged:school')).toHaveLength(1);

    // 「教育CSIRTに報告」: class Ⅱ, so the CSIRT's desk and the 教育情報セキュリティ責任者 both.
    const forwarded = cardTexts((await h.post(click(PRINCIPAL, 'incident.forward', data))).body!.value);
    expect(forwarded).toContain(
      '教育情報システム担当者（教育CSIRT）、教育情報セキュリティ責任者（教育センター所長）に届けました。',
    );
    await waitForCard(CSIRT, 1);
    await waitForCard(BOARD, 1);
    const csirtCard = lastCard(CSIRT);
    expect(buttons(csirtCard)).toEqual(['受領しました', '追加情報を依頼', '対応完了']);
    expect(buttons(lastCard(BOARD))).toEqual(['受領しました', '追加情報を依頼']);
    // The board's officer cannot close (only the CSIRT keeps that record, 4-4(3)).
    expect((await h.post(click(BOARD, 'incident.close', data))).body!.value).toBe('対応完了を記録できるのは 教育CSIRT です。');

    // 「追加情報を依頼」 opens a question box; the reporter answers; the CSIRT is told.
    const asking = (await h.post(click(CSIRT, 'incident.request_info', data))).body!.value;
    expect(inputsOf(asking).map((i) => i.id)).toEqual(['question']);
    const confirm = cardActions(asking).find((a) => a.data?.step === 'confirm')!;
    const countTeacher = sentTo(TEACHER).length;
    await h.post(
      click(CSIRT, 'incident.request_info', { ...confirm.data, question: 'USBメモリにパスワードはかけていましたか？' }),
    );
    await waitForCard(TEACHER, countTeacher + 1);
    const question = sentTo(TEACHER)
      .slice(countTeacher)
      .find((s) => s.method === 'POST')!;
    expect(cardTexts(cardOf(question))).toContain('USBメモリにパスワードはかけていましたか？');
    const addInfo = cardActions(cardOf(question)).find((a) => a.verb === 'incident.report')!;
    const infoForm = (await h.post(click(TEACHER, 'incident.report', addInfo.data!))).body!.value;
    expect(cardTexts(infoForm)).toContain('❓ USBメモリにパスワードはかけていましたか？');
    await h.post(click(TEACHER, 'incident.submit', { ...addInfo.data, info: 'はい、BitLockerで暗号化していました' }));
    expect(await cardSaying(CSIRT, '💬 報告者から追加情報が届きました。')).toContain('はい、BitLockerで暗号化していました');

    // 「対応完了」: cause and prevention required; then closed, the reporter told, every card closed.
    const closing = (await h.post(click(CSIRT, 'incident.close', data))).body!.value;
    expect(inputsOf(closing).map((i) => i.id)).toEqual(['cause', 'prevention']);
    const record = cardActions(closing).find((a) => a.verb === 'incident.close' && a.data?.step === 'confirm')!;
    const missing = cardTexts(
      (await h.post(click(CSIRT, 'incident.close', { ...record.data, cause: '網棚に置いた' }))).body!.value,
    );
    expect(missing).toContain('・再発防止策を入力してください（2,000文字以内）。');
    expect((await incidentsNow())[0]!.status).toBe('open');
    const closed = cardTexts(
      (
        await h.post(
          click(CSIRT, 'incident.close', {
            ...record.data,
            cause: '網棚に置いた',
            prevention: '校外へは暗号化USBのみ、身につけて運ぶ',
          }),
        )
      ).body!.value,
    );
    expect(closed[0]).toBe('✅ 対応完了のインシデント');
    expect(closed).toContain('再発防止策: 校外へは暗号化USBのみ、身につけて運ぶ');
    await h.running.notifier.drain();
    expect(
      cardTexts(
        cardOf(
          sentTo(TEACHER)
            .filter((s) => s.method === 'POST')
            .at(-1),
        ),
      )[0],
    ).toBe('✅ 報告の対応が完了しました');
    // The principal's card, delivered earlier, now shows it closed (updated in place).
    const updated = sentTo(PRINCIPAL)
      .filter((s) => s.method === 'PUT')
      .at(-1);
    expect(cardTexts(cardOf(updated))[0]).toBe('✅ 対応完了のインシデント');
    expect(buttons(cardOf(updated))).toEqual([]);

    expect(await eventsOf(incident!.id)).toEqual([
      'reported',
      'told:school',
      'acknowledged:school',
      'told:systems',
      'told:board',
      'forwarded',
      'info_requested',
      'info_added',
      'closed',
    ]);
    expect(await verifyAudit(db())).toMatchObject({ ok: true });
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('subject', '=', `incident:${incident!.id}`)
      .execute();
    expect(audit.map((a) => a.action)).toContain('incident.closed');
    // What people typed stays out of the audit log (ids and lengths only).
    expect(JSON.stringify(audit)).not.toContain('BitLocker');
  });

  test('nobody acknowledges in time (a clock we control): the next step is told and the first reminded; out of hours the report waits', async () => {
    now = MONDAY_10;
    const { incident } = await report(TEACHER, 'ウイルスに感染したかもしれません', {
      kinds: 'infection',
      what: '添付ファイルを開いたら画面に警告が出た',
      occurred: '10時ごろ',
      class: 'IV',
    });
    await waitForCard(PRINCIPAL, sentTo(PRINCIPAL).length);
    // Class Ⅳ, an infection: the principal, then the CSIRT's desk; the board's officer is not in this chain.
    const csirtBefore = sentTo(CSIRT).length;
    const principalBefore = sentTo(PRINCIPAL).filter((s) => s.method === 'POST').length;
    await queueDueReminders(db(), new Date(MONDAY_10.getTime() + minutes(29)));
    expect(await eventsOf(incident.id)).toEqual(['reported', 'told:school']);
    expect(await queueDueReminders(db(), new Date(MONDAY_10.getTime() + minutes(31)))).toBeGreaterThanOrEqual(1);
    // A second tick (another process) fires nothing more for it.
    await queueDueReminders(db(), new Date(MONDAY_10.getTime() + minutes(32)));
    await h.running.notifier.drain();
    await waitForCard(CSIRT, csirtBefore + 1);
    const escalated = await cardSaying(
      CSIRT,
      '⏰ 学校情報セキュリティ管理者（校長）が時間内に受領しなかったため、あなたに届けています。',
    );
    expect(escalated).toContain('添付ファイルを開いたら画面に警告が出た');
    const reminder = sentTo(PRINCIPAL)
      .filter((s) => s.method === 'POST')
      .slice(principalBefore);
    expect(
      await cardSaying(
        TEACHER,
        '⏰ 学校情報セキュリティ管理者（校長）が時間内に受領しなかったため、教育情報システム担当者（教育CSIRT）に届けました。',
      ),
    ).toContain('添付ファイルを開いたら画面に警告が出た');
    expect(reminder.map((s) => cardTexts(cardOf(s))[1])).toContain(
      '⏰ この報告はまだ受領されていません。確認して「受領しました」を押してください。',
    );
    expect(await eventsOf(incident.id)).toEqual(['reported', 'told:school', 'told:systems', 'escalated:school']);
    const steps = await db()
      .selectFrom('incident_steps')
      .select(['step', 'told_how', 'timer'])
      .where('incident_id', '=', incident.id)
      .orderBy('position')
      .execute();
    expect(steps).toEqual([
      { step: 'school', told_how: 'reported', timer: 'done' },
      { step: 'systems', told_how: 'escalated', timer: 'pending' },
    ]);

    // Reported at 18:00: told at once, but the 30 minutes run from 08:00 the next school day; the reporter is told whom to phone.
    now = new Date(MONDAY_10.getTime() + minutes(8 * 60));
    const late = await report(TEACHER, '通知表を別の保護者に送ってしまいました', {
      kinds: 'mis_sent',
      what: '通知表のPDFを別の保護者にメールした',
      occurred: '17時50分',
      class: 'II',
    });
    const lateTexts = cardTexts(late.card);
    expect(lateTexts).toContain('🌙 勤務時間外の報告です。連絡はしましたが、受領を待つ時間は 2030/06/04 8:00 から数えます。');
    expect(lateTexts.some((t) => t.startsWith('📞 急ぐときや mamoru で届かないときは、学校の緊急連絡網で校長'))).toBe(true);
    const due = await db()
      .selectFrom('incident_steps')
      .select('due_at')
      .where('incident_id', '=', late.incident.id)
      .executeTakeFirstOrThrow();
    expect(due.due_at).toBe('2030-06-03T23:30:00.000Z');
    await queueDueReminders(db(), new Date('2030-06-03T22:00:00Z'));
    expect(await eventsOf(late.incident.id)).toEqual(['reported', 'told:school']);
    await queueDueReminders(db(), new Date('2030-06-03T23:31:00Z'));
    expect(await eventsOf(late.incident.id)).toEqual(['reported', 'told:school', 'told:systems', 'escalated:school']);
  });

  test('a principal who never added mamoru: the reporter is told whom to phone, and the next in the chain is told at once', async () => {
    now = MONDAY_10;
    const csirtBefore = sentTo(CSIRT).length;
    const { card, incident } = await report(HAYASHI, 'USBメモリをなくしました', {
      kinds: 'lost',
      what: '名簿のUSBが見当たらない',
      occurred: '昨日',
      class: 'unknown',
    });
    const texts = cardTexts(card);
    expect(texts).toContain(
      '⚠️ 学校情報セキュリティ管理者（校長）（木村 一郎）は mamoru を追加していないため、カードを届けられません。',
    );
    expect(texts.some((t) => t.startsWith('📞 '))).toBe(true);
    // No class known: routed as class Ⅱ (the stricter), and said so.
    expect(texts).toContain('わからない（重要性分類Ⅱとして扱っています）');
    await h.running.notifier.drain();
    await waitForCard(CSIRT, csirtBefore + 1);
    expect(
      await cardSaying(CSIRT, '⚠️ 学校情報セキュリティ管理者（校長）に mamoru から届けられないため、あなたに届けています。'),
    ).toContain('名簿のUSBが見当たらない');
    const steps = await db()
      .selectFrom('incident_steps')
      .select(['step', 'told_how', 'timer'])
      .where('incident_id', '=', incident.id)
      .orderBy('position')
      .execute();
    expect(steps).toEqual([
      { step: 'school', told_how: 'reported', timer: 'done' },
      { step: 'systems', told_how: 'unreachable', timer: 'pending' },
    ]);
    // The outbox keeps the principal's card: undeliverable, not lost.
    await h.running.notifier.drain();
    const principalCard = await db()
      .selectFrom('outbox')
      .innerJoin('users', 'users.id', 'outbox.recipient_id')
      .select(['outbox.status'])
      .where('outbox.incident_id', '=', incident.id)
      .where('users.name', '=', '木村 一郎')
      .execute();
    expect(principalCard).toEqual([{ status: 'undeliverable' }]);
    // …and passed on once: the next tick does not send it further.
    await queueDueReminders(db(), new Date(MONDAY_10.getTime() + minutes(1)));
    expect(await eventsOf(incident.id)).toEqual(['reported', 'told:school', 'told:systems']);
  });

  test('a report of information the teacher has an open take-out permit for says so, on the form and on the principal’s card', async () => {
    now = MONDAY_10;
    const teacher = (await findUser(db(), { email: 'hanako.yamada@school.example.jp' }))!;
    const principal = (await findUser(db(), { email: 'taro.suzuki@school.example.jp' }))!;
    const permit = await createPermit(
      db(),
      {
        kind: 'permit',
        policy: 'kumamoto',
        schoolId: teacher.school_id,
        requesterId: teacher.id,
        approverRole: 'principal',
        action: 'take_out',
        class: 'II',
        assetId: 'report_card',
        assetName: '通知表',
        decision: 'permit_required',
        purpose: '家庭訪問で説明',
        returnOn: '2030-06-10',
        details: { language: 'ja', confirmations: [], declarations: [] },
      },
      [],
      MONDAY_10,
    );
    await decidePermit(db(), { permitId: permit.id, actorId: principal.id, approve: true }, MONDAY_10);
    const { form, submit } = await openForm(TEACHER, '通知表を保存したUSBメモリをなくしました');
    expect(cardTexts(form)).toContain(
      '📝 この情報の持ち出し許可があります（2030/06/03 10:00 申請: 家庭訪問で説明）。報告に記録します。',
    );
    expect(inputsOf(form).find((i) => i.id === 'class')).toMatchObject({ value: 'II' });
    const filed = await h.post(
      click(TEACHER, 'incident.submit', {
        ...submit.data,
        kinds: 'lost',
        what: '持ち出した通知表のUSB',
        occurred: '今',
        class: 'II',
      }),
    );
    const texts = cardTexts(filed.body!.value);
    expect(texts[texts.indexOf('持ち出し許可') + 1]).toBe('2030/06/03 10:00 申請: 家庭訪問で説明');
    const [incident] = (await incidentsNow()).filter((i) => i.what === '持ち出した通知表のUSB');
    expect(incident).toMatchObject({ permit_id: permit.id, asset_id: 'report_card' });
  });

  test('an exception taken in an emergency (6-3(2)) is reported afterwards: the principal’s own report goes to the 教育CISO', async () => {
    now = MONDAY_10;
    const cisoBefore = sentTo(CISO).length;
    const { card, incident } = await report(PRINCIPAL, '緊急時の例外措置の事後報告です', {
      kinds: 'emergency_exception',
      what: '停電でサーバが止まり、成績処理のため名簿を暗号化USBで持ち帰った',
      occurred: '昨夜',
      class: 'II',
    });
    expect(incident).toMatchObject({ route: 'emergency_exception' });
    const texts = cardTexts(card);
    expect(texts).toContain('① 学校情報セキュリティ管理者（校長）: 鈴木 太郎');
    expect(texts.some((t) => t.startsWith('報告者本人'))).toBe(true);
    expect(texts).toContain('② 教育CISO（教育長）: 伊藤 健二');
    await h.running.notifier.drain();
    await waitForCard(CISO, cisoBefore + 1);
    const cisoCard = lastCard(CISO);
    expect(cardTexts(cisoCard)[0]).toBe('🚨 インシデントの報告（緊急時の例外措置（事後報告））');
    expect(buttons(cisoCard)).toEqual(['受領しました', '追加情報を依頼', '対応完了']);
    expect(await eventsOf(incident.id)).toEqual(['reported', 'passed:school', 'told:ciso']);
  });

  test('bad input: a report of 10,000 characters is kept whole and shown in part; 10,001 comes back; forged ids are refused', async () => {
    now = MONDAY_10;
    const long = `${'かばんの中に名簿のUSBメモリを入れていた。'.repeat(500)}`.slice(0, 10_000);
    const { submit } = await openForm(TEACHER, 'インシデント報告');
    const tooLong = (
      await h.post(
        click(TEACHER, 'incident.submit', { ...submit.data, kinds: 'lost', what: `${long}。`, occurred: '今朝', class: 'II' }),
      )
    ).body!.value;
    expect(cardTexts(tooLong).join('\n')).toContain('・何が起きたかを入力してください（10,000文字以内）。');
    const before = new Set((await incidentsNow()).map((i) => i.id));
    const kept = await h.post(
      click(TEACHER, 'incident.submit', { ...submit.data, kinds: 'lost', what: long, occurred: '今朝', class: 'II' }),
    );
    const added = (await incidentsNow()).filter((i) => !before.has(i.id));
    expect(added).toHaveLength(1);
    expect(added[0]!.what === long).toBe(true);
    expect(cardTexts(kept.body!.value).includes(`${long.slice(0, 1500)}…（全10,000文字。全文は記録にあります）`)).toBe(true);

    // 「報告する」 pressed twice at once: one report, the second click sees it.
    const twice = await openForm(TEACHER, 'USBメモリをなくしました');
    const fields = { ...twice.submit.data, kinds: 'lost', what: '二度押し', occurred: '今', class: 'III' };
    const clicks = await Promise.all([1, 2].map(() => h.post(click(TEACHER, 'incident.submit', fields))));
    expect((await incidentsNow()).filter((i) => i.what === '二度押し')).toHaveLength(1);
    expect(
      clicks
        .map((c) => cardTexts(c.body!.value))
        .filter((t) => t.includes('この報告はすでに届いています（二重に報告していません）。')),
    ).toHaveLength(1);

    // A link or markup typed into the report reaches the principal as text.
    const LINK = '[確認はこちら](https://evil.example/login)';
    await report(TEACHER, 'インシデント報告', { kinds: 'leaked', what: LINK, occurred: '今', class: 'III' });
    await h.running.notifier.drain();
    const shown = JSON.stringify(lastCard(PRINCIPAL));
    expect(shown).toContain('[確認はこちら](https[:]//evil.example/login)');
    expect(shown).not.toContain('https://evil');
    expect(shown).not.toMatch(/"type":"(TextBlock|FactSet)"/);

    // A 10,000-character report typed into the chat is not a question: the answer says how to report it.
    const sentBefore = sentTo(TEACHER).length;
    await h.post(say(TEACHER, 'USBメモリをなくしました。'.repeat(800)));
    await waitForCard(TEACHER, sentBefore + 1);
    expect(sentTo(TEACHER).at(-1)?.activity.text).toContain(
      '「インシデント報告」と送ってください（報告のフォームには10,000文字まで書けます）',
    );

    // 👍 on an incident answer is recorded; the card is not answered again as something else.
    const { answer: incidentAnswer } = await openForm(TEACHER, 'USBメモリをなくしました');
    const helpful = cardActions(incidentAnswer).find((a) => a.verb === 'answer.feedback' && a.data?.helpful === true)!;
    const thanked = await h.post(click(TEACHER, 'answer.feedback', helpful.data!));
    expect(thanked.body!.value).toBe('フィードバックありがとうございます。');

    // Forged card data: an unknown id; an answer that is not one's own; another school's principal.
    expect((await h.post(click(PRINCIPAL, 'incident.acknowledge', { incidentId: 'nope' }))).body!.value).toBe(
      'この報告が見つかりません。',
    );
    const answer = cardActions((await openForm(TEACHER, 'USBメモリをなくしました')).answer).find(
      (a) => a.verb === 'incident.report',
    )!;
    expect((await h.post(click(KEN, 'incident.report', answer.data!))).body!.value).toBe(
      'この回答はほかの方への回答です。ご自身で「インシデント報告」と送ってから報告してください。',
    );
    const [first] = await incidentsNow();
    for (const verb of ['incident.forward', 'incident.close', 'incident.request_info'])
      expect((await h.post(click(OTHER_PRINCIPAL, verb, { incidentId: first!.id }))).body!.value).toMatch(/だけです。$/);
  });

  // Last: it takes the teacher and the CSIRT's desk off the roster.
  test('staff who leave (4-1(5)): an open report they made or acknowledged is on the card of whoever is told', async () => {
    now = new Date(MONDAY_10.getTime() + minutes(60 * 24 * 7));
    const { incident } = await report(TEACHER, 'USBメモリをなくしました', { ...REPORT, kinds: 'lost' });
    const data = { incidentId: incident.id };
    await h.post(click(PRINCIPAL, 'incident.acknowledge', data));
    await h.post(click(PRINCIPAL, 'incident.forward', data));
    await h.post(click(CSIRT, 'incident.acknowledge', data));
    expect(await eventsOf(incident.id)).toContain('acknowledged:systems');
    await h.running.notifier.drain();

    const leaving = ['hanako.yamada@', 'csirt@'];
    const roster = INCIDENT_ROSTER.split('\n')
      .filter((l) => !leaving.some((e) => l.startsWith(e)))
      .join('\n');
    await importRoster(db(), roster, 'test', { removals: 'apply', at: now });
    await h.running.notifier.drain();
    // 山田's principal is told what she reported; 高橋 has no school, so the board's officer hears of his.
    const line = '紛失・盗難（2030/06/10 10:00 報告）';
    const principal = await cardSaying(PRINCIPAL, '👋 山田 花子さんが名簿から外れました（4-1(5)）');
    expect(principal).toContain('対応中のインシデント（報告者・受領者として）');
    expect(principal).toContain(`・${line}: 報告者`);
    const board = await cardSaying(BOARD, '👋 高橋 CSIRTさんが名簿から外れました（4-1(5)）');
    expect(board).toContain(`・${line}: 受領者`);
    // What she typed stays on the incident's own card.
    expect(principal.join('\n')).not.toContain(REPORT.what);
    const audit = await db().selectFrom('audit_log').select('data').where('action', '=', 'roster.left').execute();
    expect(audit.map((a) => JSON.parse(a.data).incidents)).toEqual(
      expect.arrayContaining([expect.arrayContaining([incident.id])]),
    );
  });
});
