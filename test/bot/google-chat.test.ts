import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cardActions, cardOf, cardTexts, FakeGoogleChat, kidOf, newSigningKey, signJwt } from '../../devkit/index.js';
import { importRoster } from '../../store/index.js';
import { fixture, startHarness } from '../helpers/bot-harness.js';

const PROJECT = '123456789012';
const chatKey = newSigningKey(kidOf('chat'));
const otherKey = newSigningKey(kidOf('chat'));
const google = new FakeGoogleChat([chatKey]);
const ROSTER = `${readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8')
  .replace(
    'hanako.yamada@school.example.jp,山田 花子,熊本市立第一中学校,teacher,6b1d2c1e-0c7a-4b55-9f5e-2d1a7c3e4f01,',
    'hanako.yamada@school.example.jp,山田 花子,熊本市立第一中学校,teacher,,114022495153014004089',
  )
  .replace(
    'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,',
    'yoko.sato@school.example.jp,佐藤 陽子,熊本市立第二小学校,principal,,users/200000000000000000001',
  )}ken.mori@school.example.jp,森 健,熊本市立第二小学校,teacher,,users/300000000000000000002\n`;

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
const now = () => Math.floor(Date.now() / 1000);
const token = (claims: Record<string, unknown> = {}, key = chatKey) =>
  `Bearer ${signJwt({ iss: 'chat@system.gserviceaccount.com', aud: PROJECT, iat: now() - 10, exp: now() + 3600, ...claims }, key)}`;

/** `null` sends no Authorization header at all. */
async function chatPost(body: unknown, authorization: string | null = token()) {
  const response = await fetch(`${h.running.url}/api/google-chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

const TEACHER = {
  name: 'users/114022495153014004089',
  displayName: '山田 花子',
  email: 'hanako.yamada@school.example.jp',
  type: 'HUMAN',
};
const dm = (space: string) => ({ name: space, type: 'DM', spaceType: 'DIRECT_MESSAGE', singleUserBotDm: true });
function message(
  text: string,
  user = TEACHER,
  space = 'spaces/AAAAhanakoDM',
  extra: Record<string, unknown> = {},
): Record<string, any> {
  const event = fixture<Record<string, any>>('google-chat/message-dm.json');
  event.message = { ...event.message, text, argumentText: text, sender: user, space: dm(space), ...extra };
  return { ...event, user, space: dm(space) };
}
function click(
  verb: string,
  parameters: Record<string, string>,
  formInputs: Record<string, unknown> = {},
  user = TEACHER,
  space = 'spaces/AAAAhanakoDM',
  messageName?: string,
) {
  const event = fixture<Record<string, any>>('google-chat/card-clicked.json');
  return {
    ...event,
    user,
    space: dm(space),
    message: { ...event.message, space: dm(space), ...(messageName ? { name: messageName } : {}) },
    action: { actionMethodName: verb, parameters: Object.entries(parameters).map(([key, value]) => ({ key, value })) },
    common: { ...event.common, invokedFunction: verb, parameters, formInputs },
  };
}
/** The flattened texts and buttons of the first cardsV2 card of a response. */
const widgets = (json: Record<string, any>) => JSON.stringify(json.cardsV2?.[0]?.card ?? {});
const buttons = (json: Record<string, any>): { text: string; fn: string; params: Record<string, string> }[] =>
  (json.cardsV2?.[0]?.card?.sections ?? []).flatMap((s: any) =>
    s.widgets.flatMap((w: any) =>
      (w.buttonList?.buttons ?? []).map((b: any) => ({
        text: b.text,
        fn: b.onClick.action.function,
        params: Object.fromEntries(b.onClick.action.parameters.map((p: any) => [p.key, p.value])),
      })),
    ),
  );

beforeAll(async () => {
  await google.start();
  h = await startHarness({
    googleChat: { auth: { mode: 'project_number', audience: PROJECT, certsUrl: google.certsUrl }, client: google.client() },
  });
  await importRoster(h.running.store.db, ROSTER);
});
afterAll(async () => {
  await h.close();
  await google.stop();
});
beforeEach(() => {
  google.calls.length = 0;
  h.connector.clear();
});

describe('POST /api/google-chat: the bearer token is checked before anything else', () => {
  test.each([
    ['no token', null],
    ['a token signed by another key', token({}, otherKey)],
    ['an expired token', token({ iat: now() - 7200, exp: now() - 3600 })],
    ['a token for another project', token({ aud: '999999999999' })],
    ['a token from another issuer', token({ iss: 'someone@example.iam.gserviceaccount.com' })],
    ['garbage', 'Bearer not.a.token'],
  ])('%s → 401 and nothing changes', async (_name, authorization) => {
    const before = await h.running.store.db
      .selectFrom('conversation_references')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const { status } = await chatPost(fixture('google-chat/message-dm.json'), authorization);
    expect(status).toBe(401);
    const after = await h.running.store.db
      .selectFrom('conversation_references')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(after).toEqual(before);
  });

  test('a malformed body with a bad token is still 401 (the body is not read)', async () => {
    const response = await fetch(`${h.running.url}/api/google-chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(response.status).toBe(401);
  });
});

describe('Google Chat: a field of the wrong type is a clear 400', () => {
  test.each([
    ['text as a number', { text: 42 }],
    ['argumentText as an object', { argumentText: { x: 1 } }],
    ['attachments not a list', { attachment: 'x' }],
  ])('a message with %s → 400; the next message is answered', async (_name, fields) => {
    const event = fixture<Record<string, any>>('google-chat/message-dm.json');
    const { status, json } = await chatPost({ ...event, message: { ...event.message, ...fields } });
    expect(status).toBe(400);
    expect(String(json.error)).toMatch(/^expected a Google Chat event: message\./);
    const next = await chatPost(fixture('google-chat/message-dm.json'));
    expect(next.status).toBe(200);
    expect(widgets(next.json)).toContain('条件付きで可');
  });
});

describe('Google Chat: the same answers as Teams, as cardsV2', () => {
  test('a question in a DM → the answer card; the DM is remembered', async () => {
    const { status, json } = await chatPost(fixture('google-chat/message-dm.json'));
    expect(status).toBe(200);
    expect(widgets(json)).toContain('☑️ 条件付きで可');
    expect(widgets(json)).toContain('通知表');
    expect(widgets(json)).toContain('ファイルを暗号化するか、パスワードを設定する');
    expect(json.cardsV2[0].card.sections.some((s: any) => s.collapsible && JSON.stringify(s).includes('2-2(9)①'))).toBe(true);
    expect(buttons(json).map((b) => b.fn)).toContain('answer.feedback');
    const ref = await h.running.store.db
      .selectFrom('conversation_references')
      .selectAll()
      .where('channel', '=', 'google_chat')
      .executeTakeFirst();
    expect(ref).toMatchObject({ user_id: TEACHER.name, conversation_id: 'spaces/AAAAhanakoDM', conversation_kind: 'personal' });
  });

  test('ADDED_TO_SPACE → welcome; a follow-up choice updates the message in place', async () => {
    const welcome = await chatPost(fixture('google-chat/added-to-space-dm.json'));
    expect(widgets(welcome.json)).toContain('mamoru（守る）へようこそ');
    const asked = await chatPost(message('アンケートをメールで送ってもいい？'));
    const choice = buttons(asked.json).find((b) => b.fn === 'answer.refine' && b.params.choiceId === 'blank_survey')!;
    const updated = await chatPost(click('answer.refine', choice.params));
    expect(updated.json.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    expect(widgets(updated.json)).toContain('✅ 可');
  });

  test('ADDED_TO_SPACE again: no second welcome, until mamoru was removed (REMOVED_FROM_SPACE) and added again', async () => {
    const added = fixture('google-chat/added-to-space-dm.json');
    await chatPost(added);
    expect(widgets((await chatPost(added)).json)).not.toContain('mamoru（守る）へようこそ');
    const removed = await chatPost(fixture('google-chat/removed-from-space-dm.json'));
    expect(removed.status).toBe(200);
    expect(removed.json).toEqual({});
    expect(widgets((await chatPost(added)).json)).toContain('mamoru（守る）へようこそ');
  });

  test('the Workspace add-on event shape is understood too', async () => {
    const event = fixture<Record<string, any>>('google-chat/message-dm.json');
    const addOn = {
      commonEventObject: { userLocale: 'ja', hostApp: 'CHAT' },
      chat: {
        user: event.user,
        space: event.space,
        eventTime: event.eventTime,
        messagePayload: { message: event.message, space: event.space },
      },
    };
    const { json } = await chatPost(addOn);
    expect(JSON.stringify(json.hostAppDataAction.chatDataAction.createMessageAction.message)).toContain('条件付きで可');
  });
});

describe('files attached in Google Chat', () => {
  const addressList = [
    '氏名,住所,電話番号',
    ...Array.from({ length: 10 }, (_, i) => `生徒${i},熊本市中央区${i}-1,090-1111-${2000 + i}`),
  ].join('\n');
  const uploaded = (resourceName: string, contentName: string, contentType = 'text/csv') => ({
    name: 'spaces/AAAAhanakoDM/messages/3qGLfZUdhC8.3qGLfZUdhC8/attachments/AAAAAAAAAAAA',
    contentName,
    contentType,
    attachmentDataRef: { resourceName },
    downloadUri: 'https://chat.google.com/api/get_attachment_url?url_type=DOWNLOAD_URL&content_type=text/csv',
    source: 'UPLOADED_CONTENT',
  });

  test('an uploaded file is downloaded with the app credentials (media.download), classified in memory and answered for', async () => {
    google.media.set('RESOURCE-address-list', Buffer.from(addressList));
    const { json } = await chatPost(
      message('このファイルをGoogleドライブに保存していい？', TEACHER, 'spaces/AAAAhanakoDM', {
        attachment: [uploaded('RESOURCE-address-list', 'Book1.csv')],
      }),
    );
    expect(widgets(json)).toContain('⛔ 禁止');
    expect(widgets(json)).toContain('重要性分類Ⅰ');
    expect(widgets(json)).toMatch(/📎 Book1\.csv: 重要性分類Ⅰ（[^）]*(住所録|電話番号)/);
    expect(widgets(json)).not.toContain('熊本市中央区');
    const download = google.calls.find((c) => c.path === '/v1/media/RESOURCE-address-list');
    expect(download?.authorization).toBe('Bearer test-chat-token');
  });

  test('a file over 20 MB is refused without keeping it, and the text is still answered', async () => {
    google.media.set('RESOURCE-big', Buffer.alloc(20_000_001, 0x41));
    const { json } = await chatPost(
      message('通知表をメールで送っていい？', TEACHER, 'spaces/AAAAhanakoDM', {
        attachment: [uploaded('RESOURCE-big', 'big.csv')],
      }),
    );
    expect(json.text).toContain('20MBを超えています');
    expect(json.text).toContain('保存していません');
    expect(widgets(json)).toContain('☑️ 条件付きで可');
    google.media.delete('RESOURCE-big');
  });

  test('a Drive file is not read (the app has no access): mamoru says so, and the text is still answered', async () => {
    const { json } = await chatPost(
      message('通知表をメールで送っていい？', TEACHER, 'spaces/AAAAhanakoDM', {
        attachment: [
          {
            name: 'spaces/AAAAhanakoDM/messages/x/attachments/y',
            contentName: '通知表.xlsx',
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            driveDataRef: { driveFileId: '1a2b3c' },
            source: 'DRIVE_FILE',
          },
        ],
      }),
    );
    expect(json.text).toContain('ドライブのファイルへのリンクは読めません');
    expect(widgets(json)).toContain('☑️ 条件付きで可');
    expect(google.calls.filter((c) => c.path.startsWith('/v1/media/'))).toHaveLength(0);
  });
});

describe('permits in Google Chat, and a mixed board', () => {
  const PRINCIPAL = {
    name: 'users/200000000000000000001',
    displayName: '佐藤 陽子',
    email: 'yoko.sato@school.example.jp',
    type: 'HUMAN',
  };
  const KEN = { name: 'users/300000000000000000002', displayName: '森 健', email: 'ken.mori@school.example.jp', type: 'HUMAN' };

  const day = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const validInputs = () => ({
    purpose: { stringInputs: { value: ['家庭訪問'] } },
    destination: { stringInputs: { value: ['生徒宅'] } },
    returnOn: { dateInput: { msSinceEpoch: String(Date.parse(`${day()}T00:00:00Z`)) } },
    confirm_encrypt_or_password: { stringInputs: { value: ['true'] } },
  });

  async function openTakeOutForm(user: typeof TEACHER, space: string, messageName?: string) {
    const asked = await chatPost(message('通知表を学校の外に持ち出したい', user, space));
    const request = buttons(asked.json).find((b) => b.fn === 'permit.request')!;
    const form = await chatPost(click('permit.request', request.params, {}, user, space, messageName));
    expect(form.json.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    expect(widgets(form.json)).toContain('"name":"returnOn"');
    return request;
  }

  async function requestTakeOut(user: typeof TEACHER, space: string, messageName?: string) {
    const request = await openTakeOutForm(user, space, messageName);
    return chatPost(click('permit.submit', request.params, validInputs(), user, space, messageName));
  }

  test('teacher asks in a DM, requests; the principal approves in a DM; the teacher is told', async () => {
    // Ken's principal (佐藤) never wrote to mamoru; mamoru finds her DM through the Chat API.
    google.dms.set(PRINCIPAL.name, 'spaces/AAAAyokoDM');
    const submitted = await requestTakeOut(KEN, 'spaces/AAAAkenDM');
    expect(widgets(submitted.json)).toContain('申請しました');
    await h.running.notifier.drain();
    const [approval] = google.created('spaces/AAAAyokoDM');
    expect(approval?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(approval?.authorization).toBe('Bearer test-chat-token');
    const approve = buttons(approval!.body as never).find((b) => b.fn === 'permit.approve')!;
    expect(approve.params).toEqual({ permitId: expect.any(String) });

    const decided = await chatPost(
      click(
        'permit.approve',
        approve.params,
        { comment: { stringInputs: { value: ['気をつけて'] } } },
        PRINCIPAL,
        'spaces/AAAAyokoDM',
      ),
    );
    expect(decided.json.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    expect(widgets(decided.json)).toContain('✅ 承認: 佐藤 陽子');
    await h.running.notifier.drain();
    const notice = google.created('spaces/AAAAkenDM').at(-1)!;
    expect(JSON.stringify(notice.body)).toContain('✅ 申請が承認されました');
    expect(JSON.stringify(notice.body)).toContain('気をつけて');
  });

  test('a link or HTML typed into the form or the comment reaches the other person as text', async () => {
    const LINK = '[承認はこちら](https://evil.example/login) <a href="https://evil.example/login">承認</a>';
    google.dms.set(PRINCIPAL.name, 'spaces/AAAAyokoDM');
    const request = await openTakeOutForm(KEN, 'spaces/AAAAkenDM');
    const inputs = { ...validInputs(), purpose: { stringInputs: { value: [LINK] } } };
    await chatPost(click('permit.submit', request.params, inputs, KEN, 'spaces/AAAAkenDM'));
    await h.running.notifier.drain();
    const approval = google.created('spaces/AAAAyokoDM').at(-1)!;
    const shown = JSON.stringify(approval.body);
    expect(shown).toContain('[承認はこちら](https[:]//evil.example/login)');
    expect(shown).toContain('&lt;a href=');
    expect(shown).not.toMatch(/https:\/\/evil|<a /);

    const approve = buttons(approval.body as never).find((b) => b.fn === 'permit.reject')!;
    await chatPost(
      click('permit.reject', approve.params, { comment: { stringInputs: { value: [LINK] } } }, PRINCIPAL, 'spaces/AAAAyokoDM'),
    );
    await h.running.notifier.drain();
    const notice = JSON.stringify(google.created('spaces/AAAAkenDM').at(-1)!.body);
    expect(notice).toContain('[承認はこちら](https[:]//evil.example/login)');
    expect(notice).not.toMatch(/https:\/\/evil|<a /);
  });

  test('Google Chat validates nothing: an empty purpose or a past date brings the form back with the reasons', async () => {
    const request = await openTakeOutForm(KEN, 'spaces/AAAAkenDM');
    const before = await h.running.store.db.selectFrom('permits').select('id').execute();
    const back = await chatPost(
      click(
        'permit.submit',
        request.params,
        {
          ...validInputs(),
          purpose: { stringInputs: { value: [''] } },
          returnOn: { dateInput: { msSinceEpoch: String(Date.parse('2020-04-01T00:00:00Z')) } },
        },
        KEN,
        'spaces/AAAAkenDM',
      ),
    );
    expect(back.json.actionResponse).toEqual({ type: 'UPDATE_MESSAGE' });
    const text = widgets(back.json);
    expect(text).toContain('入力を確認してください');
    expect(text).toContain('目的を入力してください（500文字以内）。');
    expect(text).toContain(`返却予定日を ${day()} から`);
    expect(text).toContain('"name":"destination","label":"持ち出し先・送付先","type":"SINGLE_LINE","value":"生徒宅"');
    expect(await h.running.store.db.selectFrom('permits').select('id').execute()).toHaveLength(before.length);
  });

  test('the teacher’s own 「申請しました」 card is updated in place once the request is decided', async () => {
    google.dms.set(PRINCIPAL.name, 'spaces/AAAAyokoDM');
    const card = 'spaces/AAAAkenDM/messages/ken-answer-7';
    const submitted = await requestTakeOut(KEN, 'spaces/AAAAkenDM', card);
    expect(widgets(submitted.json)).toContain('申請を取り消す');
    await h.running.notifier.drain();
    const approval = google.created('spaces/AAAAyokoDM').at(-1)!;
    const approve = buttons(approval.body as never).find((b) => b.fn === 'permit.approve')!;
    await chatPost(click('permit.approve', approve.params, {}, PRINCIPAL, 'spaces/AAAAyokoDM'));
    await h.running.notifier.drain();
    const updates = google.calls.filter((c) => c.method === 'PATCH' && c.path === `/v1/${card}`);
    expect(updates).toHaveLength(1);
    const updated = JSON.stringify(updates[0]!.body);
    expect(updated).toContain('✅ 承認: 佐藤 陽子');
    expect(updated).not.toContain('⏳ 承認待ち');
    expect(updated).not.toContain('申請を取り消す');
    // …and the teacher is still told with a message of its own.
    expect(JSON.stringify(google.created('spaces/AAAAkenDM').at(-1)?.body)).toContain('✅ 申請が承認されました');
  });

  test('a retried send reuses its requestId (the outbox message id), so Chat posts the message once', async () => {
    google.dms.set(PRINCIPAL.name, 'spaces/AAAAyokoDM');
    await requestTakeOut(KEN, 'spaces/AAAAkenDM');
    await h.running.notifier.drain();
    const approval = google.created('spaces/AAAAyokoDM').at(-1)!;
    const row = await h.running.store.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', approval.requestId!)
      .executeTakeFirst();
    expect(row).toMatchObject({ kind: 'approval', status: 'sent', conversation_id: 'spaces/AAAAyokoDM' });
    const { createChatSender } = await import('../../bot/channels/google-chat/index.js');
    const sender = createChatSender(google.client());
    const again = await sender.notify({ space: 'spaces/AAAAyokoDM' }, { text: 'retry' }, approval.requestId);
    expect(again).toBe(row!.activity_id);
    expect(google.created('spaces/AAAAyokoDM').filter((c) => c.requestId === approval.requestId)).toHaveLength(1);
  });

  test('approve and reject are never shown in a shared space', async () => {
    const room = { name: 'spaces/ROOM1', type: 'ROOM', spaceType: 'SPACE' };
    const event: Record<string, any> = { ...message('/pending', PRINCIPAL), space: room };
    event.message = { ...event.message, space: room, slashCommand: { commandId: '2' }, argumentText: '' };
    const { json } = await chatPost(event);
    expect(widgets(json)).toContain('承認待ちの申請');
    expect(buttons(json).map((b) => b.fn)).not.toContain('permit.approve');
  });

  test('a mixed board: the teacher on Google Chat, the principal on Teams', async () => {
    // 鈴木 (第一中学校 principal) uses Teams; 山田 (第一中学校 teacher) uses Google Chat.
    const principalTeams = { ...fixture<Record<string, any>>('teams/installation-update-add.json') };
    principalTeams.from = { id: '29:taro', aadObjectId: '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55' };
    principalTeams.conversation = { conversationType: 'personal', id: 'a:taro-dm' };
    await h.post(principalTeams);
    await h.connector.waitFor(1);
    h.connector.clear();
    const submitted = await requestTakeOut(TEACHER, 'spaces/AAAAhanakoDM');
    expect(widgets(submitted.json)).toContain('申請しました');
    await h.running.notifier.drain();
    const approval = h.connector.sent.find((s) => s.conversationId === 'a:taro-dm')!;
    const approve = cardActions(cardOf(approval)).find((a) => a.verb === 'permit.approve')!;
    const invoke = fixture<Record<string, any>>('teams/invoke-action-execute.json');
    invoke.value.action = { ...invoke.value.action, verb: 'permit.approve', data: approve.data };
    invoke.from = { id: '29:taro', aadObjectId: '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55' };
    invoke.conversation = { conversationType: 'personal', id: 'a:taro-dm' };
    const decided = await h.post(invoke);
    expect(cardTexts(decided.body!.value).some((t) => t.startsWith('✅ 承認: 鈴木 太郎'))).toBe(true);
    await h.running.notifier.drain();
    expect(JSON.stringify(google.created('spaces/AAAAhanakoDM').at(-1)?.body)).toContain('✅ 申請が承認されました');
  });
});
