import { randomUUID } from 'node:crypto';
import { VERBS } from '../../adaptive-cards/index.js';
import { type BufferClassification, classifyBuffer } from '../../inspect/index.js';
import {
  ACTION_IDS,
  type ActionId,
  answerFor,
  ask,
  type ClassId,
  type Decision,
  getPack,
  type Language,
  type Pack,
  type Previous,
  QuestionError,
} from '../../policy/index.js';
import { findingIdOf } from '../../store/index.js';
import {
  type Bot,
  type BotContext,
  cardActionOf,
  type IncomingAttachment,
  languageOf,
  matchText,
  matchVerb,
  messageOf,
  onlyCardActions,
  onlyInstalled,
  onlyMessages,
  onlyUninstalled,
  type StoredAnswer,
} from '../core/index.js';
import { type AnswerExtras, answerCardModel } from './answer-card-model.js';
import { isReadable, readAttachment } from './read-attachment.js';
import { TEXT } from './texts.js';

const EXAMPLES: Record<Language, string[]> = {
  ja: [
    '通知表をメールで保護者に送ってもいいですか？',
    '健康診断票をGoogleドライブに保存してもいい？',
    '学級だよりをホームページに載せてもいい？',
  ],
  en: [
    'Can I email report cards to parents?',
    'Can I keep health check records on OneDrive?',
    'Can I take the attendance book home?',
  ],
};

const HELP = /^(help|ヘルプ|へるぷ|使い方|つかいかた|\?|？|menu|メニュー)$/i;
const GREETING =
  /^(こんにちは|こんにちわ|こんばんは|おはよう(ございます)?|はじめまして|よろしく(お願いします|おねがいします)?|hi|hello|hey|good (morning|afternoon|evening))[\s!！。.、〜~]*$/i;

/** What another feature adds to an answer for the person asking (a standing permission that covers them). */
export type AnswerExtender = (ctx: BotContext, pack: Pack, decision: Decision) => Promise<AnswerExtras>;

/**
 * Ask: every message is a question answered with a card; follow-up choices re-answer in place;
 * feedback is recorded; a welcome when installed and `help` on request.
 */
export function askFeature(bot: Bot): void {
  askFeatureWith({})(bot);
}

/** The ask feature with what other features add to each answer (`extend`, called for every card). */
export function askFeatureWith(options: { extend?: AnswerExtender }): (bot: Bot) => void {
  return (bot) => registerAsk(bot, options.extend);
}

/** The card for a decision, with what the person's own situation adds (see AnswerExtender). */
type CardFor = (
  ctx: BotContext,
  pack: Pack,
  decision: Decision,
  answerId: string,
  feedback?: 'helpful' | 'wrong' | null,
) => Promise<ReturnType<typeof answerCardModel>>;

function registerAsk(bot: Bot, extend: AnswerExtender | undefined): void {
  const cardFor: CardFor = async (ctx, pack, decision, answerId, feedback = null) =>
    answerCardModel(pack, decision, answerId, feedback, (await extend?.(ctx, pack, decision)) ?? {});
  bot
    .route([onlyInstalled, (ctx) => ctx.event.type === 'installed' && ctx.event.welcome], welcomeOnce)
    .route([onlyUninstalled], (ctx) => ctx.store.forgetWelcome(conversationOf(ctx)))
    .route([onlyMessages, matchText(HELP)], help)
    // A greeting is not a question: the welcome card, in the greeting's language.
    .route([onlyMessages, matchText(GREETING)], welcome)
    .route([onlyMessages], (ctx) => answerQuestion(ctx, cardFor))
    .route([onlyCardActions, matchVerb(VERBS.ANSWER_REFINE)], (ctx) => refine(ctx, cardFor))
    .route([onlyCardActions, matchVerb(VERBS.ANSWER_FEEDBACK)], (ctx) => feedback(ctx, cardFor))
    .route([onlyCardActions, matchVerb(VERBS.ANSWER_ASK)], (ctx) => askExample(ctx, cardFor));
}

const conversationOf = (ctx: BotContext) => ({ channel: ctx.event.channel, conversationId: ctx.event.conversation.id });

/** An install, however announced and however many times: the welcome once a conversation, on the first. */
async function welcomeOnce(ctx: BotContext): Promise<void> {
  if (await ctx.store.claimWelcome(conversationOf(ctx))) welcome(ctx);
}

function welcome(ctx: BotContext): void {
  const language = languageOf(ctx.event);
  const pack = getPack(ctx.policy);
  ctx.reply({
    text: TEXT[language].welcome,
    card: { kind: 'welcome', language, policyName: pack.meta.name[language], examples: EXAMPLES[language] },
  });
}

function help(ctx: BotContext): void {
  const text = messageOf(ctx).text.trim();
  const language: Language = /^[a-z?]+$/i.test(text) ? 'en' : languageOf(ctx.event);
  const pack = getPack(ctx.policy);
  ctx.reply({
    text: TEXT[language].help,
    card: { kind: 'help', language, policyName: pack.meta.name[language], examples: EXAMPLES[language] },
  });
}

/** The class of an attached file (read in memory, then dropped), or why it could not be read. */
async function classifyAttachment(ctx: BotContext, file: IncomingAttachment): Promise<BufferClassification | string> {
  const language = languageOf(ctx.event);
  const name = file.name ?? 'file';
  const read = await readAttachment(file);
  if (!read.ok) return TEXT[language].fileUnreadable(name, read.reason);
  const result = await classifyBuffer(getPack(ctx.policy), read.data, name);
  ctx.log.info({ class: result.class, status: result.status, bytes: read.data.byteLength }, 'attachment classified');
  if (result.status !== 'ok' || result.class === null)
    return TEXT[language].fileUnreadable(name, result.status === 'ok' ? 'unknown' : 'cannot_inspect', result.reasons[0]);
  return result;
}

async function answerQuestion(ctx: BotContext, cardFor: CardFor): Promise<void> {
  const message = messageOf(ctx);
  const language = languageOf(ctx.event);
  const files = message.attachments.filter((a) => !a.contentType.startsWith('text/html'));
  const readable = files.find(isReadable);
  let file: { name: string; result: BufferClassification } | null = null;
  if (readable) {
    const result = await classifyAttachment(ctx, readable);
    if (typeof result === 'string') {
      ctx.reply({ text: result });
      if (message.text.trim() === '') return;
    } else {
      file = { name: readable.name ?? 'file', result };
    }
  } else if (files.length > 0) {
    // Images and other attachments are not read: say so rather than answer for a file unseen.
    ctx.reply({
      text: TEXT[language].cannotReadFiles(
        files.map((f) => f.name ?? f.contentType),
        ctx.event.traits.readableFiles[language],
      ),
    });
    if (message.text.trim() === '') return;
  }
  const pack = getPack(ctx.policy);
  let decision: Decision;
  try {
    const question = message.text.trim() || TEXT[language].aboutThisFile;
    decision = file
      ? ask(pack, question, { class: file.result.class ?? undefined, assetId: file.result.assetId })
      : ask(pack, message.text, { previous: await previousAnswer(ctx, pack.id) });
    if (file)
      decision = {
        ...decision,
        answer: `${TEXT[language].fileLine(file.name, pack.classes.get(file.result.class!)!.label[language], file.result.reasons)}\n${decision.answer}`,
      };
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    ctx.reply({ text: TEXT[language].badQuestion(error.code) });
    return;
  }
  const answerId = await remember(ctx, decision);
  ctx.log.info({ answerId, decision: decision.decision, class: decision.class, action: decision.action }, 'answered');
  ctx.reply(withStandingLine(decision.answer, await cardFor(ctx, pack, decision, answerId)));
}

/** The reply's text says what the card says about a standing permission too (for notifications and plain clients). */
function withStandingLine(answer: string, card: Awaited<ReturnType<CardFor>>) {
  if (!card.standing) return { text: answer, card };
  const { until, grantedBy } = card.standing;
  const line =
    card.language === 'en'
      ? `Within a standing permission (until ${until}, granted by ${grantedBy}): no request needed.`
      : `包括的許可の範囲内です（${until}まで・${grantedBy} が許可）。申請は不要です。`;
  return { text: `${answer}\n${line}`, card };
}

/** How long a follow-up (「じゃあUSBなら？」) continues the answer before it. */
const FOLLOW_UP_MS = 30 * 60 * 1000;

/** The last answer this person got in this chat (ids only), if recent: what a follow-up continues. */
async function previousAnswer(ctx: BotContext, policy: string): Promise<Previous | undefined> {
  const since = new Date(Date.now() - FOLLOW_UP_MS).toISOString();
  const last = await ctx.store.lastAnswer(ctx.event.conversation.id, ctx.event.user.id, since);
  if (!last || last.policy !== policy || last.decision === 'incident' || findingIdOf(last.assetId)) return undefined;
  return {
    assetId: last.assetId,
    actionId: last.action as ActionId | null,
    situationId: last.situationId ?? null,
    class: last.class as ClassId | null,
  };
}

async function remember(ctx: BotContext, decision: Decision): Promise<string> {
  const id = randomUUID();
  await ctx.store.saveAnswer({
    id,
    channel: ctx.event.channel,
    userId: ctx.event.user.id,
    conversationId: ctx.event.conversation.id,
    policy: decision.policy,
    language: decision.language,
    decision: decision.decision,
    class: decision.class,
    action: decision.action,
    assetId: decision.asset?.id ?? null,
    situationId: decision.situation?.id ?? null,
  });
  return id;
}

/** An example question pressed on the welcome or help card: answered as a new message, as if typed. */
async function askExample(ctx: BotContext, cardFor: CardFor): Promise<void> {
  const { data } = cardActionOf(ctx);
  const question = typeof data.question === 'string' ? data.question : '';
  const pack = getPack(ctx.policy);
  let decision: Decision;
  try {
    decision = ask(pack, question);
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    ctx.reply({ text: TEXT[languageOf(ctx.event)].badQuestion(error.code) });
    return;
  }
  const answerId = await remember(ctx, decision);
  ctx.reply(withStandingLine(decision.answer, await cardFor(ctx, pack, decision, answerId)));
}

/** The answer a card names, if it was given to the person acting (a card id is checked, never trusted). */
async function ownAnswer(ctx: BotContext, answerId: unknown): Promise<StoredAnswer | undefined> {
  const stored = typeof answerId === 'string' ? await ctx.store.getAnswer(answerId) : undefined;
  if (stored && stored.userId !== ctx.event.user.id) {
    ctx.log.warn({ answerId, actor: ctx.event.user.id }, "refused: another person's answer");
    return undefined;
  }
  return stored;
}

/** A follow-up choice: answer again with the chosen information or action, in place. */
async function refine(ctx: BotContext, cardFor: CardFor): Promise<void> {
  const { data } = cardActionOf(ctx);
  const stored = await ownAnswer(ctx, data.answerId);
  const choiceId = typeof data.choiceId === 'string' ? data.choiceId : '';
  const pack = stored ? getPack(stored.policy) : undefined;
  const validChoice =
    pack && (data.kind === 'asset' ? pack.items.has(choiceId) : (ACTION_IDS as readonly string[]).includes(choiceId));
  if (!stored || !pack || !validChoice) {
    ctx.reply({ text: TEXT[languageOf(ctx.event)].staleCard });
    return;
  }
  const decision = answerFor(pack, {
    language: stored.language,
    assetId: data.kind === 'asset' ? choiceId : stored.assetId,
    actionId: data.kind === 'action' ? (choiceId as ActionId) : (stored.action as ActionId | null),
    situationId: stored.situationId,
    class: stored.class as never,
  });
  const answerId = await remember(ctx, decision);
  ctx.update(await cardFor(ctx, pack, decision, answerId));
}

/** 役に立った / 違う: recorded once per answer; the card thanks instead of asking again. */
async function feedback(ctx: BotContext, cardFor: CardFor): Promise<void> {
  const { data } = cardActionOf(ctx);
  const stored = await ownAnswer(ctx, data.answerId);
  if (!stored || typeof data.helpful !== 'boolean') {
    ctx.reply({ text: TEXT[languageOf(ctx.event)].staleCard });
    return;
  }
  await ctx.store.saveFeedback({
    answerId: stored.id,
    channel: ctx.event.channel,
    userId: ctx.event.user.id,
    helpful: data.helpful,
  });
  // An incident answer cannot be re-answered from what is kept (its kinds are not): thank, and
  // leave the card with its first steps and 「報告する」 as it is.
  if (stored.decision === 'incident') {
    ctx.reply({ text: TEXT[stored.language].thanks(data.helpful) });
    return;
  }
  const pack = getPack(stored.policy);
  const decision = answerFor(pack, {
    language: stored.language,
    assetId: stored.assetId,
    actionId: stored.action as ActionId | null,
    situationId: stored.situationId,
    class: stored.class as never,
  });
  ctx.update(await cardFor(ctx, pack, decision, stored.id, data.helpful ? 'helpful' : 'wrong'));
}
