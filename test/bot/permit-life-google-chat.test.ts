import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeGoogleChat, kidOf, newSigningKey, signJwt } from '../../devkit/index.js';
import { findUser, importRoster, permitRecords, queueDueReminders } from '../../store/index.js';
import { fixture, startHarnessOn } from '../helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from '../helpers/engines.js';

warnIfNoPostgres();
const PROJECT = '123456789012';
const chatKey = newSigningKey(kidOf('chat'));
const HOUR = 3_600_000;
const jstDay = (d = new Date()) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(d);
const inDays = (n: number) => jstDay(new Date(Date.now() + n * 24 * HOUR));
const ms = (day: string) => String(Date.parse(`${day}T00:00:00Z`));

/** 熊本市立第二小学校 in Google Chat: its principal, a teacher, and its 教頭 (security_staff). */
const ROSTER = `${readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8').replace(
  'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,',
  'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,users/200000000000000000001',
)}ken.mori@school.example.jp,森 健,熊本市立第二小学校,teacher,,users/300000000000000000002
mika.kato@school.example.jp,加藤 美香,熊本市立第二小学校,security_staff,,users/400000000000000000003
`;
interface ChatUser {
  name: string;
  displayName: string;
  email: string;
  type: 'HUMAN';
  space: string;
}
const person = (id: string, displayName: string, email: string, space: string): ChatUser => ({
  name: `users/${id}`,
  displayName,
  email,
  type: 'HUMAN',
  space,
});
const SATO = person('200000000000000000001', '佐藤 陽子', 'yoko.sato@school.example.jp', 'spaces/AAAAyokoDM');
const KEN = person('300000000000000000002', '森 健', 'ken.mori@school.example.jp', 'spaces/AAAAkenDM');
const KATO = person('400000000000000000003', '加藤 美香', 'mika.kato@school.example.jp', 'spaces/AAAAmikaDM');

type Json = Record<string, unknown>;
interface Button {
  text: string;
  fn: string;
  params: Record<string, string>;
}

/** Every button of a cardsV2 message, and its whole text. */
function buttonsOf(message: unknown): Button[] {
  const out: Button[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const action = (n.onClick as { action?: { function: string; parameters: { key: string; value: string }[] } })?.action;
      if (action && typeof n.text === 'string')
        out.push({
          text: n.text,
          fn: action.function,
          params: Object.fromEntries(action.parameters.map((p) => [p.key, p.value])),
        });
      else for (const value of Object.values(n)) walk(value);
    }
  };
  walk((message as Json)?.cardsV2);
  return out;
}
const shown = (message: unknown) => JSON.stringify((message as Json)?.cardsV2 ?? message ?? '');

describe.each(ENGINES)('the rest of a permit’s life in Google Chat on %s', (engine) => {
  const google = new FakeGoogleChat([chatKey]);
  let h: Awaited<ReturnType<typeof startHarnessOn>>;
  const now = () => Math.floor(Date.now() / 1000);
  const token = () =>
    `Bearer ${signJwt({ iss: 'chat@system.gserviceaccount.com', aud: PROJECT, iat: now() - 10, exp: now() + 3600 }, chatKey)}`;
  async function post(body: unknown): Promise<Json> {
    const response = await fetch(`${h.running.url}/api/google-chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token() },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  }
  const dm = (space: string) => ({ name: space, type: 'DM', spaceType: 'DIRECT_MESSAGE', singleUserBotDm: true });
  const say = (who: ChatUser, text: string) => {
    const event = fixture<Json & { message: Json }>('google-chat/message-dm.json');
    const { space, ...user } = who;
    return post({
      ...event,
      user,
      space: dm(space),
      message: { ...event.message, text, argumentText: text, sender: user, space: dm(space) },
    });
  };
  const click = (
    who: ChatUser,
    button: Button | { fn: string; params: Record<string, string> },
    inputs: Record<string, string> = {},
  ) => {
    const event = fixture<Json & { message: Json; common: Json }>('google-chat/card-clicked.json');
    const { space, ...user } = who;
    const formInputs = Object.fromEntries(
      Object.entries(inputs).map(([k, v]) =>
        /^(from|until|returnOn|disposedOn|certificateDue)$/.test(k)
          ? [k, { dateInput: { msSinceEpoch: ms(v) } }]
          : [k, { stringInputs: { value: v.split(',') } }],
      ),
    );
    return post({
      ...event,
      user,
      space: dm(space),
      message: { ...event.message, name: `${space}/messages/card-${Math.random()}`, space: dm(space) },
      action: { actionMethodName: button.fn, parameters: Object.entries(button.params).map(([key, value]) => ({ key, value })) },
      common: { ...event.common, invokedFunction: button.fn, parameters: button.params, formInputs },
    });
  };
  const button = (message: unknown, fn: string, where: (p: Record<string, string>) => boolean = () => true) =>
    buttonsOf(message).find((b) => b.fn === fn && where(b.params));
  /** The last message mamoru created in someone's DM. */
  const lastIn = async (who: ChatUser) => {
    await h.running.notifier.drain();
    return google.created(who.space).at(-1)?.body;
  };

  beforeAll(async () => {
    await google.start();
    h = await startHarnessOn(engine, {
      googleChat: { auth: { mode: 'project_number', audience: PROJECT, certsUrl: google.certsUrl }, client: google.client() },
    });
    await importRoster(h.running.store.db, ROSTER);
    for (const who of [SATO, KEN, KATO]) google.dms.set(who.name, who.space);
  });
  afterAll(async () => {
    await h.close();
    await google.stop();
  });

  test('a standing permission granted in Chat (selection inputs), used by a teacher, revoked', async () => {
    const list = await say(SATO, '包括的許可');
    const form = await click(SATO, button(list, 'standing.open')!);
    expect(form.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    expect(shown(form)).toContain('"selectionInput":{"name":"grantee","label":"対象","type":"DROPDOWN"');
    expect(shown(form)).toContain('"name":"items","label":"情報（複数選択。選ばなければこの分類のすべて）","type":"CHECK_BOX"');
    const grant = button(form, 'standing.grant')!;
    const refused = await click(SATO, grant, {
      grantee: 'all',
      items: 'student_address_book',
      actions: 'take_out',
      from: jstDay(),
      until: inDays(10),
    });
    expect(shown(refused)).toContain('「児童生徒の住所録」は重要性分類Ⅰのため、包括的許可の対象にできません');
    const ken = (await findUser(h.running.store.db, { email: KEN.email }))!;
    const granted = await click(SATO, grant, {
      grantee: ken.id,
      items: 'class_list,teaching_materials',
      actions: 'take_out',
      from: jstDay(),
      until: inDays(10),
    });
    expect(shown(granted)).toContain(`✅ 包括的許可を与えました: 森 健（${inDays(10)}まで）`);

    const covered = await say(KEN, '名列表を学校の外に持ち出したい');
    expect(shown(covered)).toContain(`✅ 包括的許可の範囲内です（${inDays(10)}まで・佐藤 陽子 が許可、2-2(8)②）`);
    expect(button(covered, 'permit.request')).toBeUndefined();

    const revokeList = await say(SATO, '包括的許可');
    const asked = await click(SATO, button(revokeList, 'standing.revoke')!);
    await click(SATO, button(asked, 'standing.revoke', (p) => p.step === 'confirm')!);
    expect(button(await say(KEN, '名列表を学校の外に持ち出したい'), 'permit.request')).toBeDefined();
  });

  test('a school PC and a disposal in Chat: the asset number, the record with its witness', async () => {
    const device = await say(KEN, '校務用パソコンを持ち出したい');
    const form = await click(KEN, button(device, 'permit.request')!);
    expect(shown(form)).toContain('"name":"decl_asset_number"');
    await click(KEN, button(form, 'permit.submit')!, {
      purpose: '家庭訪問の記録（Chat）',
      destination: '生徒宅',
      returnOn: jstDay(),
      decl_asset_number: 'NB-0815',
    });
    const approval = await lastIn(SATO);
    expect(shown(approval)).toContain('NB-0815');
    await click(SATO, button(approval, 'permit.approve')!);
    expect(button(await lastIn(KEN), 'permit.return')).toBeDefined();

    const dispose = await say(KEN, '通知表を廃棄したい');
    const disposalForm = await click(KEN, button(dispose, 'permit.request')!);
    await click(KEN, button(disposalForm, 'permit.submit')!, { purpose: '通知表の控えの廃棄（Chat）' });
    await click(SATO, button(await lastIn(SATO), 'permit.approve')!);
    const record = await click(KEN, button(await lastIn(KEN), 'permit.dispose')!);
    expect(shown(record)).toContain('"selectionInput":{"name":"witness","label":"立会者（教職員）","type":"DROPDOWN"');
    const kato = (await findUser(h.running.store.db, { email: KATO.email }))!;
    const closed = await click(KEN, button(record, 'permit.disposed')!, {
      disposedOn: jstDay(),
      performedBy: '森 健',
      method: 'shred',
      items: '通知表の控え 35名分',
      witness: kato.id,
    });
    expect(shown(closed)).toContain('🗑️ 廃棄済み');
    expect(shown(closed)).toContain('加藤 美香');
    const rows = await permitRecords(h.running.store.db, jstDay(), jstDay());
    expect(rows.find((r) => r.purpose === '家庭訪問の記録（Chat）')).toMatchObject({
      action_label: '校務用端末の持ち出し',
      declarations: '資産番号・管理番号: NB-0815',
    });
    expect(rows.find((r) => r.purpose === '通知表の控えの廃棄（Chat）')).toMatchObject({
      status: 'disposed',
      disposal_witness: '加藤 美香',
    });
  });

  test('校長に確認する in Chat, and a request nobody decides: forwarded to the 教頭 in her DM, the teacher told', async () => {
    const unknown = await say(KEN, '会議のメモを学校の外に持ち出したい');
    const form = await click(KEN, button(unknown, 'class.ask')!);
    await click(KEN, button(form, 'class.submit')!, { description: '学年会のメモ' });
    const question = await lastIn(SATO);
    await click(SATO, button(question, 'class.decide', (p) => p.class === 'IV')!);
    const answer = await lastIn(KEN);
    expect(shown(answer)).toContain('佐藤 陽子さんが「重要性分類Ⅳ」と判断しました');

    const copy = await say(KEN, '成績一覧を複製してもいいですか');
    const copyForm = await click(KEN, button(copy, 'permit.request')!);
    await click(KEN, button(copyForm, 'permit.submit')!, {
      purpose: '誰も決めない複製（Chat）',
      confirm_needed_copies_only: 'true',
    });
    await h.running.notifier.drain();
    const permit = await h.running.store.db
      .selectFrom('permits')
      .selectAll()
      .where('purpose', '=', '誰も決めない複製（Chat）')
      .executeTakeFirstOrThrow();
    await queueDueReminders(h.running.store.db, new Date(Date.parse(permit.created_at) + 73 * HOUR));
    const forwarded = await lastIn(KATO);
    expect(shown(forwarded)).toContain('誰も決めない複製（Chat）');
    expect(shown(await lastIn(KEN))).toContain('⏩ 申請を次の承認者に回しました');
    const decided = await click(KATO, button(forwarded, 'permit.approve')!);
    expect(shown(decided)).toContain('✅ 承認: 加藤 美香');
  });

  test('a teacher who leaves: the principal is told in her DM what is still open in his name', async () => {
    await importRoster(h.running.store.db, ROSTER.replace(/^ken\.mori@.*\n/m, ''), 'test', { removals: 'apply' });
    const told = await lastIn(SATO);
    expect(shown(told)).toContain('👋 森 健さんが名簿から外れました（4-1(5)）');
    expect(shown(told)).toContain('持ち出したまま返却されていないもの');
    expect(shown(told)).toContain('校務用端末の持ち出し');
    expect(shown(told)).toContain('資産番号・管理番号: NB-0815');
  });
});
