import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addDelegation,
  approversFor,
  cancelPermit,
  createPermit,
  decidePermit,
  findUser,
  importRoster,
  markReturned,
  type NewPermit,
  outbox,
  parseRoster,
  queueDueReminders,
  RosterError,
  type Store,
  verifyAudit,
} from '../../store/index.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');

describe.each(ENGINES)('store on %s', (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
    await importRoster(store.db, ROSTER, 'test');
  });
  afterAll(async () => cleanup());

  const teacher = () => findUser(store.db, { aadObjectId: '6B1D2C1E-0C7A-4B55-9F5E-2D1A7C3E4F01' });
  const principal = () => findUser(store.db, { email: 'Taro.Suzuki@school.example.jp' });
  const newPermit = async (over: Partial<NewPermit> = {}): Promise<NewPermit> => {
    const t = (await teacher())!;
    return {
      kind: 'permit',
      policy: 'kumamoto',
      schoolId: t.school_id,
      requesterId: t.id,
      approverRole: 'principal',
      action: 'take_out',
      class: 'II',
      assetId: 'report_card',
      assetName: '通知表',
      decision: 'permit_required',
      purpose: '家庭訪問で保護者に説明するため',
      returnOn: '2026-12-01',
      details: { confirmations: ['encrypt_or_password'] },
      ...over,
    };
  };

  test('a welcome is claimed once a conversation, even by two announcements at once; removal forgets it', async () => {
    const chat = { channel: 'teams' as const, conversationId: 'a:welcome-race' };
    const claims = await Promise.all([store.bot.claimWelcome(chat), store.bot.claimWelcome(chat)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.bot.claimWelcome(chat)).toBe(false);
    expect(await store.bot.claimWelcome({ ...chat, channel: 'google_chat' })).toBe(true);
    await store.bot.forgetWelcome(chat);
    expect(await store.bot.claimWelcome(chat)).toBe(true);
  });

  test('roster: users matched by Entra object id, then by e-mail; schools created', async () => {
    expect(await teacher()).toMatchObject({ name: '山田 花子', role: 'teacher' });
    expect(await principal()).toMatchObject({ name: '鈴木 太郎', role: 'principal' });
    const schools = await store.db.selectFrom('schools').select('name').orderBy('name').execute();
    expect(schools.map((s) => s.name)).toEqual(['熊本市立第一中学校', '熊本市立第二小学校']);
  });

  test('roster: bad rows are reported with their line numbers and nothing is imported', async () => {
    const bad = `${ROSTER}new.one@school.example.jp,新 一,熊本市立第一中学校,janitor,,\nnot-an-email,名前,熊本市立第一中学校,teacher,,\nhanako.yamada@school.example.jp,重複,熊本市立第一中学校,teacher,,\n`;
    const before = await store.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const error = await importRoster(store.db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterError);
    const lines = (error as RosterError).issues.map((i) => i.line);
    expect(lines).toEqual([7, 8, 9]);
    expect((error as RosterError).issues[0]?.message).toMatch(/role must be one of/);
    const after = await store.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(after?.n)).toBe(Number(before?.n));
  });

  test('a principal’s delegate decides too, only within the dates', async () => {
    const p = (await principal())!;
    const delegate = (await findUser(store.db, { email: 'jiro.tanaka@school.example.jp' }))!;
    await addDelegation(store.db, { principalId: p.id, delegateId: delegate.id, startsOn: '2026-11-20', endsOn: '2026-11-30' });
    const during = await approversFor(store.db, 'principal', p.school_id, new Date('2026-11-25T03:00:00Z'));
    const after = await approversFor(store.db, 'principal', p.school_id, new Date('2026-12-05T03:00:00Z'));
    expect(during.map((u) => u.name).sort()).toEqual(['田中 次郎', '鈴木 太郎'].sort());
    expect(after.map((u) => u.name)).toEqual(['鈴木 太郎']);
  });

  test('two approvers click at once: exactly one decision, one notification', async () => {
    const p = (await principal())!;
    const permit = await createPermit(store.db, await newPermit(), [p]);
    const results = await Promise.all([
      decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true }),
      decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: false, comment: '不可' }),
      decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true }),
    ]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    const final = results.find((r) => r.changed)!.permit!;
    for (const r of results) expect(r.permit?.status).toBe(final.status);
    const decisions = await store.db
      .selectFrom('outbox')
      .selectAll()
      .where('permit_id', '=', permit.id)
      .where('kind', '=', 'decision')
      .execute();
    expect(decisions).toHaveLength(1);
    const events = await store.db.selectFrom('permit_events').select('type').where('permit_id', '=', permit.id).execute();
    expect(events.map((e) => e.type).sort()).toEqual(['requested', final.status].sort());
  });

  test('approved take-outs get return and overdue reminders that fire once, even twice asked', async () => {
    const p = (await principal())!;
    const permit = await createPermit(store.db, await newPermit({ returnOn: '2027-03-10' }), [p]);
    await decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true });
    const reminders = () =>
      store.db
        .selectFrom('outbox')
        .select(['kind', 'recipient_id'])
        .where('permit_id', '=', permit.id)
        .where('kind', 'like', 'reminder%')
        .execute();
    await queueDueReminders(store.db, new Date('2027-03-09T22:00:00Z'));
    expect(await reminders()).toEqual([]);
    // 08:00 JST on the return date, asked by two processes at once: one reminder.
    await Promise.all([
      queueDueReminders(store.db, new Date('2027-03-09T23:00:00Z')),
      queueDueReminders(store.db, new Date('2027-03-09T23:00:00Z')),
    ]);
    expect(await reminders()).toEqual([{ kind: 'reminder_return', recipient_id: permit.requester_id }]);
    // The next morning it is overdue: the principal is told, and the teacher again.
    await queueDueReminders(store.db, new Date('2027-03-10T23:00:00Z'));
    expect((await reminders()).map((r) => r.kind).sort()).toEqual(['reminder_overdue', 'reminder_return', 'reminder_return']);
    expect(await reminders()).toContainEqual({ kind: 'reminder_overdue', recipient_id: p.id });
  });

  test('「返却しました」 stops the reminders', async () => {
    const p = (await principal())!;
    const permit = await createPermit(store.db, await newPermit({ returnOn: '2027-04-10' }), [p]);
    await decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true });
    expect((await markReturned(store.db, { permitId: permit.id, actorId: permit.requester_id })).changed).toBe(true);
    await queueDueReminders(store.db, new Date('2027-05-01T00:00:00Z'));
    const sent = await store.db
      .selectFrom('outbox')
      .select('kind')
      .where('permit_id', '=', permit.id)
      .where('kind', 'like', 'reminder%')
      .execute();
    expect(sent).toEqual([]);
  });

  test('a requester cancels a pending request; nobody else can', async () => {
    const p = (await principal())!;
    const permit = await createPermit(store.db, await newPermit(), [p]);
    expect((await cancelPermit(store.db, { permitId: permit.id, actorId: p.id })).changed).toBe(false);
    expect((await cancelPermit(store.db, { permitId: permit.id, actorId: permit.requester_id })).changed).toBe(true);
    expect((await decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true })).changed).toBe(false);
  });

  test('the outbox: claimed once; taken back only when the claim has run out; a lost claim marks nothing', async () => {
    const pending = await outbox.pendingMessages(store.db, 500);
    const first = pending[0]!;
    const t0 = new Date();
    const claims = await Promise.all([
      outbox.claim(store.db, first, 'instance-a', 60_000, t0),
      outbox.claim(store.db, first, 'instance-b', 60_000, t0),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const held = claims.find(Boolean)!;
    // Another process starting up or ticking while the sender is alive leaves the message alone.
    expect(await outbox.requeueExpired(store.db, new Date(t0.getTime() + 59_000))).toEqual({ requeued: 0, failed: 0 });
    expect((await outbox.pendingMessages(store.db, 500)).map((m) => m.id)).not.toContain(first.id);
    // The sender died: past its lease, the message is queued again and claimed anew.
    expect((await outbox.requeueExpired(store.db, new Date(t0.getTime() + 61_000))).requeued).toBeGreaterThanOrEqual(1);
    const again = (await outbox.pendingMessages(store.db, 500)).find((m) => m.id === first.id)!;
    const second = (await outbox.claim(store.db, again, 'instance-b', 60_000))!;
    expect(second).toEqual({ id: first.id, owner: 'instance-b', attempt: held.attempt + 1 });
    // The first sender, back from the dead, can neither mark it sent nor failed.
    expect(await outbox.markSent(store.db, held, { channel: 'teams', conversationId: 'a:x' })).toBe(false);
    expect(await outbox.markFailed(store.db, held, 'late')).toBe(false);
    expect(await outbox.markSent(store.db, second, { channel: 'teams', conversationId: 'a:x' })).toBe(true);
    const row = await store.db.selectFrom('outbox').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', claimed_by: 'instance-b', lease_until: null });
  });

  test('the outbox: a message whose senders keep dying is given up after MAX_ATTEMPTS', async () => {
    const [row] = await outbox.pendingMessages(store.db, 1);
    let message = row!;
    const t0 = Date.now();
    for (let round = 0; message.status === 'pending' && round < 10; round++) {
      expect(await outbox.claim(store.db, message, 'doomed', 1000, new Date(t0))).toBeDefined();
      await outbox.requeueExpired(store.db, new Date(t0 + 2000));
      message = await store.db.selectFrom('outbox').selectAll().where('id', '=', message.id).executeTakeFirstOrThrow();
    }
    expect(message).toMatchObject({ status: 'failed', attempts: outbox.MAX_ATTEMPTS });
  });

  test('conversation references: stored on the first message, not rewritten for each one after, rewritten when they change', async () => {
    const ref = (activityId: string, name = '山田 花子') => ({
      channel: 'teams' as const,
      userId: '29:ref-test',
      conversationId: 'a:ref-test',
      conversationKind: 'personal',
      aadObjectId: 'aad-ref-test',
      name,
      reference: { activityId, conversation: { id: 'a:ref-test' }, serviceUrl: 'https://smba.trafficmanager.net/jp/' },
    });
    const row = () =>
      store.db.selectFrom('conversation_references').selectAll().where('user_id', '=', '29:ref-test').executeTakeFirstOrThrow();
    await store.bot.saveConversationReference(ref('m1'));
    const first = await row();
    await new Promise((r) => setTimeout(r, 5));
    await store.bot.saveConversationReference(ref('m2'));
    expect(await row()).toEqual(first);
    await store.bot.saveConversationReference(ref('m3', '山田 花子（3年2組）'));
    expect(await row()).toMatchObject({ name: '山田 花子（3年2組）' });
    expect((await row()).updated_at > first.updated_at).toBe(true);
  });

  test('the audit chain verifies, and a tampered entry is named', async () => {
    const verdict = await verifyAudit(store.db);
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.entries).toBeGreaterThan(5);
    await store.db.updateTable('audit_log').set({ data: '{"tampered":true}' }).where('seq', '=', 3).execute();
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, problems: [{ kind: 'edited', evidence: 'hash', seq: 3 }] });
  });
});

test('parseRoster: the header must be the contract’s', () => {
  expect(() => parseRoster('mail,name\nx@y.jp,a\n')).toThrow(
    /header must be exactly: email,name,school,role,teams_aad_object_id,google_user_id/,
  );
});
