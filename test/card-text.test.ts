import { describe, expect, test } from 'vitest';
import { type CardModel, type FindingModel, type PermitModel, renderAdaptiveCard, toChatCard } from '../adaptive-cards/index.js';

/**
 * Everything a person typed (or named: a file, a school, a display name) is shown as text on every
 * card, in Teams and in Google Chat: a markdown link, a bare web address or HTML never becomes a
 * link or markup. One case per field that carries such text.
 */
const LINK = '[承認はこちら](https://evil.example/login)';
const BARE = 'https://evil.example/login';
const HTML = '<a href="https://evil.example/login">承認</a>';
const ATTACK = `${LINK} ${BARE} ${HTML} **太字** www.evil.example`;

const permit = (field: keyof PermitModel | 'declaration', status: PermitModel['status'] = 'pending'): PermitModel => {
  const base: PermitModel = {
    id: 'p1',
    requestKind: 'permit',
    status,
    requesterName: '山田 花子',
    schoolName: '熊本市立第一中学校',
    requestedAt: '2026/12/01 9:00',
    assetName: '通知表',
    classLabel: '重要性分類Ⅱ',
    actionName: '外部持ち出し',
    purpose: '家庭訪問',
    destination: '児童宅',
    returnOn: '2026-12-03',
    until: null,
    confirmations: ['持ち出し・持ち帰りの記録をつける'],
    declarations: [{ label: 'OS', value: 'Windows 11' }],
    approverNames: ['鈴木 太郎'],
    decidedBy: status === 'pending' ? null : '鈴木 太郎',
    decidedAt: status === 'pending' ? null : '2026/12/01 10:00',
    comment: status === 'pending' ? null : '了解です',
    returnedAt: null,
    cancelledAt: null,
  };
  if (field === 'declaration') return { ...base, declarations: [{ label: 'OS', value: ATTACK }] };
  if (field === 'approverNames') return { ...base, approverNames: [ATTACK] };
  return { ...base, [field]: ATTACK };
};

const finding = (field: keyof FindingModel | 'reason'): FindingModel => {
  const base: FindingModel = {
    id: 'f1',
    name: '名簿.xlsx',
    path: '/Documents/名簿.xlsx',
    webUrl: 'https://contoso.sharepoint.com/x',
    ownerName: '山田 花子',
    classLabel: '重要性分類Ⅰ',
    sharing: 'organization',
    reasons: ['氏名・住所・電話番号の表（10 行）'],
    status: 'open',
    firstSeen: '2026-12-01T00:00:00Z',
    statusBy: null,
  };
  if (field === 'reason') return { ...base, reasons: [ATTACK] };
  return { ...base, [field]: ATTACK };
};

const cases: [string, CardModel][] = [];
for (const field of [
  'purpose',
  'destination',
  'requesterName',
  'schoolName',
  'assetName',
  'declaration',
  'approverNames',
] as const) {
  for (const view of ['approver', 'requester', 'notice'] as const)
    cases.push([`permit ${view} card: ${field}`, { kind: 'permit', language: 'ja', view, permit: permit(field) }]);
  // A list shows no approvers (they are the one looking at it).
  if (field !== 'approverNames')
    cases.push([`permit list: ${field}`, { kind: 'permitList', language: 'ja', view: 'approver', permits: [permit(field)] }]);
}
for (const field of ['comment', 'decidedBy'] as const) {
  cases.push([
    `decision notice: ${field}`,
    { kind: 'permit', language: 'ja', view: 'notice', reason: 'decision', permit: permit(field, 'rejected') },
  ]);
  cases.push([
    `requester list: ${field}`,
    { kind: 'permitList', language: 'ja', view: 'requester', permits: [permit(field, 'approved')] },
  ]);
}
cases.push([
  'unreachable approvers',
  { kind: 'permit', language: 'ja', view: 'requester', permit: permit('purpose'), unreachable: [ATTACK] },
]);
for (const field of ['name', 'path', 'ownerName', 'reason', 'statusBy'] as const) {
  const f = finding(field);
  cases.push([
    `digest: file ${field}`,
    { kind: 'findingDigest', language: 'ja', schoolName: '第一中', found: [f], resolved: [], stillOpen: 1 },
  ]);
  cases.push([`owner card: file ${field}`, { kind: 'findingOwner', language: 'ja', findings: [f] }]);
}
cases.push([
  'digest: school name and a resolved file',
  {
    kind: 'findingDigest',
    language: 'en',
    schoolName: ATTACK,
    found: [],
    resolved: [{ ...finding('name'), status: 'resolved' }],
    stillOpen: 0,
  },
]);
cases.push([
  'the form as it comes back with what was typed',
  {
    kind: 'permitForm',
    language: 'ja',
    answerId: 'a1',
    requestKind: 'permit',
    actionName: '外部持ち出し',
    assetName: ATTACK,
    classLabel: '重要性分類Ⅱ',
    approverTitle: '学校情報セキュリティ管理者（校長）',
    needsDestination: true,
    offersDestination: false,
    needsReturnDate: true,
    needsUntil: false,
    confirmations: [],
    keptByMamoru: [],
    declarations: [],
    values: { purpose: ATTACK, destination: ATTACK },
    errors: [ATTACK],
    today: '2026-12-01',
    latest: '2027-12-01',
  },
]);

/** Every string on a card with where it sits: the element type and the key. */
function strings(node: unknown, parent = '', out: { at: string; value: string }[] = []) {
  if (Array.isArray(node)) for (const n of node) strings(n, parent, out);
  else if (node && typeof node === 'object') {
    const type = typeof (node as { type?: unknown }).type === 'string' ? String((node as { type: string }).type) : parent;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') out.push({ at: `${type}.${key}`, value });
      else strings(value, type, out);
    }
  }
  return out;
}

describe('what people typed is text on every card', () => {
  test.each(cases)('Teams: %s', (_name, model) => {
    const card = renderAdaptiveCard(model);
    const carrying = strings(card).filter((s) => s.value.includes('evil'));
    expect(carrying.length).toBeGreaterThan(0);
    for (const s of carrying) {
      // Shown through a TextRun (no markdown), or kept as an input's own value; never a TextBlock or a fact.
      expect(['TextRun.text', 'Input.Text.value']).toContain(s.at);
      if (s.at === 'TextRun.text') {
        expect(s.value).not.toMatch(/https?:\/\//);
        expect(s.value).not.toMatch(/www\.evil/);
        expect(s.value).toContain('[承認はこちら](https[:]//evil.example/login)');
      }
    }
    expect(JSON.stringify(card)).not.toMatch(/"type":"(TextBlock|FactSet)"/);
  });

  test.each(cases)('Google Chat: %s', (_name, model) => {
    const chat = toChatCard(renderAdaptiveCard(model), 'c');
    const carrying = strings(chat).filter((s) => s.value.includes('evil'));
    expect(carrying.length).toBeGreaterThan(0);
    for (const s of carrying) {
      if (s.at.endsWith('.value')) continue; // a text input's own value
      expect(s.value).not.toMatch(/<a\b|https?:\/\/|www\.evil/);
      expect(s.value).toContain('&lt;a href=');
    }
  });
});
