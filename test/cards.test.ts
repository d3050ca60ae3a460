import { describe, expect, test } from 'vitest';
import { answerCard, helpCard, renderAdaptiveCard, VERBS, welcomeCard } from '../adaptive-cards/index.js';
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
    ['an incident report: first steps, whom to tell, no request', '成績の入ったUSBメモリをなくしました'],
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
