import { randomUUID } from 'node:crypto';
import type { Language } from '../../../adaptive-cards/index.js';
import { VERBS } from '../../../adaptive-cards/index.js';
import { type ClassId, getPack, type Pack, type RoleId } from '../../../policy/index.js';
import {
  approversFor,
  askOwnerAbout,
  type Finding,
  findingAssetId,
  getFinding,
  getUser,
  judgeFinding,
  outbox,
  reopenFinding,
  reportFindingMoved,
  resolutionsOf,
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
import { canReach, findingModel, jst, renderFindings } from './finding-view.js';

const TEXT = {
  ja: {
    notFound: 'この点検結果が見つかりません。',
    notAllowed: 'この操作は、ファイルの所有者・学校の管理者・情報セキュリティ担当者だけができます。',
    falsePositive: '誤検知として記録しました。このファイルのこの版は、今後報告しません。',
    falsePositiveOwner: '誤検知として記録しました。学校の管理者にもお知らせします。このファイルのこの版は、今後報告しません。',
    moved: 'ありがとうございます。次回のスキャンで移動を確認します。',
    asked: (name: string) => `${name}さんに確認を依頼しました。`,
    unreachable: (name: string, file: string) =>
      `${name}さんはまだ mamoru を追加していないため、mamoru からは依頼を届けられません。「${file}」について、${name}さんに直接ご連絡ください。`,
    noOwner: '所有者が名簿にいないため依頼できません。情報セキュリティ担当者に連絡してください。',
    reopened: (name: string) => `再開しました。${name}さんに改めてお知らせします。`,
    reopenedUnreachable: (name: string) => `再開しました。${name}さんはまだ mamoru を追加していないため、直接ご連絡ください。`,
    stale: {
      resolved: (when: string, how: string) =>
        `このファイルは${when ? ` ${when} に` : 'すでに'}解消済みです${how ? `（${how}）` : ''}。記録は変更していません。`,
      false_positive: (who: string, when: string) =>
        `このファイルは${when ? ` ${when} に` : 'すでに'}${who ? `${who}さんが` : ''}誤検知として記録済みです。記録は変更していません。`,
      exception: (who: string, when: string) =>
        `このファイルは${when ? ` ${when} に` : 'すでに'}例外措置として承認済みです${who ? `（${who}さん）` : ''}。記録は変更していません。`,
      open: 'このファイルはすでに再開されています。記録は変更していません。',
    },
    how: { deleted: '削除を確認', moved: 'ドライブからの移動を確認', reclassified: '再点検で分類Ⅲ以下と判断' } as Record<
      string,
      string
    >,
  },
  en: {
    notFound: 'This finding cannot be found.',
    notAllowed: "Only the file's owner, the school's manager or the security staff can do this.",
    falsePositive: 'Recorded as a false positive: this version of the file will not be reported again.',
    falsePositiveOwner:
      "Recorded as a false positive; the school's manager will be told. This version of the file will not be reported again.",
    moved: 'Thank you. The next scan will confirm it.',
    asked: (name: string) => `${name} has been asked to check the file.`,
    unreachable: (name: string, file: string) =>
      `${name} has not added mamoru yet, so mamoru cannot reach them. Please contact ${name} directly about "${file}".`,
    noOwner: 'The owner is not on the roster, so they cannot be asked. Please contact the security staff.',
    reopened: (name: string) => `Reopened. ${name} will be told again.`,
    reopenedUnreachable: (name: string) => `Reopened. ${name} has not added mamoru yet: please contact them directly.`,
    stale: {
      resolved: (when: string, how: string) =>
        `This file was already resolved${how ? ` (${how})` : ''}${when ? ` on ${when}` : ''}. Nothing was changed.`,
      false_positive: (who: string, when: string) =>
        `This file was already recorded as a false positive${who ? ` by ${who}` : ''}${when ? ` on ${when}` : ''}. Nothing was changed.`,
      exception: (who: string, when: string) =>
        `This file already has an approved exception${who ? ` (${who})` : ''}${when ? ` since ${when}` : ''}. Nothing was changed.`,
      open: 'This file has already been reopened. Nothing was changed.',
    },
    how: { deleted: 'deleted', moved: 'moved out of the drive', reclassified: 'class III or lower on a later scan' } as Record<
      string,
      string
    >,
  },
};
type Texts = (typeof TEXT)['ja'];

/** What a finding is: a file kept in the cloud (2-2(7)⑤), the action its ruling is read for. */
const FINDING_ACTION = 'cloud_store';

/**
 * Who may act on a finding: its owner, the school's approver (or delegate), and the roles the
 * pack names (`findings` in pack.yaml: the board's for any school, the school's for its own).
 */
async function mayAct(store: Store, pack: Pack, finding: Finding, user: User, ownerOnly = false): Promise<boolean> {
  if (finding.owner_id === user.id) return true;
  if (ownerOnly) return false;
  const roles = pack.meta.findings;
  if (roles.board.includes(user.role as RoleId)) return true;
  if (roles.school.includes(user.role as RoleId) && user.school_id === finding.school_id) return true;
  const approvers = await approversFor(store.db, pack.meta.approver, finding.school_id);
  return approvers.some((a) => a.id === user.id);
}

/** The language the card was drawn in (it re-renders as itself), else the client's. */
function cardLanguage(ctx: BotContext): Language {
  const { lang } = cardActionOf(ctx).data;
  return lang === 'en' || lang === 'ja' ? lang : languageOf(ctx.event);
}

/**
 * The digest the action came from, re-rendered with the findings as they are now (and `note`);
 * undefined when the action did not come from one, the message is gone, or the digest was not
 * sent to the person acting (a card id is checked like any other: another school's digest is
 * never drawn for someone who owns one finding).
 */
async function digestNow(store: Store, ctx: BotContext, user: User, note?: string): Promise<Reply | null | undefined> {
  const { digestId } = cardActionOf(ctx).data;
  if (typeof digestId !== 'string') return undefined;
  const row = await outbox.digestSentTo(store.db, digestId, user.id);
  if (!row) {
    ctx.log.warn({ digestId, actor: user.id }, 'refused: a digest id that was not sent to the actor');
    return undefined;
  }
  return renderFindings(store, row, cardLanguage(ctx), note);
}

/** Replaces the card clicked: the digest it came from (the actor's own), else the owner's card for this file. */
async function showNow(store: Store, ctx: BotContext, user: User, finding: Finding, note: string): Promise<void> {
  const digest = await digestNow(store, ctx, user, note);
  if (digest?.card) return ctx.update(digest.card);
  const language = cardLanguage(ctx);
  ctx.update({ kind: 'findingOwner', language, findings: [await findingModel(store, finding, language)], note });
}

/** Why a button on an old card changes nothing: the file is resolved (how, when) or judged (who, when). */
async function staleNote(store: Store, finding: Finding, t: Texts): Promise<string> {
  const judge = finding.status_by ? await getUser(store.db, finding.status_by) : undefined;
  const who = judge?.name ?? '';
  switch (finding.status) {
    case 'resolved': {
      const how = (await resolutionsOf(store.db, [finding.id])).get(finding.id);
      return t.stale.resolved(jst(finding.resolved_at ?? finding.status_at) ?? '', how ? (t.how[how] ?? '') : '');
    }
    case 'false_positive':
      return t.stale.false_positive(who, jst(finding.status_at) ?? '');
    case 'exception':
      return t.stale.exception(who, jst(finding.status_at) ?? '');
    default:
      return t.stale.open;
  }
}

/**
 * The actions on scan findings: 誤検知 (recorded with who and when; an owner's goes to the
 * principal's next digest), 移動しました (the next scan confirms), 所有者に依頼 (the owner gets a
 * card, if mamoru can reach them), 例外措置を申請 (the 6-3 request form), 確認して再開 (the principal
 * reopens an owner's 誤検知). Only an open finding changes: the first judgement wins, and a button
 * on an old card shows the file as it is now.
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
    if (!user || !(await mayAct(store, getPack(ctx.policy), finding, user, ownerOnly))) {
      ctx.reply({ text: t.notAllowed });
      return undefined;
    }
    return { finding, user, t };
  };
  /** Loads a finding that is still open; else shows it as it is now, and says why nothing changed. */
  const loadOpen = async (ctx: BotContext, ownerOnly = false) => {
    const loaded = await load(ctx, ownerOnly);
    if (!loaded || loaded.finding.status === 'open') return loaded;
    await showNow(store, ctx, loaded.user, loaded.finding, await staleNote(store, loaded.finding, loaded.t));
    return undefined;
  };
  return (bot: Bot) => {
    bot
      .route([onlyCardActions, matchVerb(VERBS.FINDING_FALSE_POSITIVE)], async (ctx) => {
        const loaded = await loadOpen(ctx);
        if (!loaded) return;
        const { user, t } = loaded;
        const judged = await judgeFinding(store.db, loaded.finding.id, 'false_positive', user.id, deps.now?.());
        const finding = judged.finding ?? loaded.finding;
        if (!judged.changed) return showNow(store, ctx, user, finding, await staleNote(store, finding, t));
        await showNow(store, ctx, user, finding, finding.owner_id === user.id ? t.falsePositiveOwner : t.falsePositive);
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_MOVED)], async (ctx) => {
        const loaded = await loadOpen(ctx, true);
        if (!loaded) return;
        await reportFindingMoved(store.db, loaded.finding, loaded.user.id);
        await showNow(store, ctx, loaded.user, loaded.finding, loaded.t.moved);
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_ASK_OWNER)], async (ctx) => {
        const loaded = await loadOpen(ctx);
        if (!loaded) return;
        const { finding, t } = loaded;
        const owner = finding.owner_id ? await getUser(store.db, finding.owner_id) : undefined;
        if (!owner) return ctx.reply({ text: t.noOwner });
        // The outbox would only mark the card undeliverable: say so now, and who to turn to.
        if (!(await canReach(store, owner))) return ctx.reply({ text: t.unreachable(owner.name, finding.name) });
        await askOwnerAbout(store.db, finding.id, owner.id, randomUUID());
        deps.notifier.kick();
        ctx.reply({ text: t.asked(owner.name) });
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_REQUEST_EXCEPTION)], async (ctx) => {
        const loaded = await loadOpen(ctx);
        if (!loaded) return;
        // The request is filed like any other, from an answer: what the pack rules for keeping
        // this class in the cloud (2-2(7)⑤: prohibited for Ⅰ・Ⅱ, so the 6-3 exception form).
        const ruling = getPack(ctx.policy)
          .rulings.get(FINDING_ACTION)
          ?.get(loaded.finding.class as ClassId);
        const answerId = randomUUID();
        const event = ctx.event;
        await ctx.store.saveAnswer({
          id: answerId,
          channel: event.channel,
          userId: event.user.id,
          conversationId: event.conversation.id,
          policy: ctx.policy,
          language: cardLanguage(ctx),
          decision: ruling?.decision ?? 'prohibited',
          class: loaded.finding.class,
          action: FINDING_ACTION,
          assetId: findingAssetId(loaded.finding.id),
        });
        const { data } = cardActionOf(ctx);
        data.answerId = answerId;
        await openForm(deps, ctx, { asNewMessage: typeof data.digestId === 'string' });
      })
      .route([onlyCardActions, matchVerb(VERBS.FINDING_REOPEN)], async (ctx) => {
        const loaded = await load(ctx);
        if (!loaded) return;
        const { user, t } = loaded;
        const reopened = await reopenFinding(store.db, loaded.finding.id, user.id, deps.now?.());
        const finding = reopened.finding ?? loaded.finding;
        if (!reopened.changed) return showNow(store, ctx, user, finding, await staleNote(store, finding, t));
        deps.notifier.kick();
        const owner = finding.owner_id ? await getUser(store.db, finding.owner_id) : undefined;
        const note = owner ? ((await canReach(store, owner)) ? t.reopened : t.reopenedUnreachable)(owner.name) : '';
        await showNow(store, ctx, user, finding, note);
      });
  };
}
