import type { AnswerCardModel } from '../../adaptive-cards/index.js';
import { answerSummary, type Decision, type Pack } from '../../policy/index.js';

const REQUEST: Partial<Record<Decision['decision'], AnswerCardModel['request']>> = {
  permit_required: 'permit',
  consult: 'consult',
  prohibited: 'exception',
};

/** Maps a Decision to the answer card's model, with the cited clauses in their own words. */
export function answerCardModel(
  pack: Pack,
  decision: Decision,
  answerId: string,
  feedback: AnswerCardModel['feedback'] = null,
): AnswerCardModel {
  const lang = decision.language;
  const classLabel = (cls: string | null) => (cls ? (pack.classes.get(cls as never)?.label[lang] ?? cls) : null);
  return {
    kind: 'answer',
    language: lang,
    answerId,
    decision: decision.decision,
    classLabel: classLabel(decision.class),
    assetName: decision.asset?.name ?? null,
    actionName: decision.action ? (pack.actions.get(decision.action)?.name[lang] ?? null) : null,
    summary: answerSummary(decision),
    conditions: decision.conditions,
    citations: decision.citations.map((id) => {
      const clause = pack.clauses.get(id);
      return { id, title: clause?.title[lang] ?? '', text: clause?.text ?? '' };
    }),
    followUp: decision.followUp
      ? {
          question: decision.followUp.question,
          choices: decision.followUp.choices.map((c) => ({
            kind: c.kind,
            id: c.id,
            label: c.label,
            classLabel: c.kind === 'asset' ? classLabel(c.class) : null,
          })),
        }
      : null,
    feedback,
    policyName: pack.meta.name[lang],
    ...(decision.carried
      ? {
          carried: [
            decision.carried.asset?.name,
            decision.carried.class && classLabel(decision.carried.class),
            decision.carried.action && pack.actions.get(decision.carried.action)?.name[lang],
          ].filter((x): x is string => Boolean(x)),
        }
      : {}),
    ...(decision.incident ? { report: { kinds: decision.incident.kinds.map((k) => k.id) } } : {}),
    // No exception (6-3) can make a use outside work part of the work: nothing to request then.
    // A measure left out (「パスワードなしで」) is not a reason for an exception: the answer says what to do.
    request:
      (decision.situation && pack.situations.get(decision.situation.id)?.exception === false) || decision.unmet
        ? null
        : (REQUEST[decision.decision] ?? null),
  };
}
