import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, text } from './adaptive-card.js';
import type { FindingDigestModel, FindingModel, FindingOwnerModel, Language } from './models.js';
import { VERBS } from './verbs.js';

const WORDS = {
  ja: {
    digestTitle: (school: string | null) => `🔎 クラウド保管の点検結果${school ? `（${school}）` : ''}`,
    rule: 'クラウドサービスに保管できるのは重要性分類Ⅲ以下の情報です（2-2(7)⑤）。',
    found: (n: number, closed: string[]) =>
      `新たに見つかったファイル: ${n} 件${closed.length ? `（うち${closed.join('・')}）` : ''}`,
    closed: (status: string, n: number) =>
      `${{ false_positive: '誤検知', resolved: '解消', exception: '例外措置' }[status] ?? status} ${n} 件`,
    resolved: (n: number) => `解消したファイル: ${n} 件`,
    stillOpen: (n: number, earlier: number) =>
      `未解決のファイル（合計）: ${n} 件${earlier > 0 ? `（以前からの ${earlier} 件を含む）` : ''}`,
    alsoOpenTitle: '以前から未解決のファイル',
    since: (when: string) => `${when} から`,
    more: (n: number) => `ほか ${n} 件`,
    ownerJudgedCount: (n: number) => `所有者が誤検知とした: ${n} 件`,
    ownerJudgedTitle: '所有者が「誤検知」として閉じたファイル',
    ownerJudgedHelp: '所有者の判断です。誤りと思われる場合は「確認して再開」を押してください（所有者に改めて通知します）。',
    owner: '所有者',
    path: '場所',
    shared: '共有',
    reasons: '判断の理由',
    status: {
      resolved: '✅ 解消済み',
      false_positive: '誤検知として記録済み',
      exception: '例外措置（許可済み）',
    } as Record<string, string>,
    how: { deleted: '削除を確認', moved: 'ドライブからの移動を確認', reclassified: '再点検で分類Ⅲ以下と判断' } as Record<
      string,
      string
    >,
    reopened: (who: string) => `🔁 ${who}さんが確認して再開`,
    aside: (parts: string[]) => (parts.length > 0 ? `（${parts.join('、')}）` : ''),
    unreachable: (owner: string) =>
      `⚠️ ${owner}さんは mamoru を追加していないため、所有者へのカードを届けられませんでした。直接お伝えください。`,
    sharing: {
      anonymous: '⚠️ リンクを知っている全員に共有',
      organization: '組織内に共有',
      users: '特定の人に共有',
      private: '共有なし',
    } as Record<string, string>,
    removeLink:
      '⚠️ リンクを知っている人なら誰でも開ける状態です。まず共有リンクを削除してください（共有 → リンクの設定 → 削除）。そのうえで移動してください。',
    falsePositive: '誤検知として記録',
    askOwner: '所有者に依頼',
    exception: '例外措置を申請',
    reopen: '確認して再開',
    ownerTitle: '🔎 クラウドに保管できない情報が見つかりました',
    ownerWhy:
      'このファイルは重要性分類Ⅰ・Ⅱの情報を含むと判断されました。クラウドサービスに保管できるのは分類Ⅲ以下です（2-2(7)⑤）。',
    ownerDo:
      '校務系システム（校務支援システムなど指定の保管先）へ移動し、クラウドからは削除してください。判断が誤っている場合は「誤検知です」を押してください（学校の管理者にも伝わります）。',
    moved: '移動しました',
    notThis: '誤検知です',
    open: '開く',
  },
  en: {
    digestTitle: (school: string | null) => `🔎 Cloud storage check${school ? ` (${school})` : ''}`,
    rule: 'Only class III and lower information may be stored in a cloud service (2-2(7)⑤).',
    found: (n: number, closed: string[]) => `Newly found: ${n}${closed.length ? ` (of which ${closed.join(', ')})` : ''}`,
    closed: (status: string, n: number) =>
      `${n} ${{ false_positive: 'false positive', resolved: 'resolved', exception: 'exception' }[status] ?? status}`,
    resolved: (n: number) => `Resolved: ${n}`,
    stillOpen: (n: number, earlier: number) => `Still open (all): ${n}${earlier > 0 ? ` (${earlier} from before)` : ''}`,
    alsoOpenTitle: 'Still open from before',
    since: (when: string) => `since ${when}`,
    more: (n: number) => `${n} more`,
    ownerJudgedCount: (n: number) => `Closed by the owner as false positives: ${n}`,
    ownerJudgedTitle: 'Files their owner closed as "Not this"',
    ownerJudgedHelp: 'This is the owner\'s judgement. If it looks wrong, press "Check and reopen" (the owner is told again).',
    owner: 'Owner',
    path: 'Where',
    shared: 'Sharing',
    reasons: 'Why',
    status: {
      resolved: '✅ Resolved',
      false_positive: 'Recorded as a false positive',
      exception: 'Exception (approved)',
    } as Record<string, string>,
    how: {
      deleted: 'deleted',
      moved: 'moved out of the drive',
      reclassified: 'class III or lower on a later scan',
    } as Record<string, string>,
    reopened: (who: string) => `🔁 Reopened by ${who}`,
    aside: (parts: string[]) => (parts.length > 0 ? ` (${parts.join(', ')})` : ''),
    unreachable: (owner: string) =>
      `⚠️ ${owner} has not added mamoru, so the owner's card could not be delivered. Please tell them directly.`,
    sharing: {
      anonymous: '⚠️ Shared with anyone with the link',
      organization: 'Shared in the organization',
      users: 'Shared with people',
      private: 'Not shared',
    } as Record<string, string>,
    removeLink:
      '⚠️ Anyone with the link can open it. First remove the sharing link (Share → link settings → delete), then move the file.',
    falsePositive: 'Record as false positive',
    askOwner: 'Ask the owner',
    exception: 'Request an exception',
    reopen: 'Check and reopen',
    ownerTitle: '🔎 Information that may not be stored in the cloud',
    ownerWhy:
      'This file was judged to contain class I or II information. Only class III and lower may be stored in a cloud service (2-2(7)⑤).',
    ownerDo:
      'Move it to the school administration system (the designated storage) and delete it from the cloud. If the judgement is wrong, press "Not this" (the school\'s manager is told).',
    moved: 'I moved it',
    notThis: 'Not this',
    open: 'Open',
  },
} satisfies Record<Language, unknown>;

type Words = (typeof WORDS)['ja'];

/** The status line of a file no longer open, or reopened: what, how, by whom, when. */
function statusLine(f: FindingModel, w: Words): Element | null {
  const when = f.statusAt ?? '';
  if (f.status === 'open') return f.statusBy ? text(`${w.reopened(f.statusBy)}${w.aside([when].filter(Boolean))}`) : null;
  const detail = f.status === 'resolved' ? [f.resolvedHow ? w.how[f.resolvedHow] : '', when] : [f.statusBy ?? '', when];
  return text(`${w.status[f.status] ?? f.status}${w.aside(detail.filter((d): d is string => Boolean(d)))}`, {
    weight: 'Bolder',
    color: 'Good',
  });
}

function findingBlock(f: FindingModel, w: Words, actions: Element[], view: 'digest' | 'owner'): Element {
  const status = statusLine(f, w);
  const open = f.status === 'open';
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(`${f.classLabel} — ${f.name}`, { weight: 'Bolder' }),
      facts([
        { title: w.path, value: f.path },
        ...(f.ownerName ? [{ title: w.owner, value: f.ownerName }] : []),
        ...(f.sharing ? [{ title: w.shared, value: w.sharing[f.sharing] ?? f.sharing }] : []),
      ]),
      ...(view === 'owner' && open && f.sharing === 'anonymous'
        ? [{ type: 'Container', style: 'warning', items: [text(w.removeLink, { weight: 'Bolder' })] }]
        : []),
      ...(view === 'digest' && open && f.ownerUnreachable && f.ownerName
        ? [{ type: 'Container', style: 'warning', items: [text(w.unreachable(f.ownerName))] }]
        : []),
      ...(f.reasons.length > 0 ? [text(w.reasons, { size: 'Small', weight: 'Bolder', spacing: 'Small' })] : []),
      ...f.reasons.slice(0, 4).map((r) => text(`・${r}`, { size: 'Small', spacing: 'None' })),
      ...(status ? [status] : []),
      ...(actions.length > 0 ? [{ type: 'ActionSet', actions }] : []),
    ],
  };
}

/**
 * The principal's digest after a scan: what is new (the most urgent first), what was resolved and
 * how, and what owners closed themselves as 誤検知 (to reopen if wrong).
 */
export function findingDigestCard(model: FindingDigestModel): AdaptiveCard {
  const w = WORDS[model.language];
  const judged = model.ownerJudged ?? [];
  // The counts add up: the new files no longer open are said (うち誤検知 1 件), and the open total
  // says how many are from before, which are named below.
  const closed = new Map<string, number>();
  for (const f of model.found) if (f.status !== 'open') closed.set(f.status, (closed.get(f.status) ?? 0) + 1);
  const stillNew = model.found.length - [...closed.values()].reduce((a, b) => a + b, 0);
  const earlier = Math.max(0, model.stillOpen - stillNew);
  const counts = [
    w.found(
      model.found.length,
      [...closed].map(([status, n]) => w.closed(status, n)),
    ),
    w.resolved(model.resolved.length),
    w.stillOpen(model.stillOpen, earlier),
  ];
  if (judged.length > 0) counts.push(w.ownerJudgedCount(judged.length));
  const body: Element[] = [
    text(w.digestTitle(model.schoolName), { size: 'Large', weight: 'Bolder' }),
    text(w.rule, { isSubtle: true }),
    text(counts.join(' / '), { weight: 'Bolder' }),
  ];
  if (model.note) body.push({ type: 'Container', style: 'accent', items: [text(model.note, { weight: 'Bolder' })] });
  // The card's language and the digest travel with each action, so that the card re-renders
  // as itself (whatever the locale of the client that clicked).
  const dataOf = (f: FindingModel) => ({
    findingId: f.id,
    lang: model.language,
    ...(model.digestId ? { digestId: model.digestId } : {}),
  });
  for (const f of model.found.slice(0, 15)) {
    const data = dataOf(f);
    body.push(
      findingBlock(
        f,
        w,
        f.status === 'open'
          ? [
              ...(f.webUrl ? [{ type: 'Action.OpenUrl', title: w.open, url: f.webUrl }] : []),
              // Not for an owner the card itself says mamoru cannot reach.
              ...(f.ownerUnreachable ? [] : [execute(w.askOwner, VERBS.FINDING_ASK_OWNER, data)]),
              execute(w.falsePositive, VERBS.FINDING_FALSE_POSITIVE, data),
              execute(w.exception, VERBS.FINDING_REQUEST_EXCEPTION, data),
            ]
          : [],
        'digest',
      ),
    );
  }
  // One line a file.
  model.resolved.slice(0, 30).forEach((f, i) => {
    const how = [f.resolvedHow ? w.how[f.resolvedHow] : '', f.statusAt ?? ''].filter((d): d is string => Boolean(d));
    body.push(text(`✅ ${f.name}${w.aside(how)}`, { spacing: i === 0 ? 'Medium' : 'None' }));
  });
  const alsoOpen = model.alsoOpen ?? [];
  if (alsoOpen.length > 0) {
    body.push(text(w.alsoOpenTitle, { weight: 'Bolder', spacing: 'Large', separator: true }));
    for (const f of alsoOpen.slice(0, 30)) {
      const about = [f.classLabel, f.ownerName ?? '', f.firstSeenAt ? w.since(f.firstSeenAt) : ''].filter(Boolean);
      body.push(text(`⏳ ${f.name}${w.aside(about)}`, { spacing: 'None' }));
    }
    const shown = Math.min(alsoOpen.length, 30);
    if (earlier > shown) body.push(text(w.more(earlier - shown), { spacing: 'None', isSubtle: true }));
  }
  if (judged.length > 0) {
    body.push(
      text(w.ownerJudgedTitle, { weight: 'Bolder', spacing: 'Large', separator: true }),
      text(w.ownerJudgedHelp, { isSubtle: true, spacing: 'None' }),
    );
    for (const f of judged.slice(0, 15)) {
      body.push(
        findingBlock(f, w, f.status === 'false_positive' ? [execute(w.reopen, VERBS.FINDING_REOPEN, dataOf(f))] : [], 'digest'),
      );
    }
  }
  return adaptiveCard(body);
}

/** The owner's card about their own files: what, why (2-2(7)⑤), what to do. */
export function findingOwnerCard(model: FindingOwnerModel): AdaptiveCard {
  const w = WORDS[model.language];
  const body: Element[] = [text(w.ownerTitle, { size: 'Large', weight: 'Bolder' })];
  if (model.intro) body.push(text(model.intro, { weight: 'Bolder', color: 'Attention' }));
  body.push(text(w.ownerWhy), text(w.ownerDo, { isSubtle: true }));
  for (const f of model.findings.slice(0, 15)) {
    const open = f.status === 'open' && !model.note;
    body.push(
      findingBlock(
        f,
        w,
        open
          ? [
              ...(f.webUrl ? [{ type: 'Action.OpenUrl', title: w.open, url: f.webUrl }] : []),
              execute(w.moved, VERBS.FINDING_MOVED, { findingId: f.id, lang: model.language }, { style: 'positive' }),
              execute(w.notThis, VERBS.FINDING_FALSE_POSITIVE, { findingId: f.id, lang: model.language }),
            ]
          : [],
        'owner',
      ),
    );
  }
  if (model.note) body.push(text(model.note, { weight: 'Bolder', spacing: 'Medium' }));
  return adaptiveCard(body);
}
