import { describe, expect, test } from 'vitest';
import {
  answerCard,
  type FindingModel,
  findingDigestCard,
  helpCard,
  type IncidentCardModel,
  incidentCard,
  incidentFormCard,
  type PermitModel,
  permitCard,
  renderAdaptiveCard,
  VERBS,
  welcomeCard,
} from '../../adaptive-cards/index.js';
import { answerCardModel } from '../../bot/features/answer-card-model.js';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');
const model = (question: string, feedback: 'helpful' | 'wrong' | null = null) =>
  answerCardModel(pack, ask(pack, question), 'answer-1', feedback);

describe('Adaptive Cards (snapshots: a change to a card shows up in review)', () => {
  test.each([
    ['conditional, with a checklist', '通知表をメールで保護者に送ってもいいですか？'],
    ['permit required, with the request button', '通知表を学校の外に持ち出したい'],
    ['prohibited', '健康診断票をGoogleドライブに保存してもいい？'],
    ['unknown asset, with choices', 'アンケートをメールで送ってもいい？'],
    ['unknown action, with choices', '通知表について'],
    ['English', 'Can I take the attendance book home?'],
    ['an incident report: first steps, whom to tell, 報告する', '成績の入ったUSBメモリをなくしました'],
    ['a measure said not to be taken: 禁止 as described, no exception offered', '通知表をパスワードなしでメールで送っていい？'],
  ])('%s', (_name, question) => {
    expect(answerCard(model(question))).toMatchSnapshot();
  });

  test('a follow-up says what it took from the previous answer', () => {
    const decision = ask(pack, 'じゃあUSBなら？', { previous: { assetId: 'report_card', actionId: 'email_external' } });
    expect(answerCard(answerCardModel(pack, decision, 'answer-2'))).toMatchSnapshot();
  });

  test('after feedback the card thanks and asks no more', () => {
    const card = answerCard(model('通知表をメールで送ってもいい？', 'wrong'));
    expect(JSON.stringify(card)).toContain('ご指摘ありがとうございます');
    expect(JSON.stringify(card)).not.toContain(VERBS.ANSWER_FEEDBACK);
    expect(card).toMatchSnapshot();
  });

  test('📖 根拠を表示 shows the rows of the tables: the 第2表 entry and the 第3表 cell, in the policy’s words', () => {
    const sources = (question: string) => {
      const card = answerCard(model(question));
      const hidden = card.body.find((e) => e.isVisible === false) as unknown as { items: unknown[] };
      return JSON.stringify(hidden.items);
    };
    const email = sources('通知表をメールで保護者に送ってもいいですか？');
    expect(email).toContain('通知表: 重要性分類Ⅱ（成績関係）');
    expect(email).toContain(
      '「外部持ち出し／外部電子メール」の重要性分類Ⅱ: 条件付きで可（ファイルを暗号化するか、パスワードを設定する）',
    );
    // The table's own cell, before 2-2(9)① made class Ⅲ e-mail stricter than 第3表's 「ー」.
    expect(sources('児童生徒の作品をメールで送ってもいい？')).toMatch(/「外部持ち出し／外部電子メール」の重要性分類Ⅲ: 可"/);
    expect(sources('Can I take the attendance book home?')).toContain('attendance book: Class I (rosters and address books)');
  });

  test('a card that asks which action says so in its headline; one asking which information, that', () => {
    const headline = (question: string) => JSON.stringify(answerCard(model(question)).body[0]);
    expect(headline('通知表について')).toContain('❓ 取扱いを確認');
    expect(headline('アンケートをメールで送ってもいい？')).toContain('❓ 分類を確認');
  });

  test('welcome and help, Japanese and English', () => {
    for (const language of ['ja', 'en'] as const) {
      const examples = ['質問1', '質問2', '質問3'];
      expect(welcomeCard({ kind: 'welcome', language, policyName: pack.meta.name[language], examples })).toMatchSnapshot();
      expect(helpCard({ kind: 'help', language, policyName: pack.meta.name[language], examples })).toMatchSnapshot();
    }
  });

  test('every card is Adaptive Card 1.5 and every action carries ids only', () => {
    const cards = ['通知表を学校の外に持ち出したい', 'アンケートをメールで送ってもいい？'].map((q) =>
      renderAdaptiveCard(model(q)),
    );
    for (const card of cards) {
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      const data = JSON.stringify(card).match(/"data":\{[^}]*\}/g) ?? [];
      expect(data.length).toBeGreaterThan(0);
      for (const d of data) expect(d).toMatch(/^"data":\{("(answerId|kind|choiceId|helpful)":("[^"]*"|true|false),?)+\}$/);
    }
  });

  test('a digest whose numbers add up: the new files no longer open are said, the earlier open ones named; no 所有者に依頼 for an owner it cannot reach', () => {
    const file = (name: string, extra: Partial<FindingModel> = {}): FindingModel => ({
      id: name,
      name,
      path: `/Documents/${name}`,
      webUrl: null,
      ownerName: '山田 花子',
      classLabel: '重要性分類Ⅱ',
      sharing: 'private',
      reasons: ['表題に「所見」 → 通知表（第2表 Ⅱ）'],
      status: 'open',
      firstSeen: '2026-11-22T21:00:00.000Z',
      firstSeenAt: '2026/11/23 6:00',
      ...extra,
    });
    const card = findingDigestCard({
      kind: 'findingDigest',
      language: 'ja',
      digestId: 'd1',
      schoolName: 'デモ小学校',
      found: [
        file('保護者連絡先.csv', { classLabel: '重要性分類Ⅰ', ownerName: '田中 次郎', ownerUnreachable: true }),
        file('メモ.txt', { status: 'false_positive', statusBy: '鈴木 太郎', statusAt: '2026/11/23 9:00' }),
      ],
      resolved: [],
      stillOpen: 2,
      alsoOpen: [file('2学期所見.txt')],
    });
    const texts = JSON.stringify(card);
    expect(texts).toContain(
      '新たに見つかったファイル: 2 件（うち誤検知 1 件） / 解消したファイル: 0 件 / 未解決のファイル（合計）: 2 件（以前からの 1 件を含む）',
    );
    expect(texts).toContain('⏳ 2学期所見.txt（重要性分類Ⅱ、山田 花子、2026/11/23 6:00 から）');
    expect(texts).not.toContain(VERBS.FINDING_ASK_OWNER);
    expect(card).toMatchSnapshot();
  });
});

describe('the rest of a permit’s life (snapshots)', () => {
  const base: PermitModel = {
    id: 'p1',
    requestKind: 'permit',
    status: 'pending',
    requesterName: '山田 花子',
    schoolName: '熊本市立第一中学校',
    requestedAt: '2026/12/01 9:00',
    assetName: '通知表',
    classLabel: '重要性分類Ⅱ',
    actionName: '廃棄',
    purpose: '保存期間を過ぎた控え',
    destination: null,
    returnOn: null,
    until: null,
    confirmations: [],
    declarations: [],
    approverNames: ['鈴木 太郎', '田中 次郎'],
    decidedBy: null,
    decidedAt: null,
    comment: null,
    returnedAt: null,
    cancelledAt: null,
    closing: 'disposal',
  };
  const decided = { ...base, status: 'approved' as const, decidedBy: '田中 次郎', decidedAt: '2026/12/04 9:00' };
  const cards = {
    'a reminder to the approver (with the buttons)': permitCard({
      kind: 'permit',
      language: 'ja',
      view: 'approver',
      reason: 'waiting',
      permit: base,
    }),
    'the teacher told where it went': permitCard({
      kind: 'permit',
      language: 'ja',
      view: 'notice',
      reason: 'forwarded',
      permit: {
        ...base,
        forwarded: {
          title: '学校情報セキュリティ担当者（教頭及び校務分掌された教職員）',
          names: ['田中 次郎'],
          at: '2026/12/04 8:00',
        },
      },
    }),
    'expired, in English': permitCard({
      kind: 'permit',
      language: 'en',
      view: 'notice',
      reason: 'expired',
      permit: { ...base, status: 'expired', decidedAt: '2026/12/04 0:00', returnOn: '2026-12-03', closing: 'return' },
    }),
    'an approved disposal: 「廃棄を記録する」': permitCard({
      kind: 'permit',
      language: 'ja',
      view: 'notice',
      reason: 'decision',
      permit: decided,
    }),
    'disposed by a contractor, its certificate still due': permitCard({
      kind: 'permit',
      language: 'ja',
      view: 'requester',
      permit: {
        ...decided,
        status: 'disposed',
        disposal: {
          disposedOn: '2026-12-05',
          method: '溶解',
          performedBy: '株式会社クリーン 佐々木',
          witness: '山田 花子',
          items: '通知表の控え 35名分',
          contractor: '株式会社クリーン',
          certificateDue: '2026-12-19',
          certificateReceivedAt: null,
        },
      },
    }),
    'a standing permission, as its principal sees it (revoke asked once more)': renderAdaptiveCard({
      kind: 'standingList',
      language: 'ja',
      view: 'principal',
      schoolName: '熊本市立第一中学校',
      confirmRevoke: 's1',
      permissions: [
        {
          id: 's1',
          granteeName: null,
          grantedBy: '鈴木 太郎',
          scope: '重要性分類Ⅲのすべて',
          actions: '外部持ち出し',
          startsOn: '2026-04-01',
          endsOn: '2027-03-31',
          note: '暗号化機能付きのUSBを使う',
          status: 'active',
          revokedBy: null,
          revokedAt: null,
        },
      ],
    }),
    'the grant form': renderAdaptiveCard({
      kind: 'standingForm',
      language: 'ja',
      formId: '4b1f0c6e-5e0a-4f3c-9a55-0e6f5c1d2a77',
      schoolName: '熊本市立第一中学校',
      grantees: [
        { value: 'all', title: '学校の教職員全員' },
        { value: 'u1', title: '山田 花子' },
      ],
      classes: [{ id: 'III', label: '重要性分類Ⅲ' }],
      items: [
        { value: 'class_list', title: '名列表' },
        { value: 'teaching_materials', title: '授業用教材' },
      ],
      actions: [{ value: 'take_out', title: '外部持ち出し' }],
      citation: '2-2(8)②',
      today: '2026-12-01',
      latest: '2027-12-01',
      values: {},
      errors: ['包括的許可は重要性分類Ⅲの情報にだけ与えられます（2-2(8)②）。'],
    }),
    'the disposal record form': renderAdaptiveCard({
      kind: 'disposalForm',
      language: 'ja',
      permitId: 'p1',
      assetName: '通知表',
      methods: [
        { value: 'shred', title: '細断（シュレッダー）' },
        { value: 'pulp', title: '溶解' },
      ],
      witnesses: [{ value: 'u3', title: '田中 次郎' }],
      witnessRequired: true,
      earliest: '2026-12-04',
      today: '2026-12-05',
      latestDue: '2027-06-03',
      defaultDue: '2026-12-19',
      values: {},
      errors: [],
    }),
    'the principal asked for a class': renderAdaptiveCard({
      kind: 'classQuestion',
      language: 'ja',
      view: 'principal',
      citation: '2-2(4)③',
      classes: [
        { id: 'III', label: '重要性分類Ⅲ', definition: '外部に公開しない情報' },
        { id: 'IV', label: '重要性分類Ⅳ', definition: '公開されている情報' },
      ],
      question: {
        id: 'q1',
        requesterName: '山田 花子',
        schoolName: '熊本市立第一中学校',
        askedAt: '2026/12/01 9:00',
        description: 'PTA役員の連絡網',
        actionName: '外部持ち出し',
        status: 'pending',
        classLabel: null,
        decidedBy: null,
        decidedAt: null,
        comment: null,
      },
    }),
    'a leaver’s open items': renderAdaptiveCard({
      kind: 'staffLeft',
      language: 'ja',
      name: '山田 花子',
      email: 'hanako.yamada@school.example.jp',
      schoolName: '熊本市立第一中学校',
      role: '教職員（学校に勤務するすべての者）',
      leftAt: '2027/03/31 17:00',
      groups: [
        {
          title: '持ち出したまま返却されていないもの',
          lines: ['校務用端末の持ち出し（返却予定日 2027-03-31）［資産番号・管理番号: PC-2019-007］: 年度末の持ち帰り'],
        },
      ],
      cancelled: ['p9'],
      citation: '4-1(5) 教職員の離任: 利用していた情報資産を返却する。',
    }),
    'an answer a standing permission covers': answerCard(
      answerCardModel(pack, ask(pack, '名列表を学校の外に持ち出したい'), 'answer-3', null, {
        request: null,
        standing: { until: '2027-03-31', grantedBy: '鈴木 太郎', citation: '2-2(8)②' },
        satisfied: ['学校情報セキュリティ管理者（校長）の包括的許可の範囲内であること（なければ許可を得る）'],
      }),
    ),
  };

  test.each(Object.entries(cards))('%s', (_name, card) => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    // Buttons carry ids (and which step, which class, the card's language), never state to trust.
    for (const d of JSON.stringify(card).match(/"data":\{[^}]*\}/g) ?? [])
      expect(d).toMatch(
        /^"data":\{("(permitId|standingId|questionId|class|formId|lang|step|answerId|helpful)":("[^"]*"|true|false),?)+\}$/,
      );
    expect(card).toMatchSnapshot();
  });

  test('who may act is on the card only while they can: no 「返却しました」 on a disposal, no buttons once expired', () => {
    const verbs = (card: unknown) => (JSON.stringify(card).match(/"verb":"[^"]+"/g) ?? []).join(' ');
    expect(verbs(cards['an approved disposal: 「廃棄を記録する」'])).toBe('"verb":"permit.dispose"');
    expect(verbs(cards['expired, in English'])).toBe('');
    expect(verbs(cards['disposed by a contractor, its certificate still due'])).toBe('"verb":"permit.certificate"');
    expect(JSON.stringify(cards['an answer a standing permission covers'])).not.toContain(VERBS.PERMIT_REQUEST);
    expect(JSON.stringify(cards['an answer a standing permission covers'])).not.toContain('包括的許可の範囲内であること');
  });
});

describe('incident cards (snapshots)', () => {
  const incident: IncidentCardModel['incident'] = {
    id: 'incident-1',
    status: 'open',
    kindNames: ['紛失・盗難'],
    reporterName: '山田 花子',
    schoolName: '熊本市立第一中学校',
    reportedAt: '2030/06/03 10:00',
    what: '帰りの電車にUSBメモリを置き忘れた',
    occurred: '17時40分ごろ',
    place: 'JRの車内',
    assetName: '通知表',
    classLabel: '重要性分類Ⅱ',
    affected: 35,
    medium: 'USBメモリ',
    doneAlready: '駅に問い合わせた',
    linkedPermit: null,
    firstSteps: ['すぐに校長（学校情報セキュリティ管理者）に報告してください。'],
    steps: [
      {
        title: '学校情報セキュリティ管理者（校長）',
        names: ['鈴木 太郎'],
        toldAt: '2030/06/03 10:00',
        how: 'reported',
        acknowledgedBy: null,
        acknowledgedAt: null,
        dueAt: '2030/06/03 10:30',
        overdue: false,
      },
      {
        title: '教育情報システム担当者（教育CSIRT）',
        names: ['高橋'],
        toldAt: null,
        how: 'pending',
        acknowledgedBy: null,
        acknowledgedAt: null,
        dueAt: null,
        overdue: false,
      },
    ],
    exchanges: [],
    closedBy: null,
    closedAt: null,
    cause: null,
    prevention: null,
    citations: [{ id: '4-4(1)②', title: '情報セキュリティインシデントの報告', text: '教職員は…' }],
  };
  const none = { acknowledge: false, forward: null, requestInfo: false, close: false, addInfo: false };

  test('the report form: kinds ticked, every input labelled, 報告する', () => {
    const card = incidentFormCard({
      kind: 'incidentForm',
      language: 'ja',
      answerId: 'answer-1',
      kinds: [
        { id: 'lost', label: '紛失・盗難' },
        { id: 'mis_sent', label: '誤送信・誤配布' },
      ],
      toTitle: '学校情報セキュリティ管理者（校長）',
      assetName: '通知表',
      classes: [
        { id: 'II', label: '重要性分類Ⅱ' },
        { id: 'unknown', label: 'わからない' },
      ],
      linkedPermit: null,
      values: { kinds: 'lost', class: 'II' },
      errors: [],
    });
    expect(card).toMatchSnapshot();
  });

  test('the principal’s card: acknowledge, send on, ask; the reporter’s: no buttons of the chain', () => {
    const can = { acknowledge: true, forward: '教育CSIRTに報告', requestInfo: true, close: false, addInfo: false };
    expect(
      incidentCard({ kind: 'incident', language: 'ja', view: 'member', incident, can, reason: 'reported' }),
    ).toMatchSnapshot();
    const reporter = incidentCard({ kind: 'incident', language: 'ja', view: 'reporter', incident, can: none });
    expect(JSON.stringify(reporter)).not.toContain(VERBS.INCIDENT_ACKNOWLEDGE);
    expect(reporter).toMatchSnapshot();
  });

  test('closing asks for the cause and the prevention', () => {
    const can = { ...none, close: true, requestInfo: true };
    expect(incidentCard({ kind: 'incident', language: 'en', view: 'member', incident, can, opening: 'close' })).toMatchSnapshot();
  });
});
