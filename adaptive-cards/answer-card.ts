import { type AdaptiveCard, adaptiveCard, type Element, execute, facts as factSet, text } from './adaptive-card.js';
import type { AnswerCardModel, DecisionValue, Language } from './models.js';
import { VERBS } from './verbs.js';

const HEADLINE: Record<DecisionValue, { icon: string; ja: string; en: string; color: string; style: string }> = {
  allowed: { icon: '✅', ja: '可', en: 'Allowed', color: 'Good', style: 'good' },
  conditional: { icon: '☑️', ja: '条件付きで可', en: 'Allowed with conditions', color: 'Accent', style: 'accent' },
  permit_required: { icon: '📝', ja: '許可が必要', en: 'Permission required', color: 'Warning', style: 'warning' },
  consult: { icon: '⚠️', ja: '原則禁止・要相談', en: 'Prohibited in principle: consult', color: 'Warning', style: 'warning' },
  prohibited: { icon: '⛔', ja: '禁止', en: 'Prohibited', color: 'Attention', style: 'attention' },
  unknown: { icon: '❓', ja: '分類を確認', en: 'Which information?', color: 'Accent', style: 'emphasis' },
  incident: { icon: '🚨', ja: 'インシデントの報告', en: 'Report an incident', color: 'Attention', style: 'attention' },
};

/** The ❓ headline of a card that asks which action, not which information. */
const WHICH_ACTION = { icon: '❓', ja: '取扱いを確認', en: 'Which action?', color: 'Accent', style: 'emphasis' };

const WORDS = {
  ja: {
    information: '情報',
    class: '分類',
    action: '取扱い',
    todo: 'やること',
    sources: '根拠を表示',
    helpful: '役に立った',
    wrong: '違う',
    thanks: (helpful: boolean) =>
      helpful ? 'フィードバックありがとうございます。' : 'ご指摘ありがとうございます。担当者が確認します。',
    request: '許可を申請する',
    consult: '相談を申請する',
    exception: '例外措置を申請する',
    policy: 'ポリシー',
    carried: (parts: string[]) => `前の質問の続きとして答えています（${parts.join('・')}）`,
    withClass: (label: string, cls: string) => `${label}（${cls}）`,
    standing: (until: string, by: string, citation: string) =>
      `✅ 包括的許可の範囲内です（${until}まで・${by} が許可、${citation}）。申請は不要です。`,
    askPrincipal: '校長に確認する',
  },
  en: {
    information: 'Information',
    class: 'Class',
    action: 'Action',
    todo: 'What to do',
    sources: 'Show sources',
    helpful: 'Helpful',
    wrong: 'Not right',
    thanks: (helpful: boolean) => (helpful ? 'Thank you for your feedback.' : 'Thank you. The security staff will look at it.'),
    request: 'Request permission',
    consult: 'Ask to consult',
    exception: 'Request an exception',
    policy: 'Policy',
    carried: (parts: string[]) => `Answered as a follow-up to your last question (${parts.join(', ')})`,
    withClass: (label: string, cls: string) => `${label} (${cls})`,
    standing: (until: string, by: string, citation: string) =>
      `✅ Within a standing permission (until ${until}, granted by ${by}, ${citation}): no request needed.`,
    askPrincipal: 'Ask the principal',
  },
} satisfies Record<Language, unknown>;

/**
 * The answer card: a headline per decision, the information and its class, the conditions as a
 * checklist, the sources in the clauses' own words (behind a toggle), and the actions.
 */
export function answerCard(model: AnswerCardModel): AdaptiveCard {
  const w = WORDS[model.language];
  const asksAction = model.decision === 'unknown' && (model.followUp?.choices ?? []).some((c) => c.kind === 'action');
  const head = asksAction ? WHICH_ACTION : HEADLINE[model.decision];
  const facts = [
    model.assetName && { title: w.information, value: model.assetName },
    model.classLabel && { title: w.class, value: model.classLabel },
    // A report's action is how it happened (the USB lost, the mail mis-sent), not a handling asked about.
    model.actionName && model.decision !== 'incident' && { title: w.action, value: model.actionName },
  ].filter((f): f is { title: string; value: string } => Boolean(f));
  const sourcesId = `sources-${model.answerId}`;
  const body: Element[] = [
    {
      type: 'Container',
      style: head.style,
      bleed: true,
      items: [text(`${head.icon} ${head[model.language]}`, { size: 'Large', weight: 'Bolder', color: head.color })],
    },
    ...(model.carried?.length ? [text(w.carried(model.carried), { size: 'Small', isSubtle: true })] : []),
    ...(model.note ? [text(model.note, { weight: 'Bolder' })] : []),
    ...(facts.length > 0 ? [factSet(facts)] : []),
    text(model.summary, { spacing: 'Medium' }),
    ...(model.standing
      ? [
          {
            type: 'Container',
            style: 'good',
            items: [
              text(w.standing(model.standing.until, model.standing.grantedBy, model.standing.citation), { weight: 'Bolder' }),
            ],
          },
        ]
      : []),
  ];
  if (model.conditions.length > 0) {
    body.push(text(w.todo, { weight: 'Bolder', spacing: 'Medium' }));
    model.conditions.forEach((condition, i) => {
      body.push({ type: 'Input.Toggle', id: `condition-${i}`, title: condition, value: 'false', wrap: true });
    });
  }
  if (model.followUp) {
    body.push({
      type: 'ActionSet',
      actions: model.followUp.choices.map((choice) =>
        execute(choice.classLabel ? w.withClass(choice.label, choice.classLabel) : choice.label, VERBS.ANSWER_REFINE, {
          answerId: model.answerId,
          kind: choice.kind,
          choiceId: choice.id,
        }),
      ),
    });
  }
  if (model.citations.length > 0) {
    body.push(
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.ToggleVisibility', title: `📖 ${w.sources}`, targetElements: [sourcesId] }],
      },
      {
        type: 'Container',
        id: sourcesId,
        isVisible: false,
        items: model.citations.flatMap((c) => [
          text(`${c.id} ${c.title}`, { weight: 'Bolder', size: 'Small' }),
          // The table's row for this answer first, then what the table is.
          ...(c.row ? [text(c.row, { size: 'Small', spacing: 'None' })] : []),
          text(c.text, { size: 'Small', isSubtle: true, spacing: 'None' }),
        ]),
      },
    );
  }
  body.push(text(`${w.policy}: ${model.policyName}`, { size: 'Small', isSubtle: true }));

  const actions: Element[] = [];
  if (model.request) {
    const title = model.request === 'permit' ? w.request : model.request === 'consult' ? w.consult : w.exception;
    actions.push(
      execute(
        title,
        VERBS.PERMIT_REQUEST,
        { answerId: model.answerId },
        { style: model.request === 'exception' ? 'default' : 'positive' },
      ),
    );
  }
  if (model.askPrincipal) actions.push(execute(w.askPrincipal, VERBS.CLASS_ASK, { answerId: model.answerId }));
  if (model.feedback) {
    body.push(text(w.thanks(model.feedback === 'helpful'), { size: 'Small', isSubtle: true }));
  } else {
    actions.push(
      execute(`👍 ${w.helpful}`, VERBS.ANSWER_FEEDBACK, { answerId: model.answerId, helpful: true }),
      execute(`👎 ${w.wrong}`, VERBS.ANSWER_FEEDBACK, { answerId: model.answerId, helpful: false }),
    );
  }
  return adaptiveCard(body, actions);
}
