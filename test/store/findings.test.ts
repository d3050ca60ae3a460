import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  findUser,
  importRoster,
  judgeFinding,
  type ObservedFile,
  queueFindingNotifications,
  recordVerdict,
  resolveGone,
  resolveUnseen,
  type Store,
  verifyAudit,
} from '../../store/index.js';
import { ENGINES, freshStore, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');
const file = (itemId: string, over: Partial<ObservedFile> = {}): ObservedFile => ({
  source: 'graph',
  driveId: 'drive-hanako',
  itemId,
  name: `${itemId}.xlsx`,
  path: `/Documents/${itemId}.xlsx`,
  ownerEmail: 'hanako.yamada@school.example.jp',
  version: 'v1',
  sharing: 'private',
  ...over,
});
const classI = { class: 'I', confidence: 0.95, reasons: [{ text: '列見出し: 氏名・住所・電話番号 → 住所録 (第2表 Ⅰ)' }] };
const classIII = { class: 'III', confidence: 0.7, reasons: [] };

describe.each(ENGINES)('findings on %s', (engine) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore(engine));
    await importRoster(store.db, ROSTER);
  });
  afterAll(async () => cleanup());
  const rows = () => store.db.selectFrom('findings').selectAll().orderBy('first_seen').execute();

  test('one finding per file: re-scans update, never duplicate; class Ⅲ files are not findings', async () => {
    expect(await recordVerdict(store.db, file('a'), classI)).toBe('new');
    expect(await recordVerdict(store.db, file('a'), classI)).toBe('updated');
    expect(await recordVerdict(store.db, file('b'), classIII)).toBe('unchanged');
    const [a] = await rows();
    const hanako = await findUser(store.db, { email: 'hanako.yamada@school.example.jp' });
    expect(await rows()).toHaveLength(1);
    expect(a).toMatchObject({ status: 'open', class: 'I', owner_id: hanako!.id, school_id: hanako!.school_id });
    expect(JSON.parse(a!.reasons)).toEqual(classI.reasons);
  });

  test('resolved when deleted, moved out, or reclassified; reopened when it comes back', async () => {
    await recordVerdict(store.db, file('c'), classI);
    expect(await resolveGone(store.db, file('c'), 'deleted')).toBe(true);
    expect(await recordVerdict(store.db, file('c'), classI)).toBe('reopened');
    expect(await recordVerdict(store.db, file('c', { version: 'v2' }), classIII)).toBe('resolved');
    const start = new Date();
    await recordVerdict(store.db, file('d'), classI);
    await new Promise((r) => setTimeout(r, 5));
    const run = new Date();
    await recordVerdict(store.db, file('a'), classI);
    expect(await resolveUnseen(store.db, 'graph', 'drive-hanako', run)).toBe(1);
    expect((await rows()).find((r) => r.item_id === 'd')).toMatchObject({ status: 'resolved' });
    expect(start < run).toBe(true);
  });

  test('a false positive is not reported again for the same version, but is for a new one', async () => {
    await recordVerdict(store.db, file('e'), classI);
    const e = (await rows()).find((r) => r.item_id === 'e')!;
    const teacher = await findUser(store.db, { email: 'hanako.yamada@school.example.jp' });
    await judgeFinding(store.db, e.id, 'false_positive', teacher!.id);
    expect(await recordVerdict(store.db, file('e'), classI)).toBe('unchanged');
    expect(await recordVerdict(store.db, file('e', { version: 'v9' }), classI)).toBe('reopened');
  });

  test('digests: the principal gets new and resolved (most urgent first), owners their own; nothing changed → nothing queued', async () => {
    await recordVerdict(store.db, file('shared', { sharing: 'anonymous' }), { ...classI, class: 'II' });
    await recordVerdict(store.db, file('stranger', { ownerEmail: 'someone@elsewhere.example' }), classI);
    const first = await queueFindingNotifications(store.db, 'run-1');
    expect(first.digests).toBe(1);
    expect(first.owners).toBe(1);
    const msgs = await store.db.selectFrom('outbox').selectAll().where('kind', 'like', 'finding%').execute();
    const principal = await findUser(store.db, { email: 'taro.suzuki@school.example.jp' });
    const digest = msgs.find((m) => m.kind === 'finding_digest' && m.recipient_id === principal!.id)!;
    const payload = JSON.parse(digest.payload!);
    const shared = (await rows()).find((r) => r.item_id === 'shared')!;
    expect(payload.found[0]).toBe(shared.id);
    // The stranger's file (no roster owner, no school) goes to the board's security officer — none
    // on this roster, so no board digest is queued, but it is not lost: it stays open.
    expect((await rows()).find((r) => r.item_id === 'stranger')).toMatchObject({ status: 'open', owner_id: null });
    expect((await rows()).find((r) => r.item_id === 'stranger')?.notified_at).toBeNull();
    expect((await queueFindingNotifications(store.db, 'run-2')).digests).toBe(0);
    // Once the board has a security officer on the roster, the stranger's file reaches them.
    await importRoster(store.db, `${ROSTER}sec@board.example.jp,情報セキュリティ責任者,,board_security,,\n`);
    expect((await queueFindingNotifications(store.db, 'run-3')).digests).toBe(1);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true });
  });

  test("the config's route: the school's 学校情報セキュリティ担当者 and, with board_copy, the board get the digest too", async () => {
    await recordVerdict(store.db, file('routed'), classI);
    const route = { schoolRoles: ['principal', 'security_staff'] as const, boardCopy: true };
    expect((await queueFindingNotifications(store.db, 'run-4', { route })).digests).toBe(3);
    const to = await store.db
      .selectFrom('outbox')
      .innerJoin('users', 'users.id', 'outbox.recipient_id')
      .select('users.email')
      .where('outbox.kind', '=', 'finding_digest')
      .where('outbox.dedupe_key', 'like', 'digest:run-4:%')
      .execute();
    expect(to.map((r) => r.email).sort()).toEqual([
      'jiro.tanaka@school.example.jp',
      'sec@board.example.jp',
      'taro.suzuki@school.example.jp',
    ]);
  });

  test('the first judgement wins; an owner’s own 誤検知 goes to the next digest, a principal’s does not', async () => {
    const hanako = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
    const taro = (await findUser(store.db, { email: 'taro.suzuki@school.example.jp' }))!;
    await recordVerdict(store.db, file('gone'), classI);
    await resolveGone(store.db, file('gone'), 'deleted');
    const gone = (await rows()).find((r) => r.item_id === 'gone')!;
    expect(await judgeFinding(store.db, gone.id, 'false_positive', taro.id)).toMatchObject({ changed: false });
    expect(await judgeFinding(store.db, gone.id, 'exception', taro.id)).toMatchObject({ changed: false });
    expect((await rows()).find((r) => r.item_id === 'gone')).toMatchObject({ status: 'resolved', status_by: null });

    await recordVerdict(store.db, file('mine'), classI);
    await recordVerdict(store.db, file('theirs'), classI);
    await queueFindingNotifications(store.db, 'run-5');
    const idOf = async (itemId: string) => (await rows()).find((r) => r.item_id === itemId)!.id;
    const mine = await idOf('mine');
    const theirs = await idOf('theirs');
    expect(await judgeFinding(store.db, mine, 'false_positive', hanako.id)).toMatchObject({ changed: true });
    expect(await judgeFinding(store.db, mine, 'false_positive', taro.id)).toMatchObject({ changed: false });
    expect(await judgeFinding(store.db, theirs, 'false_positive', taro.id)).toMatchObject({ changed: true });
    expect((await rows()).find((r) => r.item_id === 'mine')).toMatchObject({ status: 'false_positive', status_by: hanako.id });
    expect((await queueFindingNotifications(store.db, 'run-6')).digests).toBe(1);
    const sent = await store.db.selectFrom('outbox').select('payload').where('dedupe_key', 'like', 'digest:run-6:%').execute();
    expect(JSON.parse(sent[0]!.payload!)).toMatchObject({ found: [], resolved: [], judged: [mine] });
    expect((await queueFindingNotifications(store.db, 'run-7')).digests).toBe(0);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true });
  });
});
