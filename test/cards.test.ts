import { describe, expect, test } from 'vitest';
import {
  answerCard,
  helpCard,
  type IncidentCardModel,
  incidentCard,
  incidentFormCard,
  renderAdaptiveCard,
  VERBS,
  welcomeCard,
} from '../adaptive-cards/index.js';
import { answerCardModel } from '../bot/features/answer-card-model.js';
import { ask, getPack } from '../policy/index.js';

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
