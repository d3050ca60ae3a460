import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cardActions, cardOf, cardTexts } from '../../devkit/index.js';
import { fixture, startHarness } from '../helpers/bot-harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => h.connector.clear());

const message = (text: string, extra: Record<string, unknown> = {}) => ({
  ...fixture('teams/message-personal.json'),
  text,
  ...extra,
});
const invoke = (verb: string, data: Record<string, unknown>) => {
  const activity = fixture<{ value: { action: Record<string, unknown> } }>('teams/invoke-action-execute.json');
  activity.value.action = { ...activity.value.action, verb, data };
  return activity;
};

describe('POST /api/messages (local mode, documented Teams payloads)', () => {
  test('a question is answered with an Adaptive Card 1.5 sent to the conversation', async () => {
    const { status } = await h.post(fixture('teams/message-personal.json'));
    expect(status).toBe(200);
    await h.connector.waitFor(1);
    const [sent] = h.connector.sent;
    expect(sent?.conversationId).toMatch(/^a:17I0kl9/);
    const card = cardOf(sent);
    expect(card.version).toBe('1.5');
    const texts = cardTexts(card);
    expect(texts).toContain('☑️ 条件付きで可');
    expect(texts).toEqual(expect.arrayContaining(['通知表', '重要性分類Ⅱ', '外部電子メール']));
    expect(texts).toContain('ファイルを暗号化するか、パスワードを設定する');
    expect(texts.some((t) => t.startsWith('2-2(9)①'))).toBe(true);
    expect(texts).toContain('電子メールにより重要性分類Ⅲ以上の情報を外部送信する場合は、暗号化又はパスワード設定を行う。');
    // 📖 根拠を表示: the tables' rows for this answer, not only their titles.
    expect(texts).toContain('通知表: 重要性分類Ⅱ（成績関係）');
    expect(texts).toContain(
      '「外部持ち出し／外部電子メール」の重要性分類Ⅱ: 条件付きで可（ファイルを暗号化するか、パスワードを設定する）',
    );
    const verbs = cardActions(card).map((a) => a.verb);
    expect(verbs).toEqual(expect.arrayContaining(['answer.feedback']));
    expect(verbs).not.toContain('permit.request');
    const rows = await h.running.store.db.selectFrom('answers').selectAll().execute();
    expect(rows.at(-1)).toMatchObject({
      decision: 'conditional',
      class: 'II',
      action: 'email_external',
      asset_id: 'report_card',
    });
  });

  test('the conversation reference of whoever writes is stored (for proactive messages)', async () => {
    await h.post(message('座席表をTeamsに上げてもいい？'));
    const refs = await h.running.store.db.selectFrom('conversation_references').selectAll().execute();
    const ref = refs.find((r) => r.aad_object_id === '6b1d2c1e-0c7a-4b55-9f5e-2d1a7c3e4f01');
    expect(ref).toMatchObject({ channel: 'teams', conversation_kind: 'personal', name: '山田 花子' });
    expect(JSON.parse(ref!.reference)).toMatchObject({
      serviceUrl: h.connector.url,
      conversation: { id: expect.stringMatching(/^a:/) },
    });
  });

  test('permit_required answers carry 「許可を申請する」 with verb permit.request and the answer id only', async () => {
    await h.post(message('通知表を学校の外に持ち出したい'));
    await h.connector.waitFor(1);
    const request = cardActions(cardOf(h.connector.sent[0])).find((a) => a.verb === 'permit.request');
    expect(request?.title).toBe('許可を申請する');
    expect(Object.keys(request?.data ?? {})).toEqual(['answerId']);
  });

  test('English questions get English cards', async () => {
    await h.post(message('Can I store health check records on OneDrive?', { locale: 'en-US' }));
    await h.connector.waitFor(1);
    const texts = cardTexts(cardOf(h.connector.sent[0]));
    expect(texts).toContain('⛔ Prohibited');
    expect(texts).toContain('health examination record');
  });

  // The Agents Playground always reports en-US: what was typed decides, and Japanese comes first.
  test.each([
    ['a bare full-width 「？」', '？', '🛡️ mamoru の使い方'],
    ['a full-width space', '\u3000', '質問が空です'],
    ['emoji only', '🙏😀', '文字が見つかりませんでした'],
  ])('%s from a client in en-US is answered in Japanese', async (_name, text, expected) => {
    await h.post(message(text, { locale: 'en-US' }));
    await h.connector.waitFor(1);
    const [sent] = h.connector.sent;
    const said = sent?.activity.attachments ? cardTexts(cardOf(sent)).join('\n') : (sent?.activity.text ?? '');
    expect(said).toContain(expected);
  });

  test('an unknown asset offers categories; choosing one re-answers in place (Action.Execute)', async () => {
    await h.post(message('アンケートをメールで送ってもいい？'));
    await h.connector.waitFor(1);
    const card = cardOf(h.connector.sent[0]);
    expect(cardTexts(card)).toContain('❓ 分類を確認');
    const choice = cardActions(card).find((a) => a.verb === 'answer.refine' && a.data?.choiceId === 'blank_survey');
    expect(choice?.title).toBe('記入前のアンケート（重要性分類Ⅳ）');

    const { status, body } = await h.post(invoke('answer.refine', choice!.data!));
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const updated = cardTexts(body!.value);
    expect(updated).toContain('✅ 可');
    expect(updated).toEqual(expect.arrayContaining(['記入前のアンケート', '重要性分類Ⅳ', '外部電子メール']));
  });

  test('feedback is recorded once and the card thanks instead of asking again', async () => {
    await h.post(message('健康診断票をGoogleドライブに保存してもいい？'));
    await h.connector.waitFor(1);
    const helpful = cardActions(cardOf(h.connector.sent[0])).find(
      (a) => a.verb === 'answer.feedback' && a.data?.helpful === true,
    );
    const { body } = await h.post(invoke('answer.feedback', helpful!.data!));
    const texts = cardTexts(body!.value);
    expect(texts).toContain('フィードバックありがとうございます。');
    expect(cardActions(body!.value).some((a) => a.verb === 'answer.feedback')).toBe(false);
    const rows = await h.running.store.db
      .selectFrom('feedback')
      .selectAll()
      .where('answer_id', '=', String(helpful!.data!.answerId))
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ helpful: 1, channel: 'teams' });
  });

  test('an answer decided by what the question is for (年賀状) offers no exception, and keeps its ruling after feedback', async () => {
    await h.post(message('児童の住所を年賀状のために教えてもらっていい？'));
    await h.connector.waitFor(1);
    const card = cardOf(h.connector.sent[0]);
    expect(cardTexts(card)).toContain('⛔ 禁止');
    expect(cardTexts(card).join('\n')).toContain('業務以外の目的');
    expect(cardActions(card).map((a) => a.verb)).not.toContain('permit.request');
    const helpful = cardActions(card).find((a) => a.verb === 'answer.feedback' && a.data?.helpful === false);
    const { body } = await h.post(invoke('answer.feedback', helpful!.data!));
    const again = cardTexts(body!.value).join('\n');
    expect(again).toContain('業務以外の目的');
    expect(again).toContain('2-2(5)①');
    // A forged request from that answer is refused and files nothing.
    h.connector.clear();
    const forged = await h.post(invoke('permit.request', { answerId: helpful!.data!.answerId }));
    expect(JSON.stringify(forged.body)).toContain('この回答からは申請できません');
    const permits = await h.running.store.db.selectFrom('permits').selectAll().execute();
    expect(permits.filter((p) => p.answer_id === helpful!.data!.answerId)).toHaveLength(0);
  });

  test('a greeting gets the welcome card, not a question about categories', async () => {
    await h.post(message('こんにちは！'));
    await h.connector.waitFor(1);
    const card = cardOf(h.connector.sent[0]);
    expect(cardTexts(card).join('\n')).toContain('mamoru（守る）へようこそ');
    expect(cardTexts(card).join('\n')).not.toContain('分類を確認');
  });

  test('an example question on the welcome card is asked by pressing it (answer.ask)', async () => {
    await h.post(message('hello', { locale: 'en-US' }));
    await h.connector.waitFor(1);
    const example = cardActions(cardOf(h.connector.sent[0])).find((a) => a.verb === 'answer.ask');
    expect(example?.data).toEqual({ question: 'Can I email report cards to parents?' });
    h.connector.clear();
    const { status } = await h.post(invoke('answer.ask', example!.data!));
    expect(status).toBe(200);
    await h.connector.waitFor(1);
    expect(cardTexts(cardOf(h.connector.sent[0]))).toContain('☑️ Allowed with conditions');
    const bad = await h.post(invoke('answer.ask', { question: '' }));
    expect(bad.status).toBe(200);
  });

  test('words typed in Japanese get Japanese, whatever the client locale says', async () => {
    await h.post(message('承認待ち', { locale: 'en-US' }));
    await h.connector.waitFor(1);
    const sent = h.connector.sent[0]!.activity;
    const texts = [sent.text ?? '', ...(sent.attachments?.length ? cardTexts(cardOf(h.connector.sent[0])) : [])].join('\n');
    expect(texts).toMatch(/[ぁ-んァ-ン]/);
    expect(texts).not.toMatch(/Waiting|No requests|pending/i);
  });

  test('a card action naming an answer that does not exist changes nothing', async () => {
    const before = await h.running.store.db
      .selectFrom('feedback')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const { status, body } = await h.post(invoke('answer.feedback', { answerId: 'no-such-answer', helpful: false }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, value: expect.stringContaining('見つかりません') });
    const after = await h.running.store.db
      .selectFrom('feedback')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(after).toEqual(before);
  });

  test('another person’s answer id on a card changes nothing: no feedback, no re-answer', async () => {
    await h.post(message('健康診断票をGoogleドライブに保存してもいい？'));
    await h.connector.waitFor(1);
    const actions = cardActions(cardOf(h.connector.sent[0]));
    const feedback = actions.find((a) => a.verb === 'answer.feedback')!.data!;
    const count = async () =>
      (
        await h.running.store.db
          .selectFrom('feedback')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n;
    const before = await count();
    // Someone else, in their own chat, sends the ids of this answer.
    const stranger = (activity: Record<string, unknown>) => ({
      ...activity,
      from: { id: '29:someone-else', name: 'Someone Else', aadObjectId: '00000000-0000-4000-8000-000000000009' },
      conversation: { conversationType: 'personal', tenantId: 't', id: 'a:someone-else' },
    });
    for (const [verb, data] of [
      ['answer.feedback', feedback],
      ['answer.refine', { answerId: feedback.answerId, kind: 'action', choiceId: 'email_external' }],
    ] as const) {
      const { status, body } = await h.post(stranger(invoke(verb, data)));
      expect(status).toBe(200);
      expect(body).toMatchObject({ statusCode: 200, value: expect.stringContaining('見つかりません') });
    }
    expect(await count()).toEqual(before);
  });

  test('a follow-up in the same chat is answered against the previous answer, and the card says so', async () => {
    await h.post(message('通知表をメールで保護者に送ってもいいですか？', { id: 'f-1' }));
    await h.connector.waitFor(1);
    h.connector.clear();
    await h.post(message('じゃあUSBなら？', { id: 'f-2' }));
    await h.connector.waitFor(1);
    const card = cardOf(h.connector.sent[0]);
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('前の質問の続きとして答えています（通知表）');
    expect(texts).toContain('原則禁止・要相談');
    expect(texts).toContain('重要性分類Ⅱ');
    // Another person's chat does not continue this one.
    h.connector.clear();
    await h.post({
      ...message('じゃあUSBなら？', { id: 'f-3' }),
      from: { id: '29:someone-else', name: 'Someone Else', aadObjectId: '00000000-0000-4000-8000-000000000009' },
      conversation: { conversationType: 'personal', tenantId: 't', id: 'a:someone-else' },
    });
    await h.connector.waitFor(1);
    expect(cardTexts(cardOf(h.connector.sent[0])).join('\n')).not.toContain('前の質問の続き');
  });

  test('a report of a lost USB stick gets the first steps, whom to tell, and no permission button', async () => {
    await h.post(message('成績の入ったUSBメモリをなくしました'));
    await h.connector.waitFor(1);
    const card = cardOf(h.connector.sent[0]);
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('🚨 インシデントの報告');
    expect(texts).toContain('すぐに校長（学校情報セキュリティ管理者）に報告してください。');
    expect(texts).toContain('4-4(1)②');
    expect(cardActions(card).map((a) => a.verb)).not.toContain('permit.request');
  });

  test('installing the app (personal) sends a welcome with three example questions', async () => {
    await h.post(fixture('teams/installation-update-add.json'));
    await h.connector.waitFor(1);
    const card = cardOf(h.connector.sent[0]);
    expect(cardTexts(card)[0]).toContain('mamoru（守る）へようこそ');
    expect(cardActions(card).filter((a) => a.verb === 'answer.ask')).toHaveLength(3);
  });

  /** Whatever announces an install, in conversation `id` (a fresh one per test: a welcome is once a conversation). */
  const inConversation = (activity: Record<string, unknown>, id: string) => ({
    ...activity,
    conversation: { ...(activity.conversation as Record<string, unknown>), id },
  });
  const welcomes = () => h.connector.sent.filter((s) => /へようこそ|Welcome to mamoru/.test(cardTexts(cardOf(s))[0] ?? ''));
  const settle = () => new Promise((r) => setTimeout(r, 300));

  test('adding the bot to a team: one welcome, whether installationUpdate or conversationUpdate comes first; the channel is remembered', async () => {
    const team = fixture('teams/conversation-update-team.json');
    const install = { ...fixture('teams/installation-update-add.json'), conversation: team.conversation };
    await h.post(inConversation(team, '19:team-a@thread.tacv2'));
    await h.post(inConversation(install, '19:team-a@thread.tacv2'));
    await h.post(inConversation(install, '19:team-b@thread.tacv2'));
    await h.post(inConversation(team, '19:team-b@thread.tacv2'));
    await settle();
    expect(welcomes().map((w) => w.conversationId)).toEqual(['19:team-a@thread.tacv2', '19:team-b@thread.tacv2']);
    const refs = await h.running.store.db.selectFrom('conversation_references').selectAll().execute();
    expect(refs.map((r) => r.conversation_id)).toContain('19:team-a@thread.tacv2');
  });

  test('the Bot Framework Emulator announces a conversation with conversationUpdate alone: welcomed once', async () => {
    const emulator = fixture('bot-framework/emulator-conversation-update.json');
    await h.post(emulator);
    await h.post(emulator);
    await settle();
    expect(welcomes()).toHaveLength(1);
    expect(welcomes()[0]!.conversationId).toBe('c6a0e2f0-6e21-11ef-9a44-8d1c0f0e7a11|livechat');
  });

  test('Web Chat over Direct Line announces the bot, then the user: one welcome', async () => {
    await h.post(fixture('bot-framework/directline-bot-added.json'));
    await h.post(fixture('bot-framework/directline-user-added.json'));
    await settle();
    expect(welcomes()).toHaveLength(1);
  });

  test('a new member of a team is no install: no welcome', async () => {
    const team = fixture<Record<string, unknown>>('teams/conversation-update-team.json');
    await h.post(inConversation({ ...team, membersAdded: [{ id: '29:new-teacher' }] }, '19:team-c@thread.tacv2'));
    await settle();
    expect(h.connector.sent).toEqual([]);
  });

  test('removing the app and adding it again welcomes again; an upgrade does not', async () => {
    const install = inConversation(fixture('teams/installation-update-add.json'), 'a:reinstalled');
    await h.post(install);
    await h.post({ ...install, action: 'add-upgrade' });
    await settle();
    expect(welcomes()).toHaveLength(1);
    await h.post({ ...install, action: 'remove' });
    await h.post(install);
    await settle();
    expect(welcomes()).toHaveLength(2);
  });

  test('help and ヘルプ show how to ask', async () => {
    await h.post(message('ヘルプ'));
    await h.post(message('help'));
    await h.connector.waitFor(2);
    expect(cardTexts(cardOf(h.connector.sent[0]))[0]).toBe('🛡️ mamoru の使い方');
    expect(cardTexts(cardOf(h.connector.sent[1]))[0]).toBe('🛡️ How to use mamoru');
  });
});

describe('bad input is answered politely and never crashes the server', () => {
  test('malformed JSON → 400, and the server still answers', async () => {
    const response = await fetch(`${h.running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'the body is not valid JSON' });
    expect((await fetch(`${h.running.url}/healthz`)).status).toBe(200);
  });

  test.each([['[1,2]'], ['"text"'], ['{"text":"no type"}']])('%s → 400', async (body) => {
    const response = await fetch(`${h.running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
  });

  test.each([
    ['text as a number', { text: 42 }, 'text'],
    ['text as an object', { text: { evil: true } }, 'text'],
    ['attachments not a list', { attachments: 'x' }, 'attachments'],
    ['from as a string', { from: 'someone' }, 'from'],
  ])('a message with %s → 400 naming the field; the next message is answered', async (_name, fields, field) => {
    const { status, body } = await h.post(message('x', fields));
    expect(status).toBe(400);
    expect(String(body?.error)).toMatch(new RegExp(`^expected a Bot Framework activity: ${field}`));
    await h.post(message('通知表をメールで送ってもいい？'));
    await h.connector.waitFor(1);
    expect(cardTexts(cardOf(h.connector.sent[0])).join('\n')).toContain('条件付きで可');
  });

  test('a body over 1 MB → 413', async () => {
    const response = await fetch(`${h.running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message('あ'.repeat(600_000))),
    });
    expect(response.status).toBe(413);
  });

  test('unknown activity types are ignored politely', async () => {
    const { status } = await h.post({
      ...fixture('teams/message-personal.json'),
      type: 'messageReaction',
      reactionsAdded: [{ type: 'like' }],
    });
    expect(status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.connector.sent).toHaveLength(0);
  });

  test('a 100,000-character message gets a short "too long" reply', async () => {
    await h.post(message('通知表'.repeat(33_334)));
    await h.connector.waitFor(1);
    expect(h.connector.sent[0]?.activity.text).toMatch(/^質問が長すぎます/);
    expect(h.connector.sent[0]?.activity.text?.length).toBeLessThan(200);
  });

  test('an attached file that cannot be downloaded is answered honestly, and the text is still answered', async () => {
    await h.post(
      message('このファイルをメールで送っていい？ 通知表です', {
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            contentUrl: 'https://contoso.sharepoint.com/personal/hanako/Documents/通知表.xlsx',
            name: '通知表.xlsx',
            content: {
              downloadUrl: 'http://127.0.0.1:9/download/abc',
              uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C9D',
              fileType: 'xlsx',
            },
          },
        ],
      }),
    );
    await h.connector.waitFor(2);
    expect(h.connector.sent[0]?.activity.text).toContain('通知表.xlsx');
    expect(h.connector.sent[0]?.activity.text).toContain('保存していません');
    expect(cardTexts(cardOf(h.connector.sent[1]))).toContain('☑️ 条件付きで可');
  });

  test('a file attached in a personal chat is read in memory and answered for its class', async () => {
    const csv = [
      '氏名,住所,電話番号',
      ...Array.from({ length: 10 }, (_, i) => `生徒${i},熊本市中央区${i}-1,090-1111-${2000 + i}`),
    ].join('\n');
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end(csv));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/download/Book1.csv`;
      await h.post(
        message('このファイルをGoogleドライブに保存していい？', {
          attachments: [
            {
              contentType: 'application/vnd.microsoft.teams.file.download.info',
              name: 'Book1.csv',
              content: { downloadUrl: url, fileType: 'csv' },
            },
          ],
        }),
      );
      await h.connector.waitFor(1);
      const texts = cardTexts(cardOf(h.connector.sent[0]));
      expect(texts).toContain('⛔ 禁止');
      expect(texts).toContain('重要性分類Ⅰ');
      expect(texts.join('\n')).toMatch(/📎 Book1\.csv: 重要性分類Ⅰ（.*(住所録|電話番号)/);
      expect(texts.join('\n')).not.toContain('熊本市中央区');
    } finally {
      server.close();
    }
  });
});

test('a large attachment is read on a worker thread: another teacher is answered meanwhile', async () => {
  // A 15 MB class I address list: parsing it takes the best part of a second.
  const rows = ['氏名,住所,電話番号,生年月日'];
  for (let i = 0; i < 200_000; i++)
    rows.push(
      `生徒${i},熊本市中央区水前寺${i % 9}-${i % 30}-1,090-${1000 + (i % 9000)}-${2000 + (i % 7000)},2015/04/${1 + (i % 28)}`,
    );
  const csv = Buffer.from(rows.join('\n'));
  let served!: () => void;
  const downloaded = new Promise<void>((resolve) => {
    served = resolve;
  });
  const server = createServer((_req, res) => {
    res.on('finish', served);
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': csv.byteLength }).end(csv);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/download/meibo.csv`;
    const attachment = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'meibo.csv',
      content: { downloadUrl: url },
    };
    // (Teams waits for a message's turn to end, so the first request is not awaited here.)
    const withFile = h.post(message('このファイルをメールで送っていい？', { attachments: [attachment] }));
    await downloaded;
    await h.post(message('学級だよりをホームページに載せてもいい？', { id: 'second-teacher' }));
    const cards = () => h.connector.sent.filter((s) => s.activity.attachments?.length);
    await expect.poll(() => cards().length, { timeout: 30_000 }).toBe(2);
    const [first, second] = cards().map((s) => cardTexts(cardOf(s)).join('\n'));
    expect(first).toContain('学校・学年・学級だより');
    expect(second).toContain('📎 meibo.csv: 重要性分類Ⅰ');
    await withFile;
  } finally {
    server.close();
  }
});

test('GET /healthz says the mode', async () => {
  const response = await fetch(`${h.running.url}/healthz`);
  expect(await response.json()).toEqual({ status: 'ok', mode: 'local' });
  expect(h.running.host).toBe('127.0.0.1');
});

describe('a slow card action', () => {
  test('past the deadline Teams is told "still working" and the card follows as a proactive message', async () => {
    const { createBot } = await import('../../bot/core/index.js');
    const { createTeamsFront } = await import('../../bot/channels/teams/index.js');
    const { listen } = await import('../../bot/server.js');
    const { quietLog } = await import('../helpers/bot-harness.js');
    const slow = createBot({
      store: h.running.store.bot,
      log: quietLog,
      policy: 'kumamoto',
      features: [
        (bot) =>
          bot.route([(ctx) => ctx.event.type === 'cardAction'], async (ctx) => {
            await new Promise((r) => setTimeout(r, 300));
            ctx.update({ kind: 'help', language: 'ja', policyName: 'テスト', examples: [] });
          }),
      ],
    });
    const teams = createTeamsFront(slow, { invokeDeadlineMs: 50 }, quietLog);
    const server = await listen({ port: 0, host: '127.0.0.1', fronts: [teams], log: quietLog });
    try {
      const port = (server.address() as { port: number }).port;
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...invoke('answer.feedback', { answerId: 'x', helpful: true }), serviceUrl: h.connector.url }),
      });
      expect(await response.json()).toMatchObject({
        statusCode: 200,
        value: '処理に時間がかかっています。結果はこのあとお送りします。',
      });
      expect(h.connector.sent).toHaveLength(0);
      await h.connector.waitFor(1);
      expect(cardTexts(cardOf(h.connector.sent[0]))[0]).toBe('🛡️ mamoru の使い方');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
