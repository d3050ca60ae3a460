import type { PermitModel } from '../../../adaptive-cards/index.js';
import type { Language, Pack } from '../../../policy/index.js';
import { approversFor, decidersOf, getDisposal, getUser, type Permit, type Store } from '../../../store/index.js';
import { withoutExample } from './context.js';

/** What the request form recorded, in the requester's words. */
export interface PermitDetails {
  language: Language;
  confirmations: { id: string; text: string }[];
  declarations: { id: string; label: string; value: string }[];
  /** The end of the period a consult or an exception asks for (YYYY-MM-DD). */
  until?: string;
}

export function detailsOf(permit: Permit): PermitDetails {
  const parsed = JSON.parse(permit.details) as Partial<PermitDetails>;
  return {
    language: parsed.language === 'en' ? 'en' : 'ja',
    confirmations: parsed.confirmations ?? [],
    declarations: parsed.declarations ?? [],
    ...(typeof parsed.until === 'string' ? { until: parsed.until } : {}),
  };
}

const JST = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' });
const jst = (iso: string | null) => (iso ? JST.format(new Date(iso)) : null);

/** A permit as the cards show it, with people's names and the pack's words. */
export async function permitModel(store: Store, pack: Pack, permit: Permit, language: Language): Promise<PermitModel> {
  const details = detailsOf(permit);
  const [requester, decider, school, approvers, disposal] = await Promise.all([
    getUser(store.db, permit.requester_id),
    permit.decided_by ? getUser(store.db, permit.decided_by) : undefined,
    permit.school_id
      ? store.db.selectFrom('schools').select('name').where('id', '=', permit.school_id).executeTakeFirst()
      : undefined,
    decidersOf(store.db, permit),
    permit.status === 'disposed' ? getDisposal(store.db, permit.id) : undefined,
  ]);
  const action = pack.actions.get(permit.action as never);
  const situation = action ? undefined : pack.situations.get(permit.action);
  return {
    id: permit.id,
    requestKind: permit.kind as PermitModel['requestKind'],
    status: permit.status as PermitModel['status'],
    requesterName: requester?.name ?? '—',
    schoolName: school?.name ?? null,
    requestedAt: jst(permit.created_at)!,
    assetName: permit.asset_name,
    classLabel: permit.class ? (pack.classes.get(permit.class as never)?.label[language] ?? permit.class) : null,
    actionName: action?.name[language] ?? situation?.name[language] ?? permit.action,
    purpose: permit.purpose,
    destination: permit.destination,
    returnOn: permit.return_on,
    until: details.until ?? null,
    confirmations: details.confirmations.map((c) => c.text),
    declarations: details.declarations.map((d) => ({
      label: withoutExample(d.label).label,
      value: d.value === 'true' ? '✔' : d.value,
    })),
    approverNames: approvers.filter((a) => a.id !== permit.requester_id || approvers.length === 1).map((a) => a.name),
    decidedBy: decider?.name ?? null,
    decidedAt: jst(permit.decided_at),
    comment: permit.decision_comment,
    returnedAt: jst(permit.returned_at),
    cancelledAt: permit.status === 'cancelled' ? jst(permit.updated_at) : null,
    closing: permit.closing === 'disposal' ? 'disposal' : permit.return_on ? 'return' : null,
    forwarded: await forwardedOf(store, pack, permit, language),
    disposal: disposal ? await disposalOf(store, action?.permit?.disposal?.methods ?? [], disposal, language) : null,
  };
}

/** Where a request nobody decided went: the role the pack names next, or the approver's delegate. */
async function forwardedOf(store: Store, pack: Pack, permit: Permit, language: Language): Promise<PermitModel['forwarded']> {
  if (!permit.forwarded_at) return null;
  const role = permit.forwarded_to ? pack.roles.get(permit.forwarded_to as never) : undefined;
  const people = permit.forwarded_to
    ? await approversFor(store.db, permit.forwarded_to, permit.school_id)
    : (await approversFor(store.db, permit.approver_role, permit.school_id)).filter((u) => u.role !== permit.approver_role);
  const title = role
    ? language === 'ja'
      ? `${role.title.ja}（${role.held_by.ja}）`
      : `${role.title.en} (${role.held_by.en})`
    : language === 'ja'
      ? '代理者'
      : 'delegate';
  return { title, names: people.filter((u) => u.id !== permit.requester_id).map((u) => u.name), at: jst(permit.forwarded_at)! };
}

async function disposalOf(
  store: Store,
  methods: { id: string; label: Record<Language, string> }[],
  d: NonNullable<Awaited<ReturnType<typeof getDisposal>>>,
  language: Language,
): Promise<PermitModel['disposal']> {
  const witness = d.witness_id ? await getUser(store.db, d.witness_id) : undefined;
  return {
    disposedOn: d.disposed_on,
    method: methods.find((m) => m.id === d.method)?.label[language] ?? d.method,
    performedBy: d.performed_by,
    witness: witness?.name ?? null,
    items: d.items,
    contractor: d.contractor,
    certificateDue: d.certificate_due,
    certificateReceivedAt: jst(d.certificate_received_at),
  };
}
