import type { FindingModel, Language } from '../../../adaptive-cards/index.js';
import { getPack } from '../../../policy/index.js';
import { jst } from '../../../ports/jst.js';
import {
  countOpenFindings,
  type Finding,
  findingsByIds,
  getUser,
  type OutboxRow,
  openFindingIds,
  outbox,
  personalConversation,
  type Resolution,
  resolutionsOf,
  type Store,
  schoolOf,
  type User,
  unreadableOpenFindings,
} from '../../../store/index.js';
import type { Reply } from '../../core/index.js';

/** An instant as a person in Japan reads it: 2026/11/24 6:00. */
export { jst };

/** A reason as a person reads it, whatever shape the classifier gave it. */
export function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const r = reason as Record<string, unknown>;
    for (const key of ['text', 'message', 'label', 'detail']) if (typeof r[key] === 'string') return r[key] as string;
  }
  return JSON.stringify(reason);
}

/**
 * Whether mamoru can bring a card to this person: a personal chat it knows (an app cannot open
 * one itself), or, for Google Chat where the chat is found at send time, the last message to
 * them delivered. A Google Chat user never tried yet counts as reachable.
 */
export async function canReach(store: Store, user: User): Promise<boolean> {
  if (await personalConversation(store.db, user)) return true;
  const last = await outbox.lastDelivery(store.db, user.id);
  return last ? last === 'sent' : Boolean(user.google_user_id);
}

export async function findingModel(
  store: Store,
  finding: Finding,
  language: Language,
  options: { policy?: string; resolvedHow?: Resolution; reach?: boolean } = {},
): Promise<FindingModel> {
  const owner = finding.owner_id ? await getUser(store.db, finding.owner_id) : undefined;
  const judge = finding.status_by ? await getUser(store.db, finding.status_by) : undefined;
  const label = getPack(options.policy).classes.get(finding.class as never)?.label[language] ?? finding.class;
  let reasons: unknown[] = [];
  try {
    reasons = JSON.parse(finding.reasons) as unknown[];
  } catch {
    reasons = [];
  }
  // Still open, but its file could not be read this time: why, first, so nobody takes it for resolved.
  if (finding.status === 'open' && finding.unreadable_reason)
    reasons = [UNREADABLE[language].line(finding.unreadable_reason, jst(finding.unreadable_since) ?? ''), ...reasons];
  const resolved = finding.status === 'resolved';
  const resolvedHow = resolved
    ? (options.resolvedHow ?? (await resolutionsOf(store.db, [finding.id])).get(finding.id) ?? null)
    : null;
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
    firstSeenAt: jst(finding.first_seen),
    statusAt: jst(resolved ? (finding.resolved_at ?? finding.status_at) : finding.status_at),
    statusBy: resolved ? null : (judge?.name ?? null),
    resolvedHow,
    ...(options.reach && finding.status === 'open' && owner ? { ownerUnreachable: !(await canReach(store, owner)) } : {}),
  };
}

export async function findingModels(
  store: Store,
  ids: string[],
  language: Language,
  options: { reach?: boolean } = {},
): Promise<FindingModel[]> {
  const rows = await findingsByIds(store.db, ids);
  const how = await resolutionsOf(
    store.db,
    rows.filter((f) => f.status === 'resolved').map((f) => f.id),
  );
  return Promise.all(rows.map((f) => findingModel(store, f, language, { ...options, resolvedHow: how.get(f.id) })));
}

const UNREADABLE = {
  ja: {
    line: (reason: string, since: string) => `⚠️ 再確認できません: ${reason}${since ? `（${since} から）` : ''}`,
    count: (k: number) => `、再確認できません ${k} 件`,
    note: (files: string[]) =>
      `⚠️ 再確認できません（${files.length} 件）: 前回の点検で分類Ⅰ・Ⅱだったファイルを、今回は読めませんでした（パスワードの設定、破損、サイズなど）。ファイルはクラウドに残っているため、指摘は未解決のままです。削除・移動されるか、読めるようになるまで続きます。\n${files.join('\n')}`,
  },
  en: {
    line: (reason: string, since: string) => `⚠️ Cannot be checked again: ${reason}${since ? ` (since ${since})` : ''}`,
    count: (k: number) => `, ${k} cannot be checked again`,
    note: (files: string[]) =>
      `⚠️ Cannot be checked again (${files.length}): files that were class I/II could not be read this time (a password, damage, their size …). They are still in the cloud, so the findings stay open until the files are deleted, moved or readable again.\n${files.join('\n')}`,
  },
};

const OWNER_TEXT = {
  ja: {
    summary: 'クラウドに保管できない情報が見つかりました',
    reopened: (who: string) =>
      `${who}さんが確認し、誤検知ではないと判断しました。もう一度ご確認のうえ、校務系システムへ移動してください。`,
  },
  en: {
    summary: 'Information that may not be stored in the cloud was found',
    reopened: (who: string) => `${who} checked this file and found it is not a false positive. Please move it as below.`,
  },
};

/** A digest or an owner card, from the findings the message names, as they are now. */
export async function renderFindings(
  store: Store,
  row: OutboxRow,
  language: Language = 'ja',
  note?: string,
): Promise<Reply | null> {
  const payload = JSON.parse(row.payload ?? '{}') as {
    schoolId?: string | null;
    found?: string[];
    resolved?: string[];
    judged?: string[];
    reopened?: boolean;
    unreadable?: string[];
  };
  if (row.kind === 'finding_owner') {
    const found = await findingModels(store, payload.found ?? [], language);
    const t = OWNER_TEXT[language];
    const reopenedBy = payload.reopened ? found.find((f) => f.status === 'open' && f.statusBy)?.statusBy : undefined;
    return found.length > 0
      ? {
          text: t.summary,
          card: {
            kind: 'findingOwner',
            language,
            findings: found,
            ...(reopenedBy ? { intro: t.reopened(reopenedBy) } : {}),
            ...(note ? { note } : {}),
          },
        }
      : null;
  }
  const found = await findingModels(store, payload.found ?? [], language, { reach: true });
  const resolved = await findingModels(store, payload.resolved ?? [], language);
  const ownerJudged = await findingModels(store, payload.judged ?? [], language);
  const unreadable = (await unreadableOpenFindings(store.db, payload.unreadable ?? [])).map(
    (f) => `・${f.name} — ${f.unreadable_reason}`,
  );
  const notes = [note, unreadable.length > 0 ? UNREADABLE[language].note(unreadable.slice(0, 15)) : undefined].filter(
    (x): x is string => Boolean(x),
  );
  // The school's other open findings, named, so the open total is not a bare number.
  const alsoOpen = await findingModels(
    store,
    await openFindingIds(store.db, payload.schoolId ?? null, payload.found ?? []),
    language,
  );
  const school = await schoolOf(store.db, payload.schoolId);
  const judgedText = ownerJudged.length > 0 ? `、所有者の誤検知 ${ownerJudged.length} 件` : '';
  const unreadableText = unreadable.length > 0 ? UNREADABLE.ja.count(unreadable.length) : '';
  const stillOpen = await countOpenFindings(store.db, payload.schoolId ?? null);
  return {
    text: `クラウド保管の点検: 新規 ${found.length} 件、解消 ${resolved.length} 件${judgedText}${unreadableText}、未解決 ${stillOpen} 件`,
    card: {
      kind: 'findingDigest',
      language,
      digestId: row.id,
      schoolName: school?.name ?? null,
      found,
      resolved,
      stillOpen,
      ...(alsoOpen.length > 0 ? { alsoOpen } : {}),
      ...(ownerJudged.length > 0 ? { ownerJudged } : {}),
      ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
    },
  };
}
