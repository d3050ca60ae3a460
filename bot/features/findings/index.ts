import { randomUUID } from 'node:crypto';
import type { Language } from '../../../adaptive-cards/index.js';
import { VERBS } from '../../../adaptive-cards/index.js';
import {
  appendAudit,
  approversFor,
  type Finding,
  getFinding,
  judgeFinding,
  outbox,
  type Store,
  type User,
} from '../../../store/index.js';
import {
  type Bot,
  type BotContext,
  cardActionOf,
  type Feature,
  languageOf,
  matchVerb,
  onlyCardActions,
  type Reply,
} from '../../core/index.js';
import { type PermitDeps, rosterUser } from '../permits/context.js';
import { openForm } from '../permits/request.js';
import { findingModel, renderFindings } from './finding-view.js';

const TEXT = {
  ja: {
    notFound: 'この点検結果が見つかりません。',
    notAllowed: 'この操作は、ファイルの所有者・学校の管理者・情報セキュリティ担当者だけができます。',
    falsePositive: '誤検知として記録しました。このファイルのこの版は、今後報告しません。',
    moved: 'ありがとうございます。次回のスキャンで移動を確認します。',
    asked: (name: string) => `${name} さんに確認を依頼しました。`,
    noOwner: '所有者が名簿にいないため依頼できません。情報セキュリティ担当者に連絡してください。',
    notOpen: 'このファイルはすでに対応済みです（解消・誤検知・例外のいずれか）。',
  },
  en: {
    notFound: 'This finding cannot be found.',
    notAllowed: "Only the file's owner, the school's manager or the security staff can do this.",
    falsePositive: 'Recorded as a false positive: this version of the file will not be reported again.',
    moved: 'Thank you. The next scan will confirm it.',
    asked: (name: string) => `${name} has been asked to check the file.`,
    noOwner: 'The owner is not on the roster, so they cannot be asked. Please contact the security staff.',
    notOpen: 'This file has already been dealt with (resolved, a false positive, or an exception).',
  },
};

/** Who may act on a finding: its owner, the school's principal (or delegate), security staff, the board. */
async function mayAct(store: Store, finding: Finding, user: User, ownerOnly = false): Promise<boolean> {
  if (finding.owner_id === user.id) return true;
  if (ownerOnly) return false;
  if (user.role === 'board_security' || user.role === 'ciso' || user.role === 'csirt') return true;
  if (user.role === 'security_staff' && user.school_id === finding.school_id) return true;
  const approvers = await approversFor(store.db, 'principal', finding.school_id);
  return approvers.some((a) => a.id === user.id);
}

/** The language the card was drawn in (it re-renders as itself), else the client's. */
function cardLanguage(ctx: BotContext): Language {
  const { lang } = cardActionOf(ctx).data;
  return lang === 'en' || lang === 'ja' ? lang : languageOf(ctx.event);
}

/**
 * The digest the action came from, re-rendered with the findings as they are now; undefined when
 * the action did not come from one (or the message is gone).
 */
async function digestNow(store: Store, ctx: BotContext): Promise<Reply | null | undefined> {
  const { digestId } = cardActionOf(ctx).data;
  if (typeof digestId !== 'string') return undefined;
  const row = await store.db.selectFrom('outbox').selectAll().where('id', '=', digestId).executeTakeFirst();
  if (row?.kind !== 'finding_digest') return undefined;
  return renderFindings(store, row, cardLanguage(ctx));
}

/**
 * The actions on scan findings: 誤検知 (recorded with who and when), 移動しました (the next scan
 * confirms), 所有者に依頼 (the owner gets a card), 例外措置を申請 (the 6-3 request form).
 */
export function findingsFeature(deps: PermitDeps): Feature {
  const { store } = deps;
  const load = async (ctx: BotContext, ownerOnly = false) => {
    const t = TEXT[cardLanguage(ctx)];
    const { data } = cardActionOf(ctx);
    const finding = typeof data.findingId === 'string' ? await getFinding(store.db, data.findingId) : undefined;
    if (!finding) {
      ctx.reply({ text: t.notFound });
      return undefined;
    }
    const user = await rosterUser(store, ctx);
    if (!user || !(await mayAct(store, finding, user, ownerOnly))) {
      ctx.reply({ text: t.notAllowed });
      return undefined;
    }
    return { finding, user, t };
  };
  return (bot: Bot) => {
    bot
      .route([onlyCardActions, matchVerb(VERBS.FINDING_FALSE_POSITIVE)], async (ctx) => {
        const loaded = await load(ctx);
        if (!loaded) return;
        const judged = await judgeFinding(store.db, loaded.finding.id, 'false_positive', loaded.user.id, deps.now?.());
        const digest = await digestNow(store, ctx);
        if (digest?.card) return ctx.update(digest.card);
        const language = cardLanguage(ctx);
        ctx.update({
          kind: 'findingOwner',
          language,
          findings: [await findingModel(store, judged!, language)],
          note: loaded.t.falsePositive,
        });
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_MOVED)], async (ctx) => {
        const loaded = await load(ctx, true);
        if (!loaded) return;
        await store.db.transaction().execute((tx) =>
          appendAudit(tx, {
            actor: loaded.user.id,
            action: 'finding.moved_reported',
            subject: `finding:${loaded.finding.id}`,
            data: { path: loaded.finding.path },
          }),
        );
        const language = cardLanguage(ctx);
        ctx.update({
          kind: 'findingOwner',
          language,
          findings: [await findingModel(store, loaded.finding, language)],
          note: loaded.t.moved,
        });
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_ASK_OWNER)], async (ctx) => {
        const loaded = await load(ctx);
        if (!loaded) return;
        const { finding, t } = loaded;
        if (!finding.owner_id) return ctx.reply({ text: t.noOwner });
        await store.db.transaction().execute((tx) =>
          outbox.enqueue(tx, {
            kind: 'finding_owner',
            recipientId: finding.owner_id!,
            dedupeKey: `ask:${finding.id}:${randomUUID()}`,
            payload: { found: [finding.id] },
          }),
        );
        deps.notifier.kick();
        const owner = await store.db.selectFrom('users').select('name').where('id', '=', finding.owner_id).executeTakeFirst();
        ctx.reply({ text: t.asked(owner?.name ?? '') });
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_REQUEST_EXCEPTION)], async (ctx) => {
        const loaded = await load(ctx);
        if (!loaded) return;
        if (loaded.finding.status !== 'open') return ctx.reply({ text: loaded.t.notOpen });
        // The request is filed like any other, from an answer: cloud storage of this class is
        // prohibited (2-2(7)⑤), so the form is the exception (6-3) one. The answer names the finding.
        const answerId = randomUUID();
        const event = ctx.event;
        await ctx.store.saveAnswer({
          id: answerId,
          channel: event.channel,
          userId: event.user.id,
          conversationId: event.conversation.id,
          policy: ctx.policy,
          language: cardLanguage(ctx),
          decision: 'prohibited',
          class: loaded.finding.class,
          action: 'cloud_store',
          assetId: `finding:${loaded.finding.id}`,
        });
        const { data } = cardActionOf(ctx);
        data.answerId = answerId;
        await openForm(deps, ctx, { asNewMessage: typeof data.digestId === 'string' });
      });
  };
}
