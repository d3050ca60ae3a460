import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { FakeGoogleChat, kidOf, newSigningKey, signJwt } from '../../devkit/index.js';
import { importRoster, queueDueReminders } from '../../store/index.js';
import { fixture, startHarnessOn } from '../helpers/bot-harness.js';
import { ENGINES, warnIfNoPostgres } from '../helpers/engines.js';
import { INCIDENT_ROSTER, MONDAY_10 } from '../helpers/incident-roster.js';

warnIfNoPostgres();

const PROJECT = '123456789012';
const chatKey = newSigningKey(kidOf('chat'));
const google = new FakeGoogleChat([chatKey]);

/** The incident roster with 山田, 鈴木 and the CSIRT's desk on Google Chat. */
const ROSTER = INCIDENT_ROSTER.replace(
  'hanako.yamada@school.example.jp,山田 花子,熊本市立第一中学校,teacher,6b1d2c1e-0c7a-4b55-9f5e-2d1a7c3e4f01,',
  'hanako.yamada@school.example.jp,山田 花子,熊本市立第一中学校,teacher,,114022495153014004089',
)
  .replace(
    'taro.suzuki@school.example.jp,鈴木 太郎,熊本市立第一中学校,principal,9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55,',
    'taro.suzuki@school.example.jp,鈴木 太郎,熊本市立第一中学校,principal,,users/400000000000000000004',
  )
  .replace(
    'csirt@board.example.jp,高橋 CSIRT,,csirt,2f3e4d5c-6b7a-4890-8a1b-2c3d4e5f6a7b,',
    'csirt@board.example.jp,高橋 CSIRT,,csirt,,users/500000000000000000005',
  )
  // 第二小学校: 森 on Google Chat; his principal 佐藤 has never opened a chat with mamoru.
  .replace(
    'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,5d2e8f10-7a3b-4c6d-9e0f-1a2b3c4d5e60,',
    'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,users/200000000000000000001',
  )
  .replace(
    'ken.mori@school.example.jp,森 健,熊本市立第二小学校,teacher,8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968,',
    'ken.mori@school.example.jp,森 健,熊本市立第二小学校,teacher,,users/300000000000000000002',
  );

interface ChatUser {
  name: string;
  displayName: string;
  email: string;
  type: 'HUMAN';
  dm: string;
}
const TEACHER: ChatUser = {
  name: 'users/114022495153014004089',
  displayName: '山田 花子',
  email: 'hanako.yamada@school.example.jp',
  type: 'HUMAN',
  dm: 'spaces/AAAAhanakoDM',
};
const PRINCIPAL: ChatUser = {
  name: 'users/400000000000000000004',
  displayName: '鈴木 太郎',
  email: 'taro.suzuki@school.example.jp',
  type: 'HUMAN',
  dm: 'spaces/AAAAtaroDM',
};
const KEN: ChatUser = {
  name: 'users/300000000000000000002',
  displayName: '森 健',
  email: 'ken.mori@school.example.jp',
  type: 'HUMAN',
  dm: 'spaces/AAAAkenDM',
};
const CSIRT: ChatUser = {
  name: 'users/500000000000000000005',
  displayName: '高橋 CSIRT',
  email: 'csirt@board.example.jp',
  type: 'HUMAN',
  dm: 'spaces/AAAAcsirtDM',
};

const nowSeconds = () => Math.floor(Date.now() / 1000);
const token = () =>
  `Bearer ${signJwt({ iss: 'chat@system.gserviceaccount.com', aud: PROJECT, iat: nowSeconds() - 10, exp: nowSeconds() + 3600 }, chatKey)}`;
const dm = (space: string) => ({ name: space, type: 'DM', spaceType: 'DIRECT_MESSAGE', singleUserBotDm: true });

// biome-ignore lint/suspicious/noExplicitAny: Google Chat events and responses are loose JSON here.
type Json = Record<string, any>;

describe.each(ENGINES)('incidents in Google Chat on %s', (engine) => {
  let h: Awaited<ReturnType<typeof startHarnessOn>>;

  async function chatPost(body: unknown): Promise<Json> {
    const response = await fetch(`${h.running.url}/api/google-chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token() },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  }
  function message(text: string, user: ChatUser): Json {
    const { dm: space, ...sender } = user;
    const event = fixture<Json>('google-chat/message-dm.json');
    event.message = { ...event.message, text, argumentText: text, sender, space: dm(space) };
    return { ...event, user: sender, space: dm(space) };
  }
  function click(verb: string, parameters: Record<string, string>, user: ChatUser, formInputs: Record<string, string[]> = {}) {
    const { dm: space, ...sender } = user;
    const event = fixture<Json>('google-chat/card-clicked.json');
    const inputs = Object.fromEntries(Object.entries(formInputs).map(([k, v]) => [k, { stringInputs: { value: v } }]));
    return {
      ...event,
      user: sender,
      space: dm(space),
      message: { ...event.message, name: `${space}/messages/card-${verb}`, space: dm(space) },
      action: { actionMethodName: verb, parameters: Object.entries(parameters).map(([key, value]) => ({ key, value })) },
      common: { ...event.common, invokedFunction: verb, parameters, formInputs: inputs },
    };
  }
  const widgets = (json: Json) => JSON.stringify(json.cardsV2?.[0]?.card ?? json.body?.cardsV2?.[0]?.card ?? {});
  const buttons = (json: Json): { text: string; fn: string; params: Record<string, string> }[] =>
    ((json.cardsV2 ?? json.body?.cardsV2)?.[0]?.card?.sections ?? []).flatMap((s: Json) =>
      s.widgets.flatMap((w: Json) =>
        (w.buttonList?.buttons ?? []).map((b: Json) => ({
          text: b.text,
          fn: b.onClick.action.function,
          params: Object.fromEntries(b.onClick.action.parameters.map((p: Json) => [p.key, p.value])),
        })),
      ),
    );

  beforeAll(async () => {
    await google.start();
    h = await startHarnessOn(engine, {
      clock: () => MONDAY_10,
      googleChat: { auth: { mode: 'project_number', audience: PROJECT, certsUrl: google.certsUrl }, client: google.client() },
    });
    await importRoster(h.running.store.db, ROSTER);
    // 鈴木 and the CSIRT's desk never wrote to mamoru: their DMs are found through the Chat API.
    google.dms.set(PRINCIPAL.name, PRINCIPAL.dm);
    google.dms.set(CSIRT.name, CSIRT.dm);
  });
  afterAll(async () => {
    await h.close();
    await google.stop();
  });
  beforeEach(() => {
    google.calls.length = 0;
  });

  test('report in a DM → the form (check boxes, radio buttons) → the principal’s card → acknowledged → the CSIRT closes it; typed markup stays text', async () => {
    const answer = await chatPost(message('USBメモリをなくしました', TEACHER));
    expect(widgets(answer)).toContain('🚨 インシデントの報告');
    const report = buttons(answer).find((b) => b.fn === 'incident.report')!;
    expect(report.params).toEqual({ answerId: expect.any(String), kinds: 'lost' });

    const form = await chatPost(click('incident.report', report.params, TEACHER));
    expect(form.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    const shown = widgets(form);
    expect(shown).toContain('"name":"kinds","label":"何が起きましたか（必須・複数可）","type":"CHECK_BOX"');
    expect(shown).toContain('{"text":"紛失・盗難","value":"lost","selected":true}');
    expect(shown).toContain('"name":"class","label":"含まれる情報の重要性分類（必須）","type":"RADIO_BUTTON"');

    // Google Chat validates nothing: an empty report comes back with the reasons, nothing filed.
    const submit = buttons(form).find((b) => b.fn === 'incident.submit')!;
    const back = await chatPost(click('incident.submit', submit.params, TEACHER, { kinds: ['lost'], what: [''] }));
    expect(widgets(back)).toContain('何が起きたかを入力してください');
    expect(await h.running.store.db.selectFrom('incidents').select('id').execute()).toHaveLength(0);

    const MARKUP = '<a href="https://evil.example/login">確認</a> を開いた後にUSBをなくした';
    const filed = await chatPost(
      click('incident.submit', submit.params, TEACHER, {
        kinds: ['lost', 'mis_sent'],
        what: [MARKUP],
        occurred: ['今朝'],
        class: ['II'],
      }),
    );
    expect(widgets(filed)).toContain('📨 報告しました（紛失・盗難・誤送信・誤配布）');
    await h.running.notifier.drain();
    const [card] = google.created(PRINCIPAL.dm);
    const principalCard = JSON.stringify(card!.body);
    expect(principalCard).toContain('&lt;a href=\\"https[:]//evil.example/login\\"&gt;');
    expect(principalCard).not.toMatch(/https:\/\/evil|<a /);
    const acknowledge = buttons(card!.body as Json).find((b) => b.fn === 'incident.acknowledge')!;

    // The principal acknowledges in their DM: the teacher hears, and the teacher's own card is updated in place.
    const acked = await chatPost(click('incident.acknowledge', acknowledge.params, PRINCIPAL));
    expect(acked.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    expect(widgets(acked)).toContain('受領を記録しました。報告者に知らせました。');
    await h.running.notifier.drain();
    expect(JSON.stringify(google.created(TEACHER.dm).at(-1)?.body)).toContain(
      '学校情報セキュリティ管理者（校長）が報告を受領しました',
    );
    const patched = google.calls.filter(
      (c) => c.method === 'PATCH' && c.path === `/v1/${TEACHER.dm}/messages/card-incident.submit`,
    );
    expect(patched.length).toBeGreaterThan(0);
    expect(JSON.stringify(patched.at(-1)!.body)).toContain('✅ 受領: 鈴木 太郎');

    // Sent on to the CSIRT, who closes it with the cause and the prevention.
    const forward = buttons(acked).find((b) => b.fn === 'incident.forward')!;
    await chatPost(click('incident.forward', forward.params, PRINCIPAL));
    await h.running.notifier.drain();
    const csirtCard = google.created(CSIRT.dm).at(-1)!.body as Json;
    const close = buttons(csirtCard).find((b) => b.fn === 'incident.close')!;
    const opened = await chatPost(click('incident.close', close.params, CSIRT));
    const confirm = buttons(opened).find((b) => b.fn === 'incident.close' && b.params.step === 'confirm')!;
    const closed = await chatPost(
      click('incident.close', confirm.params, CSIRT, { cause: ['リンクを開いた'], prevention: ['研修を行う'] }),
    );
    expect(widgets(closed)).toContain('✅ 対応完了: 高橋 CSIRT');
    await h.running.notifier.drain();
    expect(JSON.stringify(google.created(TEACHER.dm).at(-1)?.body)).toContain('✅ 報告の対応が完了しました');
  });

  test('a principal whose Google Chat cannot be found: the card is given up, the next step is told on the next tick, the reporter asked to phone', async () => {
    const answer = await chatPost(message('パスワードを偽サイトに入力してしまいました', KEN));
    const report = buttons(answer).find((b) => b.fn === 'incident.report')!;
    const form = await chatPost(click('incident.report', report.params, KEN));
    const submit = buttons(form).find((b) => b.fn === 'incident.submit')!;
    await chatPost(
      click('incident.submit', submit.params, KEN, {
        kinds: ['password_leaked'],
        what: ['偽のログイン画面に入力'],
        occurred: ['10時'],
        class: ['III'],
      }),
    );
    const [incident] = await h.running.store.db
      .selectFrom('incidents')
      .selectAll()
      .where('what', '=', '偽のログイン画面に入力')
      .execute();
    await h.running.notifier.drain();
    const card = await h.running.store.db
      .selectFrom('outbox')
      .select('status')
      .where('incident_id', '=', incident!.id)
      .where('kind', '=', 'incident_card')
      .execute();
    expect(card).toEqual([{ status: 'undeliverable' }]);
    await queueDueReminders(h.running.store.db, new Date(MONDAY_10.getTime() + 60_000));
    await h.running.notifier.drain();
    expect(JSON.stringify(google.created(CSIRT.dm).at(-1)?.body)).toContain('偽のログイン画面に入力');
    const notice = JSON.stringify(google.created(KEN.dm).at(-1)?.body);
    expect(notice).toContain(
      '学校情報セキュリティ管理者（校長）に mamoru からカードを届けられませんでした。電話で直接知らせてください。',
    );
    const events = await h.running.store.db
      .selectFrom('incident_events')
      .select('type')
      .where('incident_id', '=', incident!.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['reported', 'told', 'told', 'undelivered']);
  });

  test('a report from a shared space is not taken there: the reporter is asked to use the personal chat', async () => {
    const room = { name: 'spaces/ROOM1', type: 'ROOM', spaceType: 'SPACE' };
    const event: Json = { ...message('USBメモリをなくしました', TEACHER), space: room };
    event.message = { ...event.message, space: room };
    const answer = await chatPost(event);
    const report = buttons(answer).find((b) => b.fn === 'incident.report')!;
    const clicked = click('incident.report', report.params, TEACHER);
    const response = await chatPost({ ...clicked, space: room, message: { ...clicked.message, space: room } });
    expect(JSON.stringify(response)).toContain('mamoru との個人チャットで報告してください');
  });
});
