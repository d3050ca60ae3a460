import { type AdaptiveCard, adaptiveCard, type Element, sayIt, text } from './adaptive-card.js';
import type { HelpCardModel, WelcomeCardModel } from './models.js';

/** The card sent when mamoru is installed: what it does and three questions to try. */
export function welcomeCard(model: WelcomeCardModel): AdaptiveCard {
  const ja = model.language === 'ja';
  return adaptiveCard(
    [
      text(ja ? '🛡️ mamoru（守る）へようこそ' : '🛡️ Welcome to mamoru', { size: 'Large', weight: 'Bolder' }),
      text(
        ja
          ? `「この情報をメールで送っていい？」「持ち帰っていい？」など、情報の取扱いを質問すると、${model.policyName}に基づいて、重要性分類・判断・守ること・根拠の条項をすぐにお答えします。`
          : `Ask whether you may email, take home, copy or upload some information, and mamoru answers from ${model.policyName}: the class, the decision, what to do, and the clause it comes from.`,
      ),
      text(ja ? 'たとえば、こんな質問ができます:' : 'Try one of these:', { weight: 'Bolder', spacing: 'Medium' }),
    ],
    model.examples.map(sayIt),
  );
}

/** `help`: how to ask, what the answers mean, and examples. */
export function helpCard(model: HelpCardModel): AdaptiveCard {
  const ja = model.language === 'ja';
  const meanings = ja
    ? [
        '✅ 可',
        '☑️ 条件付きで可: 条件を守れば可',
        '📝 許可が必要: 校長の許可を申請',
        '⚠️ 原則禁止・要相談',
        '⛔ 禁止',
        '❓ 分類を確認: どの情報か教えてください',
        '❓ 取扱いを確認: どうしたいか教えてください',
      ]
    : [
        '✅ Allowed',
        '☑️ Allowed with conditions',
        '📝 Permission required: ask the principal',
        '⚠️ Prohibited in principle: consult',
        '⛔ Prohibited',
        '❓ Which information? Pick one',
        '❓ Which action? Pick one',
      ];
  return adaptiveCard(
    [
      text(ja ? '🛡️ mamoru の使い方' : '🛡️ How to use mamoru', { size: 'Large', weight: 'Bolder' }),
      text(
        ja
          ? '「どの情報を」「どうしたいか」を一文で書いてください。例: 「通知表をメールで保護者に送ってもいい？」'
          : 'Write which information and what you want to do with it, e.g. "Can I email report cards to parents?"',
      ),
      text(ja ? '答えの見方' : 'What the answers mean', { weight: 'Bolder', spacing: 'Medium' }),
      ...meanings.map((m) => text(m, { spacing: 'None' })),
      ...requests(ja),
      text(ja ? `ポリシー: ${model.policyName}` : `Policy: ${model.policyName}`, {
        size: 'Small',
        isSubtle: true,
        spacing: 'Medium',
      }),
    ],
    model.examples.map(sayIt),
  );
}

/**
 * The requests' own words: 「承認待ち」 for a principal (or a delegate), 「自分の申請」 for everyone,
 * typed or pressed (the buttons ask them, as the examples do).
 */
function requests(ja: boolean): Element[] {
  const [pending, mine] = ja ? ['承認待ち', '自分の申請'] : ['pending', 'my requests'];
  return [
    text(ja ? '申請' : 'Requests', { weight: 'Bolder', spacing: 'Medium' }),
    text(
      ja
        ? `「${pending}」: あなたの承認を待っている申請（校長・代理の方）`
        : `"${pending}": requests waiting for your approval (principals and their delegates)`,
      { spacing: 'None' },
    ),
    text(ja ? `「${mine}」: 自分が出した申請と、その状況` : `"${mine}": the requests you filed, and where they stand`, {
      spacing: 'None',
    }),
    { type: 'ActionSet', actions: [sayIt(pending), sayIt(mine)] },
  ];
}
