import { randomUUID } from 'node:crypto';
import type { StandingFormModel, StandingListModel } from '../../../adaptive-cards/index.js';
import { type Decision, getPack, type Language, type Pack } from '../../../policy/index.js';
import {
  getStanding,
  getUser,
  grantStanding,
  revokeStanding,
  type Standing,
  type Store,
  standingCovering,
  standingOfSchool,
  type User,
} from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf, messageOf } from '../../core/index.js';
import type { AnswerExtras } from '../answer-card-model.js';
import type { AnswerExtender } from '../ask.js';
import { blanketCondition, type PermitDeps, rosterUser, todayInJapan, yearAfter } from './context.js';
import { blanketScope, standingModel, validateGrant } from './standing-view.js';
import { PERMIT_TEXT, STANDING_TEXT } from './texts.js';

/** 「包括的許可」 / "standing permissions": the principal's list (grant, revoke), or what covers a teacher. */
export const STANDING_LIST = /^(包括的許可|包括許可|ほうかつてききょか|standing permissions?|blanket permissions?)$/i;

const today = (deps: PermitDeps) => todayInJapan(deps.now?.() ?? new Date());

/** The principal of a school grants and revokes its standing permissions (pack.yaml `approver`). */
const grants = (pack: Pack, user: User | undefined): boolean => Boolean(user?.school_id) && user?.role === pack.meta.approver;

async function listModel(
  deps: PermitDeps,
  pack: Pack,
  user: User,
  language: Language,
  extra: Pick<StandingListModel, 'note' | 'confirmRevoke'> & { include?: string } = {},
): Promise<StandingListModel> {
  const principal = grants(pack, user);
  let rows: Standing[] = user.school_id ? await standingOfSchool(deps.store.db, user.school_id, today(deps)) : [];
  if (!principal) rows = rows.filter((s) => s.grantee_id === null || s.grantee_id === user.id);
  if (extra.include && !rows.some((s) => s.id === extra.include)) {
    const changed = await getStanding(deps.store.db, extra.include);
    if (changed) rows.push(changed);
  }
  const school = user.school_id
    ? await deps.store.db.selectFrom('schools').select('name').where('id', '=', user.school_id).executeTakeFirst()
    : undefined;
  const { include: _, ...rest } = extra;
  return {
    kind: 'standingList',
    language,
    view: principal ? 'principal' : 'staff',
    schoolName: school?.name ?? null,
    permissions: await Promise.all(rows.map((s) => standingModel(deps.store, pack, s, language))),
    ...rest,
  };
}

/** 「包括的許可」 typed: the list, as the person may use it. */
export async function listStanding(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const typed = messageOf(ctx).text.trim();
  const language: Language = /^[a-z ]+$/i.test(typed) ? 'en' : languageOf(ctx.event);
  const user = await rosterUser(deps.store, ctx);
  if (!user) {
    ctx.reply({ text: PERMIT_TEXT[language].notInRoster });
    return;
  }
  ctx.reply({ text: '包括的許可', card: await listModel(deps, getPack(ctx.policy), user, language) });
}

/** The language a card button says its card is in. */
const cardLanguage = (ctx: BotContext): Language => {
  const lang = cardActionOf(ctx).data.lang;
  return lang === 'en' || lang === 'ja' ? lang : languageOf(ctx.event);
};

/** The principal acting on a card, or a refusal. */
async function principalOf(deps: PermitDeps, ctx: BotContext, pack: Pack, language: Language): Promise<User | undefined> {
  const user = await rosterUser(deps.store, ctx);
  if (user && grants(pack, user)) return user;
  ctx.log.warn({ actor: user?.id ?? null }, 'refused: not a principal');
  ctx.reply({ text: STANDING_TEXT[language].notPrincipal });
  return undefined;
}

async function formOf(deps: PermitDeps, pack: Pack, principal: User, language: Language, formId: string) {
  const scope = blanketScope(pack);
  const staff = await deps.store.db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('school_id', '=', principal.school_id!)
    .where('active', '=', 1)
    .orderBy('name')
    .limit(300)
    .execute();
  const school = await deps.store.db
    .selectFrom('schools')
    .select('name')
    .where('id', '=', principal.school_id!)
    .executeTakeFirst();
  const day = today(deps);
  const form: Omit<StandingFormModel, 'values' | 'errors'> = {
    kind: 'standingForm',
    language,
    formId,
    schoolName: school?.name ?? null,
    grantees: [
      { value: 'all', title: language === 'ja' ? '学校の教職員全員' : 'Every staff member of the school' },
      ...staff.map((u) => ({ value: u.id, title: u.name })),
    ],
    classes: scope.classes.map((c) => ({ id: c, label: pack.classes.get(c)?.label[language] ?? c })),
    items: [...pack.items.values()]
      .filter((i) => scope.classes.includes(i.class) && i.kind === 'record')
      .map((i) => ({ value: i.id, title: i.name[language] })),
    actions: scope.actions.map((a) => ({ value: a, title: pack.actions.get(a)?.name[language] ?? a })),
    citation: scope.citation,
    today: day,
    latest: yearAfter(day),
  };
  return form;
}

/** standing.open: the grant form (principals only). */
export async function openStandingForm(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const pack = getPack(ctx.policy);
  const language = cardLanguage(ctx);
  const principal = await principalOf(deps, ctx, pack, language);
  if (!principal) return;
  ctx.update({ ...(await formOf(deps, pack, principal, language, randomUUID())), values: {}, errors: [] });
}

/** standing.grant: a valid form grants (once per form); an invalid one comes back with the reasons. */
export async function grant(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const pack = getPack(ctx.policy);
  const language = cardLanguage(ctx);
  const principal = await principalOf(deps, ctx, pack, language);
  if (!principal) return;
  const { data } = cardActionOf(ctx);
  const formId = typeof data.formId === 'string' && /^[0-9a-f-]{36}$/.test(data.formId) ? data.formId : randomUUID();
  const form = await formOf(deps, pack, principal, language, formId);
  const checked = validateGrant(pack, form, data, STANDING_TEXT[language]);
  if (!checked.ok) {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(data))
      if (key !== 'formId' && key !== 'lang' && typeof value !== 'object') values[key] = String(value ?? '').slice(0, 500);
    ctx.log.info({ errors: checked.errors.length }, 'standing permission refused');
    ctx.update({ ...form, values, errors: checked.errors });
    return;
  }
  const g = checked.grant;
  const { standing, created } = await grantStanding(
    deps.store.db,
    { policy: pack.id, schoolId: principal.school_id!, grantedBy: principal.id, formId, ...g },
    deps.now?.(),
  );
  ctx.log.info({ standingId: standing.id, created }, 'standing permission granted');
  const who = g.granteeId ? ((await getUser(deps.store.db, g.granteeId))?.name ?? '—') : form.grantees[0]!.title;
  const note =
    language === 'ja' ? `✅ 包括的許可を与えました: ${who}（${g.endsOn}まで）` : `✅ Granted to ${who} (until ${g.endsOn})`;
  ctx.update(await listModel(deps, pack, principal, language, { note, include: standing.id }));
}

/** standing.revoke: asks once more, then revokes (the first revocation wins). */
export async function revoke(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const pack = getPack(ctx.policy);
  const language = cardLanguage(ctx);
  const t = STANDING_TEXT[language];
  const principal = await principalOf(deps, ctx, pack, language);
  if (!principal) return;
  const { data } = cardActionOf(ctx);
  const standing = typeof data.standingId === 'string' ? await getStanding(deps.store.db, data.standingId) : undefined;
  // Only the school's own: an id from another school is as good as none.
  if (!standing || standing.school_id !== principal.school_id) {
    ctx.log.warn({ standingId: data.standingId, actor: principal.id }, "refused: another school's standing permission");
    ctx.reply({ text: t.notFound });
    return;
  }
  if (data.step === 'back') return void ctx.update(await listModel(deps, pack, principal, language));
  if (data.step !== 'confirm')
    return void ctx.update(await listModel(deps, pack, principal, language, { confirmRevoke: standing.id }));
  const result = await revokeStanding(deps.store.db, { id: standing.id, actorId: principal.id }, deps.now?.());
  const who = standing.grantee_id
    ? ((await getUser(deps.store.db, standing.grantee_id))?.name ?? '—')
    : language === 'ja'
      ? '全教職員'
      : 'all staff';
  ctx.log.info({ standingId: standing.id, changed: result.changed }, 'standing permission revoked');
  ctx.update(
    await listModel(deps, pack, principal, language, {
      note: result.changed ? t.revoked(who) : t.alreadyRevoked,
      include: standing.id,
    }),
  );
}

/**
 * What a standing permission changes in an answer (2-2(8)②): a teacher it covers is told so (until
 * when, by whom) and needs no request; one it does not cover gets 「許可を申請する」 for the
 * permission the answer's condition asks for.
 */
export async function standingExtras(
  store: Store,
  pack: Pack,
  decision: Decision,
  user: User | undefined,
  day: string,
): Promise<AnswerExtras> {
  if (!decision.action || !decision.class) return {};
  const condition = blanketCondition(pack, pack.rulings.get(decision.action)?.get(decision.class));
  if (!condition) return {};
  const covering = user?.school_id
    ? await standingCovering(store.db, {
        policy: pack.id,
        schoolId: user.school_id,
        userId: user.id,
        cls: decision.class,
        assetId: decision.asset?.id ?? null,
        action: decision.action,
        day,
      })
    : undefined;
  if (!covering) return { request: 'permit' };
  const granter = await getUser(store.db, covering.granted_by);
  return {
    request: null,
    standing: {
      until: covering.ends_on,
      grantedBy: granter?.name ?? '—',
      citation: pack.conditionCitations.get(condition) ?? '',
    },
    satisfied: [pack.conditions.get(condition)?.[decision.language] ?? ''],
  };
}

/** standingExtras for the person asking in chat. */
export function standingExtender(deps: PermitDeps): AnswerExtender {
  return async (ctx, pack, decision) => {
    // Only answers a standing permission could change need the roster.
    if (!decision.action || !decision.class || !blanketCondition(pack, pack.rulings.get(decision.action)?.get(decision.class)))
      return {};
    return standingExtras(deps.store, pack, decision, await rosterUser(deps.store, ctx), today(deps));
  };
}
