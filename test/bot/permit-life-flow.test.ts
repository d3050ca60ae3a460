import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardActions, cardOf, cardTexts } from '../../devkit/index.js';
import {
  classRecords,
  findUser,
  grantStanding,
  importRoster,
  permitRecords,
  queueDueReminders,
  standingRecords,
  verifyAudit,
} from '../../store/index.js';
import { fixture, startHarnessOn } from '../helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from '../helpers/engines.js';
import { as, click, PRINCIPAL, say, TEACHER, type TeamsUser } from '../helpers/teams-user.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');
const HOUR = 3_600_000;
const jstDay = (d = new Date()) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(d);
const inDays = (n: number) => jstDay(new Date(Date.now() + n * 24 * HOUR));

/** 田中 次郎, the school's 学校情報セキュリティ担当者 (教頭) in the test roster. */
const VICE: TeamsUser = {
  id: '29:vice-jiro',
  name: '田中 次郎',
  aadObjectId: '3e5f7a9b-1c2d-4e6f-8a0b-2c4d6e8f0a1b',
  conversation: 'a:personal-jiro',
};

type Harness = Awaited<ReturnType<typeof startHarnessOn>>;
type Card = Record<string, unknown>;

/** A harness with the roster, and the principal and the 教頭 reachable in their own chats. */
async function harness(engine: 'sqlite' | 'postgres'): Promise<Harness> {
  const h = await startHarnessOn(engine);
  await importRoster(h.running.store.db, ROSTER);
  for (const who of [PRINCIPAL, VICE]) await h.post(as(who, fixture('teams/installation-update-add.json')));
  await h.connector.waitFor(2);
  h.connector.clear();
  return h;
}

function helpers(get: () => Harness) {
  const sentTo = (who: TeamsUser) => get().connector.sent.filter((s) => s.conversationId === who.conversation);
  /** The card of the last message `who` received. */
  /** The card of the last new message `who` received (not a card updated in place). */
  const lastCard = (who: TeamsUser) =>
    cardOf(
      sentTo(who)
        .filter((s) => s.method === 'POST')
        .at(-1),
    );
  /** `who` asks; the answer card. */
  const ask = async (who: TeamsUser, question: string): Promise<Card> => {
    // Notifications already queued are sent first, so the next card is the answer.
    await get().running.notifier.drain();
    const before = sentTo(who).length;
    await get().post(say(who, question));
    const cards = sentTo(who)
      .slice(before)
      .map((s) => cardOf(s))
      .filter((c) => c.body);
    return cards.find((c) => cardActions(c).some((a) => a.verb === 'answer.feedback')) ?? cards[0]!;
  };
  /** `who` presses a button; the card that replaces it (Action.Execute's answer) or the text. */
  const press = async (who: TeamsUser, verb: string, data: Record<string, unknown>) =>
    (await get().post(click(who, verb, data))).body!.value as Card | string;
  const action = (card: unknown, verb: string, where: (d: Record<string, unknown>) => boolean = () => true) =>
    cardActions(card).find((a) => a.verb === verb && where(a.data ?? {}));
  const drain = () => get().running.notifier.drain();
  return { sentTo, lastCard, ask, press, action, drain };
}

describe.each(ENGINES)('standing permissions (包括的許可, 2-2(8)②) over HTTP on %s', (engine) => {
  let h: Harness;
  const { ask, press, action } = helpers(() => h);
  beforeAll(async () => {
    h = await harness(engine);
  });
  afterAll(async () => h.close());

  test('granted by the principal, the answer a covered teacher gets changes; revoked, it changes back', async () => {
    // Not yet covered: the condition asks for a permission, and the card offers to request it.
    const before = await ask(TEACHER, '名列表を学校の外に持ち出したい');
    expect(cardTexts(before)[0]).toContain('条件付きで可');
    const request = action(before, 'permit.request')!;
    const form = (await press(TEACHER, 'permit.request', request.data!)) as Card;
    expect(JSON.stringify(form)).toContain('"confirm_enable_tool_encryption"');
    expect(JSON.stringify(form)).not.toContain('"confirm_blanket_permit"');

    // The principal opens the list and the grant form.
    const list = await ask(PRINCIPAL, '包括的許可');
    expect(cardTexts(list)).toEqual(expect.arrayContaining(['📋 包括的許可（2-2(8)②）', '有効な包括的許可はありません。']));
    const grantForm = (await press(PRINCIPAL, 'standing.open', action(list, 'standing.open')!.data!)) as Card;
    const submit = action(grantForm, 'standing.grant')!;
    expect(JSON.stringify(grantForm)).toContain('"id":"items"');
    expect(JSON.stringify(grantForm)).not.toContain('健康診断票'); // class Ⅰ is not offered

    // Bad input: class Ⅰ forged, an item of class Ⅰ, a period over a year. Nothing is granted.
    const refused = cardTexts(
      await press(PRINCIPAL, 'standing.grant', {
        ...submit.data,
        grantee: 'all',
        classes: 'I',
        items: 'health_exam',
        actions: 'take_out',
        from: jstDay(),
        until: inDays(400),
      }),
    ).join('\n');
    expect(refused).toContain('包括的許可は重要性分類Ⅲの情報にだけ与えられます（2-2(8)②）');
    expect(refused).toContain('「健康診断票」は重要性分類Ⅰのため、包括的許可の対象にできません');
    expect(refused).toContain('期間は1年以内にしてください');
    expect(await h.running.store.db.selectFrom('standing_permissions').select('id').execute()).toEqual([]);

    // A teacher cannot grant with the principal's form.
    expect(
      await press(TEACHER, 'standing.grant', {
        ...submit.data,
        grantee: 'all',
        items: 'all',
        actions: 'take_out',
        from: jstDay(),
        until: inDays(30),
      }),
    ).toContain('学校情報セキュリティ管理者（校長）だけ');

    const granted = (await press(PRINCIPAL, 'standing.grant', {
      ...submit.data,
      grantee: 'all',
      items: 'all',
      actions: 'take_out',
      from: jstDay(),
      until: inDays(30),
      note: '持ち出し用USBは暗号化機能付きのものを使う',
    })) as Card;
    expect(cardTexts(granted)).toEqual(
      expect.arrayContaining([`✅ 包括的許可を与えました: 学校の教職員全員（${inDays(30)}まで）`, '学校の教職員全員']),
    );
    // The same form pressed again grants nothing more.
    await press(PRINCIPAL, 'standing.grant', {
      ...submit.data,
      grantee: 'all',
      items: 'all',
      actions: 'take_out',
      from: jstDay(),
      until: inDays(30),
    });
    expect(await h.running.store.db.selectFrom('standing_permissions').select('id').execute()).toHaveLength(1);

    // Covered: said on the card, no request button, the condition off the checklist.
    const covered = await ask(TEACHER, '名列表を学校の外に持ち出したい');
    const texts = cardTexts(covered);
    expect(texts).toContain(`✅ 包括的許可の範囲内です（${inDays(30)}まで・鈴木 太郎 が許可、2-2(8)②）。申請は不要です。`);
    expect(action(covered, 'permit.request')).toBeUndefined();
    expect(texts.join('\n')).not.toContain('包括的許可の範囲内であること');
    expect(texts).toContain('持ち出しに使う道具に暗号化・パスワード機能があれば有効にする');
    // Class Ⅱ is not covered: still a request.
    expect(action(await ask(TEACHER, '通知表を学校の外に持ち出したい'), 'permit.request')).toBeDefined();

    // The teacher sees what covers them, without the principal's buttons.
    const mine = await ask(TEACHER, '包括的許可');
    expect(cardTexts(mine)).toEqual(
      expect.arrayContaining(['📋 あなたに適用される包括的許可', '持ち出し用USBは暗号化機能付きのものを使う']),
    );
    expect(cardActions(mine)).toEqual([]);

    // Forged revocations: the teacher's, and the principal's on another school's permission.
    const [row] = await h.running.store.db.selectFrom('standing_permissions').selectAll().execute();
    expect(await press(TEACHER, 'standing.revoke', { standingId: row!.id, step: 'confirm' })).toContain('校長）だけ');
    const sato = (await findUser(h.running.store.db, { email: 'yoko.sato@school.example.jp' }))!;
    const elsewhere = await grantStanding(h.running.store.db, {
      policy: 'kumamoto',
      schoolId: sato.school_id!,
      granteeId: null,
      grantedBy: sato.id,
      classes: ['III'],
      items: null,
      actions: ['take_out'],
      startsOn: jstDay(),
      endsOn: inDays(10),
    });
    expect(await press(PRINCIPAL, 'standing.revoke', { standingId: elsewhere.standing.id, step: 'confirm' })).toBe(
      'この包括的許可が見つかりません。',
    );

    // Revoked (asked once more first): the next answer needs a request again.
    const principalList = await ask(PRINCIPAL, '包括的許可');
    const asked = (await press(PRINCIPAL, 'standing.revoke', action(principalList, 'standing.revoke')!.data!)) as Card;
    expect(cardTexts(asked).join('\n')).toContain('この包括的許可を取り消しますか？');
    expect(
      (await h.running.store.db.selectFrom('standing_permissions').select('status').where('id', '=', row!.id).executeTakeFirst())
        ?.status,
    ).toBe('active');
    const confirm = action(asked, 'standing.revoke', (d) => d.step === 'confirm')!;
    const clicks = await Promise.all([
      press(PRINCIPAL, 'standing.revoke', confirm.data!),
      press(PRINCIPAL, 'standing.revoke', confirm.data!),
    ]);
    expect(clicks.map((c) => cardTexts(c).join('\n')).sort()).toEqual([
      expect.stringContaining('この包括的許可はすでに取り消されています'),
      expect.stringContaining('包括的許可を取り消しました: 全教職員'),
    ]);
    expect(action(await ask(TEACHER, '名列表を学校の外に持ち出したい'), 'permit.request')).toBeDefined();

    const records = await standingRecords(h.running.store.db, jstDay(), jstDay());
    expect(records.find((r) => r.id === row!.id)).toMatchObject({
      grantee: '全教職員',
      status_label: '取り消し',
      revoked_by: '鈴木 太郎',
    });
    const audit = await h.running.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject', '=', `standing:${row!.id}`)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['standing.granted', 'standing.revoked']);
    expect(await verifyAudit(h.running.store.db)).toMatchObject({ ok: true });
  });
});

describe.each(ENGINES)('school PCs, disposals and unclear classes over HTTP on %s', (engine) => {
  let h: Harness;
  const { ask, press, action, drain, sentTo, lastCard } = helpers(() => h);
  beforeAll(async () => {
    h = await harness(engine);
  });
  afterAll(async () => h.close());

  test('「校務用パソコンを持ち出したい」 is a device permit with its asset number, returned like a take-out (3-5⑩, 4-1(1)⑤)', async () => {
    const answer = await ask(TEACHER, '校務用パソコンを持ち出したい');
    const form = (await press(TEACHER, 'permit.request', action(answer, 'permit.request')!.data!)) as Card;
    const shown = JSON.stringify(form);
    for (const id of ['"purpose"', '"destination"', '"returnOn"', '"decl_asset_number"']) expect(shown).toContain(id);
    expect(shown).not.toContain('"confirm_takeout_device_record"');
    expect(cardTexts(form).join('\n')).toContain(
      '「端末の持ち出し・持ち込みを記録する」: この申請と「返却しました」で mamoru が記録します',
    );
    expect(cardTexts(form)).toContain('校務用端末の持ち出し');
    const submit = action(form, 'permit.submit')!;
    const missing = cardTexts(
      await press(TEACHER, 'permit.submit', {
        ...submit.data,
        purpose: '出張先で成績処理',
        destination: '教育センター',
        returnOn: jstDay(),
      }),
    );
    expect(missing.join('\n')).toContain('・「資産番号・管理番号」を入力・確認してください。');
    await press(TEACHER, 'permit.submit', {
      ...submit.data,
      purpose: '出張先で成績処理',
      destination: '教育センター',
      returnOn: jstDay(),
      decl_asset_number: 'PC-2024-031',
    });
    const permit = await h.running.store.db
      .selectFrom('permits')
      .selectAll()
      .where('purpose', '=', '出張先で成績処理')
      .executeTakeFirstOrThrow();
    expect(permit).toMatchObject({ action: 'work_device_out', return_on: jstDay(), closing: 'return' });
    await drain();
    const approval = lastCard(PRINCIPAL);
    const texts = cardTexts(approval);
    expect(texts[texts.indexOf('資産番号・管理番号') + 1]).toBe('PC-2024-031');
    await press(PRINCIPAL, 'permit.approve', action(approval, 'permit.approve')!.data!);
    await drain();
    const notice = lastCard(TEACHER);
    const returned = cardTexts(await press(TEACHER, 'permit.return', action(notice, 'permit.return')!.data!));
    expect(returned.some((t) => t.startsWith('📦 返却済み'))).toBe(true);
    const [record] = (await permitRecords(h.running.store.db, jstDay(), jstDay())).filter((r) => r.id === permit.id);
    expect(record).toMatchObject({
      action: 'work_device_out',
      action_label: '校務用端末の持ち出し',
      status: 'returned',
      declarations: '資産番号・管理番号: PC-2024-031',
    });
  });

  test('a disposal: requested, approved, then closed with its record and a staff witness; bad or forged records change nothing', async () => {
    const answer = await ask(TEACHER, '通知表を廃棄したい');
    const form = (await press(TEACHER, 'permit.request', action(answer, 'permit.request')!.data!)) as Card;
    // The witness and the record are made when it is done, not confirmed before.
    expect(JSON.stringify(form)).not.toContain('"confirm_staff_present"');
    expect(cardTexts(form).join('\n')).toContain('「廃棄を記録する」で日時・担当者・方法・立会者を記録します');
    await press(TEACHER, 'permit.submit', { ...action(form, 'permit.submit')!.data, purpose: '保存期間を過ぎた通知表の控え' });
    const permit = await h.running.store.db
      .selectFrom('permits')
      .selectAll()
      .where('purpose', '=', '保存期間を過ぎた通知表の控え')
      .executeTakeFirstOrThrow();
    expect(permit).toMatchObject({ action: 'dispose', closing: 'disposal', return_on: null });
    await drain();
    await press(PRINCIPAL, 'permit.approve', { permitId: permit.id });
    await drain();
    const notice = lastCard(TEACHER);
    expect(action(notice, 'permit.return')).toBeUndefined();
    const open = action(notice, 'permit.dispose')!;
    expect(await press(PRINCIPAL, 'permit.dispose', open.data!)).toBe('この操作は申請者本人だけができます。');

    const record = (await press(TEACHER, 'permit.dispose', open.data!)) as Card;
    const inputs = JSON.stringify(record);
    for (const id of ['"disposedOn"', '"performedBy"', '"method"', '"items"', '"witness"', '"contractor"', '"certificateDue"'])
      expect(inputs).toContain(id);
    const teacher = (await findUser(h.running.store.db, { email: 'hanako.yamada@school.example.jp' }))!;
    const vice = (await findUser(h.running.store.db, { email: 'jiro.tanaka@school.example.jp' }))!;
    const done = action(record, 'permit.disposed')!;
    const bad = cardTexts(
      await press(TEACHER, 'permit.disposed', {
        ...done.data,
        disposedOn: inDays(3),
        performedBy: '山田 花子',
        method: 'burn',
        items: '通知表 3年2組',
        witness: teacher.id,
        contractor: '',
      }),
    ).join('\n');
    expect(bad).toContain('・廃棄した日を');
    expect(bad).toContain('・方法を選んでください。');
    expect(bad).toContain('・立会者には、廃棄した本人以外の教職員を選んでください');
    const contractorWithoutDate = cardTexts(
      await press(TEACHER, 'permit.disposed', {
        ...done.data,
        disposedOn: jstDay(),
        performedBy: '業者',
        method: 'pulp',
        items: '通知表',
        witness: teacher.id,
        contractor: '株式会社クリーン',
      }),
    ).join('\n');
    expect(contractorWithoutDate).toContain('完了証明書の提出期限を');
    expect((await h.running.store.db.selectFrom('disposal_records').select('permit_id').execute()).length).toBe(0);

    const closed = cardTexts(
      await press(TEACHER, 'permit.disposed', {
        ...done.data,
        disposedOn: jstDay(),
        performedBy: '山田 花子',
        method: 'shred',
        items: '通知表の控え 3年2組 35名分',
        witness: vice.id,
      }),
    );
    expect(closed).toEqual(
      expect.arrayContaining(['🗑️ 廃棄済み', '細断（シュレッダー）', '田中 次郎', '通知表の控え 3年2組 35名分']),
    );
    const [row] = (await permitRecords(h.running.store.db, jstDay(), jstDay())).filter((r) => r.id === permit.id);
    expect(row).toMatchObject({
      status: 'disposed',
      disposed_on: jstDay(),
      disposal_method: '細断（シュレッダー）',
      disposed_by: '山田 花子',
      disposal_witness: '田中 次郎',
      contractor: null,
    });
    const events = await h.running.store.db
      .selectFrom('permit_events')
      .select('type')
      .where('permit_id', '=', permit.id)
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['requested', 'approved', 'disposed']);
    expect(await verifyAudit(h.running.store.db)).toMatchObject({ ok: true });
  });

  test('unclear class (2-2(4)③): 「校長に確認する」 → the principal decides → the answer goes back; kept for the board', async () => {
    const unknown = await ask(TEACHER, '会議のメモを学校の外に持ち出したい');
    const askButton = action(unknown, 'class.ask')!;
    expect(askButton.title).toBe('校長に確認する');
    expect(await press(PRINCIPAL, 'class.ask', askButton.data!)).toContain('ほかの方への回答');
    const form = (await press(TEACHER, 'class.ask', askButton.data!)) as Card;
    const empty = cardTexts(await press(TEACHER, 'class.submit', { ...action(form, 'class.submit')!.data, description: ' ' }));
    expect(empty).toContain('・どんな情報かを入力してください（200文字以内）。');
    const sent = cardTexts(
      await press(TEACHER, 'class.submit', {
        ...action(form, 'class.submit')!.data,
        description: 'PTA役員の連絡網（<b>保護者の電話番号</b>）',
      }),
    );
    expect(sent[0]).toBe('📨 校長に確認を依頼しました。判断が出たらお知らせします。');
    await drain();
    const question = lastCard(PRINCIPAL);
    expect(cardTexts(question)).toContain('PTA役員の連絡網（<b>保護者の電話番号</b>）');
    const decideIII = action(question, 'class.decide', (d) => d.class === 'III')!;
    expect(cardActions(question).map((a) => a.title)).toEqual(['重要性分類Ⅰ', '重要性分類Ⅱ', '重要性分類Ⅲ', '重要性分類Ⅳ']);
    expect(await press(TEACHER, 'class.decide', decideIII.data!)).toContain('校長）だけ');
    const decided = cardTexts(await press(PRINCIPAL, 'class.decide', { ...decideIII.data, comment: '連絡網は分類Ⅲで扱う' }));
    expect(decided.some((t) => t.startsWith('✅ 重要性分類Ⅲ: 鈴木 太郎'))).toBe(true);
    // A second decision changes nothing.
    await press(PRINCIPAL, 'class.decide', { ...decideIII.data, class: 'I' });
    await drain();
    const back = lastCard(TEACHER);
    const texts = cardTexts(back);
    expect(texts).toContain('📌 鈴木 太郎さんが「重要性分類Ⅲ」と判断しました（2-2(4)③）。コメント: 連絡網は分類Ⅲで扱う');
    expect(texts[0]).toContain('条件付きで可');
    // The answer is the teacher's own: its buttons work for them (the request a class Ⅲ take-out needs).
    const form2 = (await press(TEACHER, 'permit.request', action(back, 'permit.request')!.data!)) as Card;
    expect(cardTexts(form2)[0]).toBe('📝 許可の申請');
    const [kept] = await classRecords(h.running.store.db, jstDay(), jstDay());
    expect(kept).toMatchObject({
      description: 'PTA役員の連絡網（<b>保護者の電話番号</b>）',
      class: 'III',
      decided_by: '鈴木 太郎',
      comment: '連絡網は分類Ⅲで扱う',
    });
    expect(sentTo(PRINCIPAL).length).toBeGreaterThan(0);
  });
});

describe.each(ENGINES)('staff who leave (4-1(5)) over HTTP on %s', (engine) => {
  let h: Harness;
  const { ask, press, action, drain, lastCard } = helpers(() => h);
  beforeAll(async () => {
    h = await harness(engine);
  });
  afterAll(async () => h.close());

  test('the principal is told in Teams what is still open; the waiting request is cancelled with a message; nothing is deleted', async () => {
    const out = await ask(TEACHER, '校務用パソコンを持ち出したい');
    const outForm = (await press(TEACHER, 'permit.request', action(out, 'permit.request')!.data!)) as Card;
    await press(TEACHER, 'permit.submit', {
      ...action(outForm, 'permit.submit')!.data,
      purpose: '年度末の持ち帰り',
      destination: '自宅',
      returnOn: inDays(7),
      decl_asset_number: 'PC-2019-007',
    });
    await drain();
    await press(PRINCIPAL, 'permit.approve', action(lastCard(PRINCIPAL), 'permit.approve')!.data!);
    const waiting = await ask(TEACHER, '成績一覧を複製してもいいですか');
    const waitingForm = (await press(TEACHER, 'permit.request', action(waiting, 'permit.request')!.data!)) as Card;
    await press(TEACHER, 'permit.submit', {
      ...action(waitingForm, 'permit.submit')!.data,
      purpose: '離任前の複製',
      confirm_needed_copies_only: 'true',
    });
    await drain();

    const withoutTeacher = ROSTER.split('\n')
      .filter((l) => !l.startsWith('hanako.yamada'))
      .join('\n');
    await importRoster(h.running.store.db, withoutTeacher, 'test', { removals: 'apply' });
    await drain();
    const told = cardTexts(lastCard(PRINCIPAL));
    expect(told[0]).toBe('👋 山田 花子さんが名簿から外れました（4-1(5)）');
    expect(told).toContain(
      `・校務用端末の持ち出し（返却予定日 ${inDays(7)}）［資産番号・管理番号: PC-2019-007］: 年度末の持ち帰り`,
    );
    expect(told).toEqual(
      expect.arrayContaining([
        '持ち出したまま返却されていないもの',
        '取り消した申請',
        '承認待ちだった申請 1 件を取り消しました（本人に通知済み）。',
      ]),
    );
    const cancelled = cardTexts(lastCard(TEACHER));
    expect(cancelled.join('\n')).toContain('名簿から外れた（離任・退職・異動）ため、mamoru が取り消しました。');
    // Gone from the roster: no more requests in her name; her records stay.
    const again = await ask(TEACHER, '通知表を学校の外に持ち出したい');
    expect(await press(TEACHER, 'permit.request', action(again, 'permit.request')!.data!)).toContain(
      '名簿にあなたが見つからない',
    );
    const records = await permitRecords(h.running.store.db, jstDay(), jstDay());
    expect(
      records
        .filter((r) => r.requester === '山田 花子')
        .map((r) => r.status_label)
        .sort(),
    ).toEqual(['取り消し', '承認']);
    expect(await verifyAudit(h.running.store.db)).toMatchObject({ ok: true });
  });
});

describe.each(ENGINES)('requests nobody decides, over HTTP with a clock the test sets, on %s', (engine) => {
  let h: Harness;
  const { ask, press, action, drain, lastCard, sentTo } = helpers(() => h);
  beforeAll(async () => {
    h = await harness(engine);
  });
  afterAll(async () => h.close());

  const file = async (question: string, inputs: Record<string, unknown>) => {
    const answer = await ask(TEACHER, question);
    const form = (await press(TEACHER, 'permit.request', action(answer, 'permit.request')!.data!)) as Card;
    await press(TEACHER, 'permit.submit', { ...action(form, 'permit.submit')!.data, ...inputs });
    await drain();
    return h.running.store.db
      .selectFrom('permits')
      .selectAll()
      .where('purpose', '=', inputs.purpose as string)
      .executeTakeFirstOrThrow();
  };

  test('reminded after a day, forwarded to 教頭 after three, who decides; the teacher sees where it is', async () => {
    const permit = await file('成績一覧を複製してもいいですか', {
      purpose: '学年会で配布（誰も決めない）',
      confirm_needed_copies_only: 'true',
    });
    const created = Date.parse(permit.created_at);
    await queueDueReminders(h.running.store.db, new Date(created + 25 * HOUR));
    await drain();
    const reminder = lastCard(PRINCIPAL);
    expect(cardTexts(reminder)[0]).toBe('⏰ 承認を待っている申請があります');
    expect(action(reminder, 'permit.approve')).toBeDefined();

    await queueDueReminders(h.running.store.db, new Date(created + 73 * HOUR));
    await drain();
    const forwarded = lastCard(VICE);
    expect(cardTexts(forwarded)[0]).toBe('📝 許可の申請');
    const told = cardTexts(lastCard(TEACHER));
    expect(told[0]).toBe('⏩ 申請を次の承認者に回しました');
    expect(
      told.some((t) =>
        t.startsWith('⏩ 決まらなかったため 学校情報セキュリティ担当者（教頭及び校務分掌された教職員）（田中 次郎）に回しました'),
      ),
    ).toBe(true);
    const mine = cardTexts(await ask(TEACHER, '自分の申請')).join('\n');
    expect(mine).toContain('田中 次郎');

    // The 教頭 decides; the principal's cards (the first and the reminder) lose their buttons.
    const decided = cardTexts(await press(VICE, 'permit.approve', action(forwarded, 'permit.approve')!.data!));
    expect(decided.some((t) => t.startsWith('✅ 承認: 田中 次郎'))).toBe(true);
    await drain();
    expect(cardTexts(lastCard(TEACHER))[0]).toBe('✅ 申請が承認されました');
    const updates = sentTo(PRINCIPAL).filter((s) => s.method === 'PUT');
    expect(updates.length).toBeGreaterThanOrEqual(2);
    for (const u of updates.slice(-2)) expect(action(cardOf(u), 'permit.approve')).toBeUndefined();
    expect((await permitRecords(h.running.store.db, jstDay(), jstDay())).find((r) => r.id === permit.id)).toMatchObject({
      forwarded_to: '学校情報セキュリティ担当者',
      decided_by: '田中 次郎',
    });
  });

  test('a request whose return date passed undecided is closed as expired, with a message; the approver’s card loses its buttons', async () => {
    const permit = await file('教務手帳を持ち出したい', {
      purpose: '研修（期限切れ）',
      destination: '教育センター',
      returnOn: jstDay(),
      confirm_encrypt_or_password: 'true',
    });
    h.connector.clear();
    await queueDueReminders(h.running.store.db, new Date(Date.parse(`${jstDay()}T00:00:00+09:00`) + 24 * HOUR));
    await drain();
    expect(
      (await h.running.store.db.selectFrom('permits').select('status').where('id', '=', permit.id).executeTakeFirst())?.status,
    ).toBe('expired');
    const notice = cardTexts(lastCard(TEACHER));
    expect(notice[0]).toBe('⌛ 申請は期限切れになりました');
    expect(notice.join('\n')).toContain(`${jstDay()} までに承認・却下されなかったため、期限切れとして閉じました。`);
    const update = sentTo(PRINCIPAL).find((s) => s.method === 'PUT');
    expect(cardTexts(cardOf(update)).some((t) => t.startsWith('⌛ 期限切れ'))).toBe(true);
    expect(action(cardOf(update), 'permit.approve')).toBeUndefined();
    // A click on an old card sees the current state.
    const late = cardTexts(await press(PRINCIPAL, 'permit.approve', { permitId: permit.id }));
    expect(late.some((t) => t.startsWith('⌛ 期限切れ'))).toBe(true);
  });
});
