import { z } from 'zod/v4';
import type { StandingFormModel, StandingModel } from '../../../adaptive-cards/index.js';
import { ACTION_IDS, type ActionId, CLASS_IDS, type ClassId, type Language, type Pack } from '../../../policy/index.js';
import { getUser, type Standing, type Store } from '../../../store/index.js';
import { blanketCondition } from './context.js';
import type { STANDING_TEXT } from './texts.js';

/**
 * What the pack lets a principal cover with a standing permission: the actions and classes whose
 * ruling has a condition a standing permission meets (Kumamoto 2-2(8)②: taking out class Ⅲ).
 */
export function blanketScope(pack: Pack): { classes: ClassId[]; actions: ActionId[]; citation: string } {
  const classes = new Set<ClassId>();
  const actions = new Set<ActionId>();
  let citation = '';
  for (const action of ACTION_IDS) {
    for (const cls of CLASS_IDS) {
      const condition = blanketCondition(pack, pack.rulings.get(action)?.get(cls));
      if (!condition) continue;
      classes.add(cls);
      actions.add(action);
      citation ||= pack.conditionCitations.get(condition) ?? '';
    }
  }
  return { classes: CLASS_IDS.filter((c) => classes.has(c)), actions: [...actions], citation };
}

const classLabel = (pack: Pack, cls: string, language: Language) => pack.classes.get(cls as ClassId)?.label[language] ?? cls;
const sep = (language: Language) => (language === 'ja' ? '、' : ', ');

/** A standing permission as the cards show it, with people's names and the pack's words. */
export async function standingModel(store: Store, pack: Pack, s: Standing, language: Language): Promise<StandingModel> {
  const [grantee, granter, revoker] = await Promise.all([
    s.grantee_id ? getUser(store.db, s.grantee_id) : undefined,
    getUser(store.db, s.granted_by),
    s.revoked_by ? getUser(store.db, s.revoked_by) : undefined,
  ]);
  const classes = s.classes.map((c) => classLabel(pack, c, language)).join(sep(language));
  return {
    id: s.id,
    granteeName: s.grantee_id ? (grantee?.name ?? '—') : null,
    grantedBy: granter?.name ?? '—',
    scope: s.items
      ? s.items.map((i) => pack.items.get(i)?.name[language] ?? i).join(sep(language))
      : language === 'ja'
        ? `${classes}のすべて`
        : `all ${classes} information`,
    actions: s.actions.map((a) => pack.actions.get(a as ActionId)?.name[language] ?? a).join(sep(language)),
    startsOn: s.starts_on,
    endsOn: s.ends_on,
    note: s.note,
    status: s.status as StandingModel['status'],
    revokedBy: revoker?.name ?? null,
    revokedAt: s.revoked_at ? new Date(s.revoked_at).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }) : null,
  };
}

export interface ValidGrant {
  granteeId: string | null;
  classes: ClassId[];
  items: string[] | null;
  actions: ActionId[];
  startsOn: string;
  endsOn: string;
  note?: string;
}

const text = z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string());
const list = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** A year after a day, the longest a standing permission may run. */
export function yearFrom(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Checks a grant (card inputs are untrusted, Google Chat validates nothing): a grantee of the
 * school, items and classes the policy allows (Ⅲ only in Kumamoto: a forged class Ⅰ is refused),
 * the actions it allows, a start from today and an end within a year of it.
 */
export function validateGrant(
  pack: Pack,
  form: Omit<StandingFormModel, 'values' | 'errors'>,
  data: Record<string, unknown>,
  t: (typeof STANDING_TEXT)['ja'],
): { ok: true; grant: ValidGrant } | { ok: false; errors: string[] } {
  const scope = blanketScope(pack);
  const language = form.language;
  const allowed = scope.classes.map((c) => classLabel(pack, c, language)).join(sep(language));
  const allowedActions = scope.actions.map((a) => pack.actions.get(a)?.name[language] ?? a).join(sep(language));
  const schema = z
    .object({
      grantee: text.pipe(z.string().refine((g) => g === 'all' || form.grantees.some((x) => x.value === g), t.grantee)),
      items: text,
      classes: text,
      actions: text,
      from: text.pipe(
        z
          .string()
          .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= form.today && d <= form.latest, t.from(form.today, form.latest)),
      ),
      until: text,
      note: text.pipe(z.string().max(200, t.note)),
    })
    .superRefine((v, issue) => {
      const add = (message: string) => issue.addIssue({ code: 'custom', message });
      const forged = list(v.classes).filter((c) => !scope.classes.includes(c as ClassId));
      if (forged.length > 0) add(t.classOnly(allowed, scope.citation));
      for (const id of list(v.items).filter((i) => i !== 'all')) {
        const item = pack.items.get(id);
        if (!item) add(t.unknownItem);
        else if (!scope.classes.includes(item.class))
          add(t.itemClass(item.name[language], classLabel(pack, item.class, language), allowed));
      }
      const actions = list(v.actions);
      if (actions.length === 0 || actions.some((a) => !scope.actions.includes(a as ActionId))) add(t.actions(allowedActions));
      const latest = yearFrom(v.from || form.today);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.until) || v.until < (v.from || form.today) || v.until > latest) add(t.period(latest));
    });
  const result = schema.safeParse(data);
  if (!result.success) return { ok: false, errors: [...new Set(result.error.issues.map((i) => i.message))] };
  const v = result.data;
  const items = list(v.items).filter((i) => i !== 'all');
  const classes =
    items.length > 0 ? scope.classes.filter((c) => items.some((i) => pack.items.get(i)?.class === c)) : scope.classes;
  return {
    ok: true,
    grant: {
      granteeId: v.grantee === 'all' ? null : v.grantee,
      classes,
      items: items.length > 0 ? items : null,
      actions: list(v.actions) as ActionId[],
      startsOn: v.from,
      endsOn: v.until,
      ...(v.note ? { note: v.note } : {}),
    },
  };
}
