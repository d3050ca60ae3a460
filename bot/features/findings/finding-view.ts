import type { FindingModel, Language } from '../../../adaptive-cards/index.js';
import { getPack } from '../../../policy/index.js';
import { type Finding, getUser, type OutboxRow, type Store } from '../../../store/index.js';
import type { Reply } from '../../core/index.js';

/** A reason as a person reads it, whatever shape the classifier gave it. */
export function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    for (const key of ['text', 'message', 'label', 'detail']) if (typeof r[key] === 'string') return r[key] as string;
  }
  return JSON.stringify(reason);
}

export async function findingModel(store: Store, finding: Finding, language: Language, policy?: string): Promise<FindingModel> {
  const owner = finding.owner_id ? await getUser(store.db, finding.owner_id) : undefined;
  const label = getPack(policy).classes.get(finding.class as never)?.label[language] ?? finding.class;
  let reasons: unknown[] = [];
  try {
    reasons = JSON.parse(finding.reasons) as unknown[];
  } catch {
    reasons = [];
  }
  return {
    id: finding.id,
    name: finding.name,
    path: finding.path,
    webUrl: finding.web_url,
    ownerName: owner?.name ?? finding.owner_email,
    classLabel: label,
    sharing: finding.sharing,
    reasons: reasons.map(reasonText),
    status: finding.status as FindingModel['status'],
    firstSeen: finding.first_seen,
  };
}

export async function findingModels(store: Store, ids: string[], language: Language): Promise<FindingModel[]> {
  if (ids.length === 0) return [];
  const rows = await store.db.selectFrom('findings').selectAll().where('id', 'in', ids).execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return Promise.all(rows.map((f) => findingModel(store, f, language)));
}

/** A digest or an owner card, from the findings the message names, as they are now. */
export async function renderFindings(store: Store, row: OutboxRow, language: Language = 'ja'): Promise<Reply | null> {
  const payload = JSON.parse(row.payload ?? '{}') as { schoolId?: string | null; found?: string[]; resolved?: string[] };
  const found = await findingModels(store, payload.found ?? [], language);
  if (row.kind === 'finding_owner') {
    return found.length > 0
      ? { text: 'クラウドに保管できない情報が見つかりました', card: { kind: 'findingOwner', language, findings: found } }
      : null;
  }
  const resolved = await findingModels(store, payload.resolved ?? [], language);
  let open = store.db
    .selectFrom('findings')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'open');
  open = payload.schoolId ? open.where('school_id', '=', payload.schoolId) : open.where('school_id', 'is', null);
  const school = payload.schoolId
    ? await store.db.selectFrom('schools').select('name').where('id', '=', payload.schoolId).executeTakeFirst()
    : undefined;
  return {
    text: `クラウド保管の点検: 新規 ${found.length} 件、解消 ${resolved.length} 件`,
    card: {
      kind: 'findingDigest',
      language,
      digestId: row.id,
      schoolName: school?.name ?? null,
      found,
      resolved,
      stillOpen: Number((await open.executeTakeFirst())?.n ?? 0),
    },
  };
}
