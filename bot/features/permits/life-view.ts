import { answerFor, getPack, type Language } from '../../../policy/index.js';
import {
  getClassQuestion,
  getPermit,
  getUser,
  type OutboxRow,
  openInName,
  type Permit,
  type Store,
} from '../../../store/index.js';
import type { Reply } from '../../core/index.js';
import { answerCardModel } from '../answer-card-model.js';
import { classQuestionCard } from './class-question.js';
import { withoutExample } from './context.js';
import { detailsOf } from './permit-view.js';
import { standingExtras } from './standing.js';
import { CLASS_TEXT } from './texts.js';

const JST = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' });

/** One line for a permit in a list of what is open: the information, the action, its date. */
function line(p: Permit): string {
  const pack = getPack(p.policy);
  const action = pack.actions.get(p.action as never)?.name.ja ?? pack.situations.get(p.action)?.name.ja ?? p.action;
  const date = p.return_on ? `（返却予定日 ${p.return_on}）` : '';
  // What was declared in words (a device's asset number) is what must come back.
  const declared = detailsOf(p)
    .declarations.filter((d) => d.value !== 'true' && d.value !== 'false')
    .map((d) => `${withoutExample(d.label).label}: ${d.value}`);
  return `${p.asset_name ? `${p.asset_name} — ` : ''}${action}${date}${declared.length > 0 ? `［${declared.join('、')}］` : ''}: ${p.purpose}`;
}

/** 4-1(5): what is still open in the name of someone who left, as their principal is told it now. */
async function staffLeft(store: Store, row: OutboxRow): Promise<Reply | null> {
  const payload = JSON.parse(row.payload ?? '{}') as { userId?: string; cancelled?: string[]; standingEnded?: string[] };
  const user = payload.userId ? await getUser(store.db, payload.userId) : undefined;
  if (!user) return null;
  const open = await openInName(store.db, user, new Date());
  const cancelled = (await Promise.all((payload.cancelled ?? []).map((id) => getPermit(store.db, id)))).filter((p): p is Permit =>
    Boolean(p),
  );
  const school = user.school_id
    ? await store.db.selectFrom('schools').select('name').where('id', '=', user.school_id).executeTakeFirst()
    : undefined;
  const groups = [
    { title: '持ち出したまま返却されていないもの', lines: open.takeOuts.map(line) },
    { title: '期間中の許可・記録待ちの廃棄', lines: open.inForce.map(line) },
    { title: '完了証明書が届いていない廃棄', lines: open.certificates.map(line) },
    { title: '所有者として未解決のクラウド点検結果', lines: open.findings.map((f) => `${f.name}（${f.path}）`) },
    { title: '取り消した申請', lines: cancelled.map(line) },
    ...(payload.standingEnded?.length
      ? [{ title: '終了した包括的許可', lines: [`${payload.standingEnded.length} 件（本人あての包括的許可）`] }]
      : []),
  ].filter((g) => g.lines.length > 0);
  const language: Language = 'ja';
  // The board's pack, as the leaver's own records name it (the default pack when they have none).
  const pack = getPack([...open.takeOuts, ...open.inForce, ...cancelled][0]?.policy);
  const role = pack.roles.get(user.role as never);
  return {
    text: `${user.name}さんが名簿から外れました。まだ終わっていないものを確認してください。`,
    card: {
      kind: 'staffLeft',
      language,
      name: user.name,
      email: user.email,
      schoolName: school?.name ?? null,
      role: role ? `${role.title.ja}（${role.held_by.ja}）` : user.role,
      leftAt: user.left_at ? JST.format(new Date(user.left_at)) : '—',
      groups,
      cancelled: payload.cancelled ?? [],
      citation: '4-1(5) 教職員の離任: 利用していた情報資産を返却する。',
    },
  };
}

/**
 * The messages of the rest of a permit's life that are not about one permit: the principal asked to
 * decide a class, the teacher given the answer, the principal told someone left.
 */
export async function renderLife(store: Store, row: OutboxRow): Promise<Reply | null> {
  if (row.kind === 'staff_left') return staffLeft(store, row);
  const { questionId } = JSON.parse(row.payload ?? '{}') as { questionId?: string };
  const question = questionId ? await getClassQuestion(store.db, questionId) : undefined;
  if (!question) return null;
  const asked = await store.bot.getAnswer(question.answer_id);
  const language: Language = asked?.language ?? 'ja';
  if (row.kind === 'class_question') {
    const card = await classQuestionCard(store, question, 'principal', language);
    return { text: language === 'ja' ? '情報の分類の判断を求められています' : 'You are asked to decide a class', card };
  }
  if (row.kind !== 'class_decided' || !question.class || !question.decided_answer_id) return null;
  const pack = getPack(question.policy);
  const decision = answerFor(pack, { language, class: question.class as never, actionId: question.action as never });
  const decider = question.decided_by ? await getUser(store.db, question.decided_by) : undefined;
  const cls = pack.classes.get(question.class as never)?.label[language] ?? question.class;
  const note = `📌 ${CLASS_TEXT[language].decided(decider?.name ?? '—', cls, question.comment)}`;
  const requester = await getUser(store.db, question.requester_id);
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const extras = await standingExtras(store, pack, decision, requester, day);
  const card = { ...answerCardModel(pack, decision, question.decided_answer_id, null, extras), note };
  return { text: `${note}\n${decision.answer}`, card };
}
