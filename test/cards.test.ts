import { describe, expect, test } from 'vitest';
import {
  answerCard,
  type FindingModel,
  findingDigestCard,
  helpCard,
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
