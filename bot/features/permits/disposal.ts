import { z } from 'zod/v4';
import type { DisposalFormModel } from '../../../adaptive-cards/index.js';
import { getPack, type Language } from '../../../policy/index.js';
import { decidersOf, getPermit, type Permit, receiveCertificate, recordDisposal } from '../../../store/index.js';
import { type BotContext, cardActionOf, languageOf } from '../../core/index.js';
import { cardMessageId, type DisposalSettings, type PermitDeps, rosterUser, todayInJapan } from './context.js';
import { detailsOf, permitModel } from './permit-view.js';
import { PERMIT_TEXT } from './texts.js';

type Disposal = DisposalSettings;

/** The permit a card names, approved for a disposal, and its pack's disposal settings. */
async function disposalOf(deps: PermitDeps, ctx: BotContext): Promise<{ permit: Permit; settings: Disposal } | undefined> {
  const { data } = cardActionOf(ctx);
  const permit = typeof data.permitId === 'string' ? await getPermit(deps.store.db, data.permitId) : undefined;
  const t = PERMIT_TEXT[languageOf(ctx.event)];
  if (!permit) {
    ctx.reply({ text: t.notFound });
    return undefined;
  }
  const actor = await rosterUser(deps.store, ctx);
  if (!actor || actor.id !== permit.requester_id) {
    ctx.log.warn({ permitId: permit.id, actor: actor?.id ?? null }, "refused: someone else's disposal");
    ctx.reply({ text: t.notRequester });
    return undefined;
  }
  const settings = getPack(permit.policy).actions.get(permit.action as never)?.permit?.disposal;
  if (!settings || permit.closing !== 'disposal' || permit.status !== 'approved') {
    await showPermit(deps, ctx, permit.id, 'requester');
    if (permit.status === 'approved') ctx.reply({ text: t.notDisposal });
    return undefined;
  }
  return { permit, settings };
}

async function showPermit(deps: PermitDeps, ctx: BotContext, permitId: string, view: 'requester' | 'approver') {
  const permit = (await getPermit(deps.store.db, permitId))!;
  const language = view === 'requester' ? detailsOf(permit).language : languageOf(ctx.event);
  ctx.update({ kind: 'permit', language, view, permit: await permitModel(deps.store, getPack(permit.policy), permit, language) });
}

const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function formOf(
  deps: PermitDeps,
  permit: Permit,
  settings: Disposal,
  language: Language,
): Promise<Omit<DisposalFormModel, 'values' | 'errors'>> {
  const pack = getPack(permit.policy);
  const today = todayInJapan(deps.now?.() ?? new Date());
  const staff = permit.school_id
    ? await deps.store.db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('school_id', '=', permit.school_id)
        .where('active', '=', 1)
        .orderBy('name')
        .limit(300)
        .execute()
    : [];
  const approvedOn = permit.decided_at ? todayInJapan(new Date(permit.decided_at)) : today;
  return {
    kind: 'disposalForm',
    language,
    permitId: permit.id,
    assetName: permit.asset_name ? (pack.items.get(permit.asset_id ?? '')?.name[language] ?? permit.asset_name) : null,
    methods: settings.methods.map((m) => ({ value: m.id, title: m.label[language] })),
    witnesses: staff.map((u) => ({ value: u.id, title: u.name })),
    witnessRequired: settings.witness,
    earliest: [approvedOn, today].sort()[0]!,
    today,
    latestDue: addDays(today, 180),
    defaultDue: addDays(today, settings.certificate_days),
  };
}

/** permit.dispose: 「廃棄を記録する」 on an approved disposal opens its record. */
export async function openDisposal(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const found = await disposalOf(deps, ctx);
  if (!found) return;
  const language = detailsOf(found.permit).language;
  ctx.update({ ...(await formOf(deps, found.permit, found.settings, language)), values: {}, errors: [] });
}

const text = z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string());

/**
 * Checks the disposal record (the card's inputs are untrusted; Google Chat validates nothing): the
 * date from the approval to today, the method the pack allows, a witness from the school's staff
 * other than the person who did it (unless a contractor did), a certificate due date with a contractor.
 */
function check(
  form: Omit<DisposalFormModel, 'values' | 'errors'>,
  data: Record<string, unknown>,
  requesterId: string,
  t: (typeof PERMIT_TEXT)['ja'],
) {
  const day = (message: string, from: string, to: string) =>
    text.pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, message)
        .refine((d) => d >= from && d <= to, message),
    );
  const schema = z.object({
    disposedOn: day(t.disposedOn(form.earliest, form.today), form.earliest, form.today),
    performedBy: text.pipe(z.string().min(1, t.performedBy).max(100, t.performedBy)),
    method: text.pipe(z.enum(form.methods.map((m) => m.value) as [string, ...string[]], t.method)),
    items: text.pipe(z.string().min(1, t.items).max(200, t.items)),
    witness: text.pipe(
      z.string().refine((w) => (w === '' ? !form.witnessRequired : form.witnesses.some((x) => x.value === w)), t.witness),
    ),
    contractor: text.pipe(z.string().max(100, t.contractor)),
    certificateDue: text,
  });
  // The rules across fields are checked whatever else is wrong, so the form says everything at once.
  const raw = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  const across: string[] = [];
  if (raw('witness') && raw('witness') === requesterId && !raw('contractor')) across.push(t.witnessNotSelf);
  const due = raw('certificateDue');
  if (raw('contractor') && !(/^\d{4}-\d{2}-\d{2}$/.test(due) && due >= form.today && due <= form.latestDue))
    across.push(t.certificateDue(form.today, form.latestDue));
  const result = schema.safeParse(data);
  if (result.success && across.length === 0) return { ok: true as const, value: result.data };
  return {
    ok: false as const,
    errors: [...new Set([...(result.success ? [] : result.error.issues.map((i) => i.message)), ...across])],
  };
}

/** permit.disposed: a valid record closes the disposal; an invalid one brings the form back with the reasons. */
export async function submitDisposal(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const found = await disposalOf(deps, ctx);
  if (!found) return;
  const { permit, settings } = found;
  const language = detailsOf(permit).language;
  const form = await formOf(deps, permit, settings, language);
  const { data } = cardActionOf(ctx);
  const result = check(form, data, permit.requester_id, PERMIT_TEXT[language]);
  if (!result.ok) {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(data))
      if (key !== 'permitId' && typeof value !== 'object') values[key] = String(value ?? '').slice(0, 500);
    ctx.update({ ...form, values, errors: result.errors });
    return;
  }
  const v = result.value;
  const recorded = await recordDisposal(
    deps.store.db,
    {
      permitId: permit.id,
      actorId: permit.requester_id,
      disposedOn: v.disposedOn,
      performedBy: v.performedBy,
      method: v.method,
      items: v.items,
      witnessId: v.witness || null,
      ...(v.contractor ? { contractor: v.contractor, certificateDue: v.certificateDue } : {}),
      fromMessageId: cardMessageId(ctx),
    },
    deps.now?.(),
  );
  if (recorded.changed) deps.notifier.kick();
  ctx.log.info({ permitId: permit.id, changed: recorded.changed, contractor: Boolean(v.contractor) }, 'disposal recorded');
  await showPermit(deps, ctx, permit.id, 'requester');
}

/** permit.certificate: the contractor's certificate came; the requester or an approver records it once. */
export async function certificateReceived(deps: PermitDeps, ctx: BotContext): Promise<void> {
  const { data } = cardActionOf(ctx);
  const t = PERMIT_TEXT[languageOf(ctx.event)];
  const permit = typeof data.permitId === 'string' ? await getPermit(deps.store.db, data.permitId) : undefined;
  if (!permit) return void ctx.reply({ text: t.notFound });
  const actor = await rosterUser(deps.store, ctx);
  const deciders = actor ? await decidersOf(deps.store.db, permit, deps.now?.() ?? new Date()) : [];
  const isRequester = actor?.id === permit.requester_id;
  if (!actor || (!isRequester && !deciders.some((d) => d.id === actor.id))) {
    ctx.log.warn({ permitId: permit.id, actor: actor?.id ?? null }, 'refused: not the requester nor an approver');
    return void ctx.reply({ text: t.notApprover });
  }
  const result = await receiveCertificate(
    deps.store.db,
    { permitId: permit.id, actorId: actor.id, fromMessageId: cardMessageId(ctx) },
    deps.now?.(),
  );
  if (result.changed) deps.notifier.kick();
  else ctx.reply({ text: t.notCertificate });
  await showPermit(deps, ctx, permit.id, isRequester ? 'requester' : 'approver');
}
