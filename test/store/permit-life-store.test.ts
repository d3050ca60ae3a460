import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addDelegation,
  askClass,
  classRecords,
  createPermit,
  decideClass,
  decidePermit,
  decidersOf,
  findUser,
  getPermit,
  grantStanding,
  importRoster,
  type NewPermit,
  permitRecords,
  queueDueReminders,
  RemovalsNeedConfirmation,
  receiveCertificate,
  recordDisposal,
  revokeStanding,
  type Store,
  standingCovering,
  standingRecords,
  verifyAudit,
} from '../../store/index.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');
const HOUR = 3_600_000;

/** Two `node` processes ticking the reminders at the same clock, on the same store. */
function twoProcesses(env: Record<string, string>, at: Date): Promise<string[]> {
  const one = () =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [new URL('../helpers/fire-reminders.mjs', import.meta.url).pathname, at.toISOString()],
        {
          env: { ...process.env, MAMORU_LOG_LEVEL: 'silent', ...env },
        },
      );
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
      });
      child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`exit ${code}: ${err}`))));
    });
  return Promise.all([one(), one()]);
}

describe.each(ENGINES)('the rest of a permit’s life, in the store on %s', (engine) => {
  let store: Store;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshStore(engine);
    store = fresh.store;
    cleanup = fresh.cleanup;
    env = fresh.dataDir ? { MAMORU_DATA_DIR: fresh.dataDir, DATABASE_URL: '' } : { DATABASE_URL: fresh.url! };
    await importRoster(store.db, ROSTER, 'test');
  });
  afterAll(async () => cleanup());

  const user = async (email: string) => (await findUser(store.db, { email }))!;
  const teacher = () => user('hanako.yamada@school.example.jp');
  const principal = () => user('taro.suzuki@school.example.jp');
  const request = async (over: Partial<NewPermit> = {}): Promise<NewPermit> => {
    const t = await teacher();
    return {
      kind: 'permit',
      policy: 'kumamoto',
      schoolId: t.school_id,
      requesterId: t.id,
      approverRole: 'principal',
      action: 'copy',
      class: 'II',
      assetId: 'grade_list',
      assetName: '成績一覧表',
      decision: 'permit_required',
      purpose: '学年会で配布',
      details: { language: 'ja', confirmations: [], declarations: [] },
      ...over,
    };
  };
  const outboxOf = (permitId: string) =>
    store.db
      .selectFrom('outbox')
      .select(['kind', 'recipient_id'])
      .where('permit_id', '=', permitId)
      .orderBy('created_at')
      .execute();

  test('a request nobody decides: reminded after the pack’s hours, then forwarded to 教頭 (security_staff), each once across two processes', async () => {
    const t0 = new Date('2031-05-12T00:00:00Z');
    const p = await principal();
    const vice = await user('jiro.tanaka@school.example.jp');
    const permit = await createPermit(store.db, await request(), [p], t0);
    const kinds = async () => (await outboxOf(permit.id)).map((r) => r.kind);

    expect(await twoProcesses(env, new Date(t0.getTime() + 23 * HOUR))).toEqual(['0', '0']);
    expect(await kinds()).toEqual(['approval']);
    // 24 hours (pack.yaml requests.remind_after_hours): the principal is reminded, once.
    const fired = await twoProcesses(env, new Date(t0.getTime() + 25 * HOUR));
    expect(fired.map(Number).reduce((a, b) => a + b)).toBe(1);
    expect(await outboxOf(permit.id)).toContainEqual({ kind: 'reminder_pending', recipient_id: p.id });
    expect((await kinds()).filter((k) => k === 'reminder_pending')).toHaveLength(1);

    // 72 hours: no delegate, so it goes to the role the pack names (学校情報セキュリティ担当者 = 教頭).
    expect(await decidersOf(store.db, permit, t0)).toEqual([expect.objectContaining({ id: p.id })]);
    await twoProcesses(env, new Date(t0.getTime() + 73 * HOUR));
    const after = (await getPermit(store.db, permit.id))!;
    expect(after).toMatchObject({ status: 'pending', forwarded_to: 'security_staff' });
    expect(await outboxOf(permit.id)).toEqual(
      expect.arrayContaining([
        { kind: 'approval', recipient_id: vice.id },
        { kind: 'forwarded', recipient_id: permit.requester_id },
      ]),
    );
    expect((await kinds()).filter((k) => k === 'forwarded')).toHaveLength(1);
    expect((await decidersOf(store.db, after)).map((u) => u.id).sort()).toEqual([p.id, vice.id].sort());
    // The 教頭 decides it.
    expect(
      (await decidePermit(store.db, { permitId: permit.id, actorId: vice.id, approve: true }, new Date(t0.getTime() + 74 * HOUR)))
        .changed,
    ).toBe(true);
    const events = await store.db
      .selectFrom('permit_events')
      .select('type')
      .where('permit_id', '=', permit.id)
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['requested', 'forwarded', 'approved']);
  });

  test('forwarded to the principal’s delegate first, when there is one', async () => {
    const t0 = new Date('2031-06-02T00:00:00Z');
    const p = await principal();
    const ciso = await user('kenji.ito@board.example.jp');
    const permit = await createPermit(store.db, await request(), [p], t0);
    await addDelegation(store.db, { principalId: p.id, delegateId: ciso.id, startsOn: '2031-06-04', endsOn: '2031-06-06' });
    await queueDueReminders(store.db, new Date(t0.getTime() + 73 * HOUR));
    expect(await getPermit(store.db, permit.id)).toMatchObject({ forwarded_to: null, forwarded_at: expect.any(String) });
    expect(await outboxOf(permit.id)).toContainEqual({ kind: 'approval', recipient_id: ciso.id });
  });

  test('a request whose date passed undecided is closed as expired, once; a late decision changes nothing', async () => {
    const t0 = new Date('2031-07-01T00:00:00Z');
    const p = await principal();
    const permit = await createPermit(
      store.db,
      await request({ action: 'take_out', returnOn: '2031-07-02', destination: '研修会場' }),
      [p],
      t0,
    );
    await queueDueReminders(store.db, new Date('2031-07-01T14:59:00Z'));
    expect((await getPermit(store.db, permit.id))?.status).toBe('pending');
    // The first instant of 2031-07-03 in Japan; two processes, one expiry.
    await twoProcesses(env, new Date('2031-07-02T15:00:00Z'));
    expect(await getPermit(store.db, permit.id)).toMatchObject({ status: 'expired' });
    expect((await outboxOf(permit.id)).filter((r) => r.kind === 'expired')).toEqual([
      { kind: 'expired', recipient_id: permit.requester_id },
    ]);
    expect((await decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true })).changed).toBe(false);
    const [record] = (await permitRecords(store.db, '2031-07-01', '2031-07-01')).filter((r) => r.id === permit.id);
    expect(record).toMatchObject({ status: 'expired', status_label: '期限切れ' });
  });

  test('a disposal is closed by its record (witness, method), once; a contractor’s certificate not received is reminded, then received', async () => {
    const t0 = new Date('2031-08-03T00:00:00Z');
    const p = await principal();
    const t = await teacher();
    const witness = await user('jiro.tanaka@school.example.jp');
    const permit = await createPermit(
      store.db,
      await request({ action: 'dispose', assetId: 'report_card', assetName: '通知表', closing: 'disposal' }),
      [p],
      t0,
    );
    const record = {
      permitId: permit.id,
      actorId: t.id,
      disposedOn: '2031-08-04',
      performedBy: '株式会社クリーン 佐々木',
      method: 'pulp',
      items: '通知表（令和12年度卒業生分）',
      witnessId: witness.id,
      contractor: '株式会社クリーン',
      certificateDue: '2031-08-18',
    };
    // Not before it is approved, and never by someone else.
    expect((await recordDisposal(store.db, record)).changed).toBe(false);
    await decidePermit(store.db, { permitId: permit.id, actorId: p.id, approve: true }, t0);
    expect((await recordDisposal(store.db, { ...record, actorId: p.id })).changed).toBe(false);
    const results = await Promise.all([recordDisposal(store.db, record), recordDisposal(store.db, record)]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect((await getPermit(store.db, permit.id))?.status).toBe('disposed');

    await queueDueReminders(store.db, new Date('2031-08-18T12:00:00Z'));
    expect((await outboxOf(permit.id)).filter((r) => r.kind === 'certificate_due')).toEqual([]);
    await twoProcesses(env, new Date('2031-08-19T00:00:00Z'));
    const due = (await outboxOf(permit.id)).filter((r) => r.kind === 'certificate_due').map((r) => r.recipient_id);
    expect(due.sort()).toEqual([t.id, p.id].sort());
    expect((await receiveCertificate(store.db, { permitId: permit.id, actorId: p.id })).changed).toBe(true);
    expect((await receiveCertificate(store.db, { permitId: permit.id, actorId: t.id })).changed).toBe(false);

    const [row] = (await permitRecords(store.db, '2031-08-03', '2031-08-03')).filter((r) => r.id === permit.id);
    expect(row).toMatchObject({
      status: 'disposed',
      status_label: '廃棄済み',
      disposed_on: '2031-08-04',
      disposal_method: '溶解',
      disposed_by: '株式会社クリーン 佐々木',
      disposal_witness: '田中 次郎',
      disposal_items: '通知表（令和12年度卒業生分）',
      contractor: '株式会社クリーン',
      certificate_due: '2031-08-18',
      certificate_received_at: expect.stringMatching(/\+09:00$/),
    });
  });

  test('standing permissions: who and what they cover, granted once per form, revoked once however many click', async () => {
    const p = await principal();
    const t = await teacher();
    const grant = (over: Partial<Parameters<typeof grantStanding>[1]> = {}) =>
      grantStanding(store.db, {
        policy: 'kumamoto',
        schoolId: p.school_id!,
        granteeId: null,
        grantedBy: p.id,
        classes: ['III'],
        items: null,
        actions: ['take_out'],
        startsOn: '2031-04-01',
        endsOn: '2032-03-31',
        ...over,
      });
    const covering = (over: Partial<Parameters<typeof standingCovering>[1]> = {}) =>
      standingCovering(store.db, {
        policy: 'kumamoto',
        schoolId: t.school_id!,
        userId: t.id,
        cls: 'III',
        assetId: 'class_list',
        action: 'take_out',
        day: '2031-09-01',
        ...over,
      });
    const form = '4b1f0c6e-5e0a-4f3c-9a55-0e6f5c1d2a77';
    const both = await Promise.all([grant({ formId: form }), grant({ formId: form })]);
    expect(both.filter((g) => g.created)).toHaveLength(1);
    expect(both[0]!.standing.id).toBe(both[1]!.standing.id);
    const id = both[0]!.standing.id;

    expect(await covering()).toMatchObject({ id });
    expect(await covering({ day: '2032-04-01' })).toBeUndefined();
    expect(await covering({ cls: 'II', assetId: 'report_card' })).toBeUndefined();
    expect(await covering({ action: 'email_external' })).toBeUndefined();
    const other = await findUser(store.db, { email: 'yoko.sato@school.example.jp' });
    expect(await covering({ schoolId: other!.school_id!, userId: other!.id })).toBeUndefined();

    const revokes = await Promise.all([1, 2, 3].map(() => revokeStanding(store.db, { id, actorId: p.id })));
    expect(revokes.filter((r) => r.changed)).toHaveLength(1);
    expect(await covering()).toBeUndefined();
    const audit = await store.db.selectFrom('audit_log').select('action').where('subject', '=', `standing:${id}`).execute();
    expect(audit.map((a) => a.action)).toEqual(['standing.granted', 'standing.revoked']);

    // One teacher, one item: nobody else, nothing else.
    const { standing } = await grant({ granteeId: t.id, items: ['teaching_materials'] });
    expect(await covering({ assetId: 'teaching_materials' })).toMatchObject({ id: standing.id });
    expect(await covering({ assetId: 'class_list' })).toBeUndefined();
    const colleague = await user('jiro.tanaka@school.example.jp');
    expect(await covering({ userId: colleague.id, assetId: 'teaching_materials' })).toBeUndefined();
    const records = await standingRecords(store.db, '2000-01-01', '2099-12-31');
    expect(records.map((r) => [r.grantee, r.items, r.status_label])).toEqual([
      ['全教職員', '（この分類のすべて）', '取り消し'],
      ['山田 花子', '授業用教材', '有効'],
    ]);
  });

  test('a class question: the first decision wins and the teacher’s new answer is saved', async () => {
    const p = await principal();
    const t = await teacher();
    await store.bot.saveAnswer({
      id: 'unknown-answer',
      channel: 'teams',
      userId: '29:hanako',
      conversationId: 'a:hanako',
      policy: 'kumamoto',
      language: 'ja',
      decision: 'unknown',
      class: null,
      action: 'take_out',
      assetId: null,
    });
    const q = await askClass(
      store.db,
      {
        policy: 'kumamoto',
        schoolId: t.school_id,
        requesterId: t.id,
        answerId: 'unknown-answer',
        action: 'take_out',
        description: 'PTA役員の連絡網',
      },
      [p],
    );
    const answer = (id: string, cls: string) => ({
      id,
      channel: 'teams',
      user_id: '29:hanako',
      conversation_id: 'a:hanako',
      policy: 'kumamoto',
      language: 'ja',
      decision: cls === 'III' ? 'conditional' : 'permit_required',
      class: cls,
      action: 'take_out',
    });
    const decided = await Promise.all([
      decideClass(store.db, { questionId: q.id, actorId: p.id, cls: 'III', answer: answer('a-3', 'III') }),
      decideClass(store.db, { questionId: q.id, actorId: p.id, cls: 'II', answer: answer('a-2', 'II') }),
    ]);
    expect(decided.filter((d) => d.changed)).toHaveLength(1);
    const winner = decided.find((d) => d.changed)!.question!;
    expect(await store.bot.getAnswer(winner.decided_answer_id!)).toMatchObject({ userId: '29:hanako', class: winner.class });
    const kinds = await store.db.selectFrom('outbox').select('kind').where('payload', 'like', `%${q.id}%`).execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['class_decided', 'class_question']);
    const [row] = await classRecords(store.db, '2000-01-01', '2099-12-31');
    expect(row).toMatchObject({
      description: 'PTA役員の連絡網',
      requester: '山田 花子',
      decided_by: '鈴木 太郎',
      class: winner.class,
    });
  });

  test('staff who leave: reported, then made inactive with their requests cancelled; nobody deleted; every principal needs a confirmation', async () => {
    const t = await teacher();
    const p = await principal();
    const pending = await createPermit(store.db, await request({ purpose: '離任前の申請' }), [p]);
    const out = await createPermit(
      store.db,
      await request({ action: 'take_out', returnOn: '2099-01-01', purpose: '持ち出し中' }),
      [p],
    );
    await decidePermit(store.db, { permitId: out.id, actorId: p.id, approve: true });
    const withoutTeacher = ROSTER.split('\n')
      .filter((l) => !l.startsWith('hanako.yamada'))
      .join('\n');
    const usersBefore = (await store.db.selectFrom('users').select('id').execute()).length;

    const report = await importRoster(store.db, withoutTeacher, 'test', { removals: 'report' });
    expect(report.applied).toBe(false);
    const leaver = report.leavers.find((l) => l.user.id === t.id)!;
    expect(leaver.reason).toBe('not_listed');
    expect(leaver.open.pending.map((x) => x.id)).toContain(pending.id);
    expect(leaver.open.takeOuts.map((x) => x.id)).toContain(out.id);
    expect((await getPermit(store.db, pending.id))?.status).toBe('pending');
    expect(await findUser(store.db, { email: t.email })).toBeDefined();

    const applied = await importRoster(store.db, withoutTeacher, 'test', { removals: 'apply' });
    expect(applied.applied).toBe(true);
    expect(await findUser(store.db, { email: t.email })).toBeUndefined();
    expect((await store.db.selectFrom('users').select('id').execute()).length).toBe(usersBefore);
    expect(await getPermit(store.db, pending.id)).toMatchObject({
      status: 'cancelled',
      decision_comment: expect.stringContaining('名簿から外れた'),
    });
    expect((await getPermit(store.db, out.id))?.status).toBe('approved');
    const told = await store.db
      .selectFrom('outbox')
      .select(['recipient_id', 'payload'])
      .where('kind', '=', 'staff_left')
      .execute();
    expect(told).toEqual([{ recipient_id: p.id, payload: expect.stringContaining(pending.id) }]);
    expect((await permitRecords(store.db, '2000-01-01', '2099-12-31')).some((r) => r.requester === '山田 花子')).toBe(true);

    // Everyone but the board: every principal would go; the count must be confirmed.
    const boardOnly = ROSTER.split('\n')
      .filter((l) => l.startsWith('email,') || l.includes('@board.'))
      .join('\n');
    const refused = await importRoster(store.db, boardOnly, 'test', { removals: 'apply' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RemovalsNeedConfirmation);
    expect(refused).toMatchObject({ principals: 2, leavers: 3 });
    expect(await findUser(store.db, { email: p.email })).toBeDefined();
    const confirmed = await importRoster(store.db, boardOnly, 'test', { removals: 'apply', confirmRemovals: 3 });
    expect(confirmed.applied).toBe(true);
    expect(await findUser(store.db, { email: p.email })).toBeUndefined();
    // Back on the roster: active again.
    await importRoster(store.db, ROSTER, 'test');
    expect(await findUser(store.db, { email: t.email })).toMatchObject({ active: 1, left_at: null });
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true });
  });
});
