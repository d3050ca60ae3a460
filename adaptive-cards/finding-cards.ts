import { type AdaptiveCard, adaptiveCard, type Element, execute, text } from './adaptive-card.js';
import type { FindingDigestModel, FindingModel, FindingOwnerModel, Language } from './models.js';
import { VERBS } from './verbs.js';

const WORDS = {
  ja: {
    digestTitle: (school: string | null) => `🔎 クラウド保管の点検結果${school ? `（${school}）` : ''}`,
    rule: 'クラウドサービスに保管できるのは重要性分類Ⅲ以下の情報です（2-2(7)⑤）。',
    found: (n: number) => `新たに見つかったファイル: ${n} 件`,
    resolved: (n: number) => `解消したファイル: ${n} 件`,
    stillOpen: (n: number) => `未解決のファイル（合計）: ${n} 件`,
    owner: '所有者',
    path: '場所',
    shared: '共有',
    status: {
      resolved: '✅ 解消済み',
      false_positive: '誤検知として記録済み',
      exception: '例外措置（許可済み）',
    } as Record<string, string>,
    sharing: {
      anonymous: '⚠️ リンクを知っている全員に共有',
      organization: '組織内に共有',
      users: '特定の人に共有',
      private: '共有なし',
    } as Record<string, string>,
    falsePositive: '誤検知として記録',
    askOwner: '所有者に依頼',
    exception: '例外措置を申請',
    ownerTitle: '🔎 クラウドに保管できない情報が見つかりました',
    ownerWhy:
      'このファイルは重要性分類Ⅰ・Ⅱの情報を含むと判断されました。クラウドサービスに保管できるのは分類Ⅲ以下です（2-2(7)⑤）。',
    ownerDo:
      '校務系システム（校務支援システムなど指定の保管先）へ移動し、クラウドからは削除してください。判断が誤っている場合は「誤検知です」を押してください。',
    moved: '移動しました',
    notThis: '誤検知です',
    open: '開く',
  },
  en: {
    digestTitle: (school: string | null) => `🔎 Cloud storage check${school ? ` (${school})` : ''}`,
    rule: 'Only class III and lower information may be stored in a cloud service (2-2(7)⑤).',
    found: (n: number) => `Newly found: ${n}`,
    resolved: (n: number) => `Resolved: ${n}`,
    stillOpen: (n: number) => `Still open (all): ${n}`,
    owner: 'Owner',
    path: 'Where',
    shared: 'Sharing',
    status: {
      resolved: '✅ Resolved',
      false_positive: 'Recorded as a false positive',
      exception: 'Exception (approved)',
    } as Record<string, string>,
    sharing: {
      anonymous: '⚠️ Shared with anyone with the link',
      organization: 'Shared in the organization',
      users: 'Shared with people',
      private: 'Not shared',
    } as Record<string, string>,
    falsePositive: 'Record as false positive',
    askOwner: 'Ask the owner',
    exception: 'Request an exception',
    ownerTitle: '🔎 Information that may not be stored in the cloud',
    ownerWhy:
      'This file was judged to contain class I or II information. Only class III and lower may be stored in a cloud service (2-2(7)⑤).',
    ownerDo:
      'Move it to the school administration system (the designated storage) and delete it from the cloud. If the judgement is wrong, press "Not this".',
    moved: 'I moved it',
    notThis: 'Not this',
    open: 'Open',
  },
} satisfies Record<Language, unknown>;

function findingBlock(f: FindingModel, w: (typeof WORDS)['ja'], actions: Element[]): Element {
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(`${f.classLabel} — ${f.name}`, { weight: 'Bolder' }),
      {
        type: 'FactSet',
        facts: [
          { title: w.path, value: f.path },
          ...(f.ownerName ? [{ title: w.owner, value: f.ownerName }] : []),
          ...(f.sharing ? [{ title: w.shared, value: w.sharing[f.sharing] ?? f.sharing }] : []),
        ],
      },
      ...f.reasons.slice(0, 4).map((r) => text(`・${r}`, { size: 'Small', spacing: 'None' })),
      ...(f.status !== 'open' ? [text(w.status[f.status] ?? f.status, { weight: 'Bolder', color: 'Good' })] : []),
      ...(actions.length > 0 ? [{ type: 'ActionSet', actions }] : []),
    ],
  };
}

/** The principal's digest after a scan: what is new (the most urgent first), what was resolved. */
export function findingDigestCard(model: FindingDigestModel): AdaptiveCard {
  const w = WORDS[model.language];
  const body: Element[] = [
    text(w.digestTitle(model.schoolName), { size: 'Large', weight: 'Bolder' }),
    text(w.rule, { isSubtle: true }),
    text(`${w.found(model.found.length)} / ${w.resolved(model.resolved.length)} / ${w.stillOpen(model.stillOpen)}`, {
      weight: 'Bolder',
    }),
  ];
  for (const f of model.found.slice(0, 15)) {
    // The card's language and the digest travel with each action, so that the card re-renders
    // as itself (whatever the locale of the client that clicked).
    const data = { findingId: f.id, lang: model.language, ...(model.digestId ? { digestId: model.digestId } : {}) };
    body.push(
      findingBlock(
        f,
        w,
        f.status === 'open'
          ? [
              ...(f.webUrl ? [{ type: 'Action.OpenUrl', title: w.open, url: f.webUrl }] : []),
              execute(w.askOwner, VERBS.FINDING_ASK_OWNER, data),
              execute(w.falsePositive, VERBS.FINDING_FALSE_POSITIVE, data),
              execute(w.exception, VERBS.FINDING_REQUEST_EXCEPTION, data),
            ]
          : [],
      ),
    );
  }
  // One TextBlock a file: a TextBlock's markdown joins single line breaks.
  model.resolved.slice(0, 30).forEach((f, i) => {
    body.push(text(`✅ ${f.name}`, { spacing: i === 0 ? 'Medium' : 'None' }));
  });
  return adaptiveCard(body);
}

/** The owner's card about their own files: what, why (2-2(7)⑤), what to do. */
export function findingOwnerCard(model: FindingOwnerModel): AdaptiveCard {
  const w = WORDS[model.language];
  const body: Element[] = [
    text(w.ownerTitle, { size: 'Large', weight: 'Bolder' }),
    text(w.ownerWhy),
    text(w.ownerDo, { isSubtle: true }),
  ];
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
      ),
    );
  }
  if (model.note) body.push(text(model.note, { weight: 'Bolder', spacing: 'Medium' }));
  return adaptiveCard(body);
}
