import type { AnswerCardModel } from '../../adaptive-cards/index.js';
import { answerSummary, DECISION_LABELS, type Decision, type Pack } from '../../policy/index.js';

const REQUEST: Partial<Record<Decision['decision'], AnswerCardModel['request']>> = {
  permit_required: 'permit',
  consult: 'consult',
  prohibited: 'exception',
};

/**
 * What the store adds to an answer for the person asking (bot/features/permits): a standing
 * permission that covers them, or the request a conditional answer needs when none does.
 */
export interface AnswerExtras {
  standing?: NonNullable<AnswerCardModel['standing']>;
  request?: AnswerCardModel['request'];
  /** Conditions the person already meets (the standing permission's own), left off the checklist. */
  satisfied?: string[];
}

/** Maps a Decision to the answer card's model, with the cited clauses in their own words. */
export function answerCardModel(
  pack: Pack,
  decision: Decision,
  answerId: string,
  feedback: AnswerCardModel['feedback'] = null,
  extras: AnswerExtras = {},
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
    conditions: decision.conditions.filter((c) => !extras.satisfied?.includes(c)),
    citations: decision.citations.map((id) => {
      const clause = pack.clauses.get(id);
      const row = tableRow(pack, decision, id);
      return { id, title: clause?.title[lang] ?? '', text: clause?.text ?? '', ...(row ? { row } : {}) };
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
    // No exception (6-3) can make a use outside work part of the work: nothing to request then.
    // A measure left out (「パスワードなしで」) is not a reason for an exception: the answer says what to do.
    request:
      (decision.situation && pack.situations.get(decision.situation.id)?.exception === false) || decision.unmet
        ? null
        : extras.request !== undefined
          ? extras.request
          : (REQUEST[decision.decision] ?? null),
    ...(extras.standing ? { standing: extras.standing } : {}),
    // 2-2(4)③: the class could not be told (not the action): the principal decides.
    ...(decision.decision === 'unknown' && !decision.class && !decision.followUp?.choices.some((c) => c.kind === 'action')
      ? { askPrincipal: true }
      : {}),
  };
}

/**
 * The row of a table the answer cites, in the pack's words: for the catalog (第2表) the item and
 * its class and group (「通知表: 重要性分類Ⅱ（成績関係）」); for the handling table (第3表) the cell
 * for this action and class (「外部持ち出し／外部電子メール」の重要性分類Ⅱ: 条件付きで可（…）), as
 * the table has it, before any clause made it stricter. Undefined for other clauses.
 */
function tableRow(pack: Pack, decision: Decision, citation: string): string | undefined {
  const lang = decision.language;
  const ja = lang === 'ja';
  const classLabel = (cls: string) => pack.classes.get(cls as never)?.label[lang] ?? cls;
  if (citation === pack.meta.catalog_citation) {
    const item = decision.asset ? pack.items.get(decision.asset.id) : undefined;
    if (!item) return undefined;
    const group = pack.groups.get(item.group)?.[lang];
    const where = group
      ? ja
        ? `${classLabel(item.class)}（${group}）`
        : `${classLabel(item.class)} (${group})`
      : classLabel(item.class);
    return `${item.name[lang]}: ${where}`;
  }
  const action = decision.action ? pack.actions.get(decision.action) : undefined;
  const cell = decision.class ? action?.cells.find((c) => c.classes.includes(decision.class!)) : undefined;
  if (!action?.row || !cell?.citations.includes(citation)) return undefined;
  const conditions = cell.conditions.map((id) => pack.conditions.get(id)?.[lang] ?? id);
  const ruled = DECISION_LABELS[cell.decision][lang];
  const what =
    conditions.length > 0 ? (ja ? `${ruled}（${conditions.join('／')}）` : `${ruled} (${conditions.join('; ')})`) : ruled;
  return ja
    ? `「${action.row.ja}」の${classLabel(decision.class!)}: ${what}`
    : `"${action.row.en}", ${classLabel(decision.class!)}: ${what}`;
}
