import { describe, expect, test } from 'vitest';
import {
  type CardModel,
  type FindingModel,
  type PermitModel,
  renderAdaptiveCard,
  toChatCard,
} from '../../adaptive-cards/index.js';

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

// The rest of a permit's life: standing permissions, disposal records, class questions, leavers.
cases.push([
  'a disposal record and where an undecided request went',
  {
    kind: 'permit',
    language: 'ja',
    view: 'requester',
    permit: {
      // Only the disposal record carries what was typed here.
      ...permit('purpose', 'disposed'),
      purpose: '保存期間を過ぎた控え',
      closing: 'disposal',
      disposal: {
        disposedOn: '2026-12-02',
        method: '細断（シュレッダー）',
        performedBy: ATTACK,
        witness: ATTACK,
        items: ATTACK,
        contractor: ATTACK,
        certificateDue: '2026-12-16',
        certificateReceivedAt: null,
      },
    },
  },
]);
cases.push([
  'a forwarded request',
  {
    kind: 'permit',
    language: 'ja',
    view: 'notice',
    reason: 'forwarded',
    permit: {
      ...permit('purpose'),
      purpose: '家庭訪問',
      forwarded: { title: '学校情報セキュリティ担当者', names: [ATTACK], at: '2026/12/04 8:00' },
    },
  },
]);
const standing = {
  id: 's1',
  granteeName: ATTACK,
  grantedBy: ATTACK,
  scope: '名列表',
  actions: '外部持ち出し',
  startsOn: '2026-12-01',
  endsOn: '2027-03-31',
  note: ATTACK,
  status: 'active' as const,
  revokedBy: null,
  revokedAt: null,
};
cases.push([
  'standing permissions',
  { kind: 'standingList', language: 'ja', view: 'principal', schoolName: ATTACK, permissions: [standing], note: ATTACK },
]);
cases.push([
  'the grant form as it comes back',
  {
    kind: 'standingForm',
    language: 'ja',
    formId: 'f1',
    schoolName: ATTACK,
    grantees: [{ value: 'all', title: '学校の教職員全員' }],
    classes: [{ id: 'III', label: '重要性分類Ⅲ' }],
    items: [{ value: 'class_list', title: '名列表' }],
    actions: [{ value: 'take_out', title: '外部持ち出し' }],
    citation: '2-2(8)②',
    today: '2026-12-01',
    latest: '2027-12-01',
    values: { note: ATTACK },
    errors: [ATTACK],
  },
]);
cases.push([
  'the disposal form as it comes back',
  {
    kind: 'disposalForm',
    language: 'ja',
    permitId: 'p1',
    assetName: ATTACK,
    methods: [{ value: 'shred', title: '細断' }],
    witnesses: [{ value: 'u1', title: '田中 次郎' }],
    witnessRequired: true,
    earliest: '2026-12-01',
    today: '2026-12-02',
    latestDue: '2027-05-31',
    defaultDue: '2026-12-16',
    values: { performedBy: ATTACK, items: ATTACK, contractor: ATTACK },
    errors: [ATTACK],
  },
]);
const question = {
  id: 'q1',
  requesterName: ATTACK,
  schoolName: ATTACK,
  askedAt: '2026/12/01 9:00',
  description: ATTACK,
  actionName: '外部持ち出し',
  status: 'decided' as const,
  classLabel: '重要性分類Ⅲ',
  decidedBy: ATTACK,
  decidedAt: '2026/12/01 10:00',
  comment: ATTACK,
};
for (const view of ['principal', 'requester'] as const)
  cases.push([
    `a class question (${view})`,
    { kind: 'classQuestion', language: 'ja', view, question, classes: [], citation: '2-2(4)③' },
  ]);
cases.push([
  'the class question form as it comes back',
  {
    kind: 'classQuestionForm',
    language: 'ja',
    answerId: 'a1',
    actionName: null,
    approverTitle: '校長',
    values: { description: ATTACK },
    errors: [ATTACK],
  },
]);
cases.push([
  'a leaver',
  {
    kind: 'staffLeft',
    language: 'ja',
    name: ATTACK,
    email: 'x@example.jp',
    schoolName: ATTACK,
    role: '教職員',
    leftAt: '2027/03/31 17:00',
    groups: [{ title: '持ち出したまま返却されていないもの', lines: [ATTACK] }],
    cancelled: [],
    citation: '4-1(5)',
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
