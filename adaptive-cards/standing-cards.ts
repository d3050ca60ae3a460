import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, literal, text } from './adaptive-card.js';
import type { StandingFormModel, StandingListModel, StandingModel } from './permit-life-models.js';
import { LIFE_WORDS, type LifeWords } from './permit-life-words.js';
import { VERBS } from './verbs.js';

/** A choice list (Teams Input.ChoiceSet; Google Chat renders it as a selection input). */
export function choiceSet(
  id: string,
  label: string,
  choices: { value: string; title: string }[],
  options: { multi?: boolean; expanded?: boolean; required?: boolean; value?: string; errorMessage?: string } = {},
): Element {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    // Names from the roster are shown as they are: no client links an address in them.
    choices: choices.map((c) => ({ title: literal(c.title), value: c.value })),
    ...(options.multi ? { isMultiSelect: true } : {}),
    style: options.expanded ? 'expanded' : 'compact',
    ...(options.required ? { isRequired: true, errorMessage: options.errorMessage ?? label } : {}),
    value: options.value ?? '',
    wrap: true,
  };
}

function standingFacts(s: StandingModel, w: LifeWords): { title: string; value: string }[] {
  return [
    { title: w.grantee, value: s.granteeName ?? w.allStaff },
    { title: w.scope, value: s.scope },
    { title: w.actions, value: s.actions },
    { title: w.period, value: `${s.startsOn} 〜 ${s.endsOn}` },
    { title: w.grantedBy, value: s.grantedBy },
    ...(s.note ? [{ title: w.note, value: s.note }] : []),
  ];
}

function standingBlock(model: StandingListModel, s: StandingModel, w: LifeWords): Element {
  const items: Element[] = [facts(standingFacts(s, w))];
  if (s.status === 'revoked') items.push(text(w.revoked(s.revokedBy ?? '—', s.revokedAt ?? ''), { weight: 'Bolder' }));
  if (s.status === 'ended') items.push(text(w.ended, { weight: 'Bolder' }));
  if (model.view === 'principal' && s.status === 'active') {
    const data = { standingId: s.id, lang: model.language };
    items.push(
      model.confirmRevoke === s.id
        ? {
            type: 'Container',
            style: 'warning',
            items: [
              text(w.revokeQuestion, { weight: 'Bolder' }),
              {
                type: 'ActionSet',
                actions: [
                  execute(w.revokeConfirm, VERBS.STANDING_REVOKE, { ...data, step: 'confirm' }, { style: 'destructive' }),
                  execute(w.keep, VERBS.STANDING_REVOKE, { ...data, step: 'back' }),
                ],
              },
            ],
          }
        : { type: 'ActionSet', actions: [execute(w.revoke, VERBS.STANDING_REVOKE, data, { style: 'destructive' })] },
    );
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

/**
 * The school's standing permissions: the principal grants (a form of its own) and revokes (asked
 * once more); a teacher sees the ones that cover them.
 */
export function standingListCard(model: StandingListModel): AdaptiveCard {
  const w = LIFE_WORDS[model.language];
  const body: Element[] = [
    text(model.view === 'principal' ? w.standingTitle : w.standingStaffTitle, { size: 'Large', weight: 'Bolder' }),
    ...(model.schoolName ? [text(model.schoolName, { isSubtle: true, spacing: 'None' })] : []),
    ...(model.note ? [{ type: 'Container', style: 'emphasis', items: [text(model.note)] }] : []),
  ];
  if (model.permissions.length === 0) body.push(text(w.standingEmpty));
  for (const s of model.permissions.slice(0, 30)) body.push(standingBlock(model, s, w));
  const actions =
    model.view === 'principal' ? [execute(w.grantNew, VERBS.STANDING_OPEN, { lang: model.language }, { style: 'positive' })] : [];
  return adaptiveCard(body, actions);
}

/** The grant form: who, which information of the allowed classes, which actions, the period (a year at most). */
export function standingFormCard(model: StandingFormModel): AdaptiveCard {
  const w = LIFE_WORDS[model.language];
  const v = model.values;
  const classes = model.classes.map((c) => c.label).join('・');
  const date = (id: string, label: string, fallback: string): Element => ({
    type: 'Input.Date',
    id,
    label,
    isRequired: true,
    min: model.today,
    max: model.latest,
    errorMessage: w.dateError(model.today, model.latest),
    value: v[id] ?? fallback,
  });
  const body: Element[] = [
    text(w.formTitle, { size: 'Large', weight: 'Bolder' }),
    ...(model.schoolName ? [text(model.schoolName, { isSubtle: true, spacing: 'None' })] : []),
    text(w.formIntro(classes, model.citation), { isSubtle: true }),
  ];
  if (model.errors.length > 0) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        text(w.errorsTitle, { weight: 'Bolder', color: 'Attention' }),
        ...model.errors.map((e) => text(`・${e}`, { spacing: 'None' })),
      ],
    });
  }
  body.push(
    choiceSet('grantee', w.granteeLabel, model.grantees, {
      required: true,
      value: v.grantee ?? 'all',
      errorMessage: w.granteeLabel,
    }),
    choiceSet('items', w.itemsLabel, [{ value: 'all', title: w.allItems(classes) }, ...model.items], {
      multi: true,
      value: v.items ?? 'all',
    }),
    choiceSet('actions', w.actionsLabel, model.actions, {
      multi: true,
      expanded: true,
      required: true,
      value: v.actions ?? model.actions.map((a) => a.value).join(','),
      errorMessage: w.actionsLabel,
    }),
    date('from', w.fromLabel, model.today),
    date('until', w.untilLabel, ''),
    { type: 'Input.Text', id: 'note', label: w.noteLabel, maxLength: 200, isMultiline: true, value: v.note ?? '' },
  );
  return adaptiveCard(body, [
    execute(
      w.grant,
      VERBS.STANDING_GRANT,
      { formId: model.formId, lang: model.language },
      { style: 'positive', associatedInputs: 'auto' },
    ),
  ]);
}
