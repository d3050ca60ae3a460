// npm run demo:google-chat: the README's Google Chat section, followed against local fakes.
// Starts mamoru with Google Chat configured (audience = a project number), a local stand-in
// for Google (signing certificates and the Chat API), signs sample events with a test key,
// and shows: the answer card JSON, 401 for an unsigned request, a permit end to end, and a file
// uploaded with a question.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startBot } from '../dist/bot/start-bot.js';
import { FakeGoogleChat, newSigningKey, signJwt } from '../dist/devkit/index.js';
import { importRoster } from '../dist/store/index.js';

const PROJECT = '123456789012';
const key = newSigningKey('demo-key');
const google = await new FakeGoogleChat([key]).start();
const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-chat-demo-'));
const bot = await startBot({
  port: 0,
  store: { dataDir },
  teams: {},
  log: pino({ level: 'silent' }),
  googleChat: { auth: { mode: 'project_number', audience: PROJECT, certsUrl: google.certsUrl }, client: google.client() },
});
await importRoster(
  bot.store.db,
  `email,name,school,role,teams_aad_object_id,google_user_id
hanako.yamada@school.example.jp,山田 花子,デモ中学校,teacher,,users/100
taro.suzuki@school.example.jp,鈴木 太郎,デモ中学校,principal,,users/200
`,
);
google.dms.set('users/200', 'spaces/TARO_DM');

const now = Math.floor(Date.now() / 1000);
const signed = `Bearer ${signJwt({ iss: 'chat@system.gserviceaccount.com', aud: PROJECT, iat: now, exp: now + 3600 }, key)}`;
const sample = JSON.parse(readFileSync(new URL('../test/fixtures/google-chat/message-dm.json', import.meta.url), 'utf8'));
const HANAKO = { name: 'users/100', displayName: '山田 花子', email: 'hanako.yamada@school.example.jp', type: 'HUMAN' };
const TARO = { name: 'users/200', displayName: '鈴木 太郎', email: 'taro.suzuki@school.example.jp', type: 'HUMAN' };
const dm = (name) => ({ name, type: 'DM', spaceType: 'DIRECT_MESSAGE', singleUserBotDm: true });

async function post(event, authorization = signed) {
  const response = await fetch(`${bot.url}/api/google-chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(event),
  });
  return { status: response.status, json: await response.json() };
}
const say = (user, space, text) => ({
  ...sample,
  user,
  space: dm(space),
  message: { ...sample.message, text, argumentText: text, sender: user, space: dm(space) },
});
const click = (user, space, fn, parameters, formInputs = {}) => ({
  type: 'CARD_CLICKED',
  eventTime: new Date().toISOString(),
  user,
  space: dm(space),
  message: { name: `${space}/messages/card`, space: dm(space) },
  common: { userLocale: 'ja', hostApp: 'CHAT', invokedFunction: fn, parameters, formInputs },
});
const buttons = (json) =>
  json.cardsV2?.[0]?.card.sections.flatMap((s) => s.widgets.flatMap((w) => w.buttonList?.buttons ?? [])) ?? [];
const params = (b) => Object.fromEntries(b.onClick.action.parameters.map((p) => [p.key, p.value]));
const texts = (card, n = 12) =>
  JSON.stringify(card)
    .match(/"(?:text|topLabel)":"[^"]*"/g)
    ?.slice(0, n)
    .join('\n    ') ?? '';
/** The card's headline and its decision line (承認/却下: who, when). */
const outcome = (card) =>
  JSON.stringify(card)
    .match(/"text":"[^"]*(?:承認|却下|申請)[^"]*"/g)
    ?.filter((t, i, all) => all.indexOf(t) === i)
    .join('\n    ') ?? '';

console.log('1. 山田 asks in her DM: 通知表をメールで保護者に送ってもいいですか？');
const answer = await post(say(HANAKO, 'spaces/HANAKO_DM', '通知表をメールで保護者に送ってもいいですか？'));
console.log(
  `   → ${answer.status}, cardsV2:\n${JSON.stringify(answer.json.cardsV2[0], null, 2).split('\n').slice(0, 40).join('\n')}\n   …`,
);

console.log('\n2. The same event without a token:');
console.log(`   → ${(await post(say(HANAKO, 'spaces/HANAKO_DM', 'x'), null)).status} (unauthorized: nothing was read)`);

console.log('\n3. A permit: 通知表を学校の外に持ち出したい → 許可を申請する → form → submit');
const asked = await post(say(HANAKO, 'spaces/HANAKO_DM', '通知表を学校の外に持ち出したい'));
const request = buttons(asked.json).find((b) => b.onClick.action.function === 'permit.request');
await post(click(HANAKO, 'spaces/HANAKO_DM', 'permit.request', params(request)));
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
const submitted = await post(
  click(HANAKO, 'spaces/HANAKO_DM', 'permit.submit', params(request), {
    purpose: { stringInputs: { value: ['家庭訪問で保護者に説明するため'] } },
    destination: { stringInputs: { value: ['生徒宅'] } },
    returnOn: { dateInput: { msSinceEpoch: String(Date.parse(`${today}T00:00:00Z`)) } },
    confirm_encrypt_or_password: { stringInputs: { value: ['true'] } },
  }),
);
console.log(`   → ${submitted.json.actionResponse.type}:\n    ${texts(submitted.json.cardsV2[0])}`);
await bot.notifier.drain();
const approval = google.created('spaces/TARO_DM').at(-1);
console.log(
  `\n4. The Chat API received the approval card for 鈴木 (spaces.messages.create, requestId ${approval.requestId}):\n    ${texts(approval.body.cardsV2[0])}`,
);
const approve = buttons(approval.body).find((b) => b.onClick.action.function === 'permit.approve');
const decided = await post(click(TARO, 'spaces/TARO_DM', 'permit.approve', params(approve)));
console.log(
  `\n5. 鈴木 clicks 承認する → ${decided.json.actionResponse.type}, the card now says:\n    ${outcome(decided.json.cardsV2[0])}`,
);
await bot.notifier.drain();
const notice = google.created('spaces/HANAKO_DM').at(-1);
console.log(`\n6. 山田 is told in her DM (spaces.messages.create):\n    ${outcome(notice.body.cardsV2[0])}`);

console.log(
  '\n7. 山田 uploads Book1.csv with 「このファイルをGoogleドライブに保存していい？」 (read with media.download, then dropped):',
);
google.media.set(
  'demo-upload-1',
  Buffer.from(
    ['氏名,住所,電話番号', ...Array.from({ length: 8 }, (_, i) => `生徒${i},熊本市中央区${i}-1,090-1234-56${i}0`)].join('\n'),
  ),
);
const withFile = say(HANAKO, 'spaces/HANAKO_DM', 'このファイルをGoogleドライブに保存していい？');
withFile.message.attachment = [
  {
    name: 'spaces/HANAKO_DM/messages/m1/attachments/a1',
    contentName: 'Book1.csv',
    contentType: 'text/csv',
    attachmentDataRef: { resourceName: 'demo-upload-1' },
    source: 'UPLOADED_CONTENT',
  },
];
const fileAnswer = await post(withFile);
console.log(`    ${texts(fileAnswer.json.cardsV2[0])}`);

await bot.close();
await google.stop();
rmSync(dataDir, { recursive: true, force: true });
