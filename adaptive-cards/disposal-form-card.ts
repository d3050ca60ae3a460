import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, text } from './adaptive-card.js';
import type { DisposalFormModel } from './permit-life-models.js';
import { LIFE_WORDS } from './permit-life-words.js';
import { choiceSet } from './standing-cards.js';
import { VERBS } from './verbs.js';

/**
 * The disposal record that closes an approved disposal (2-2(12), 第3表): when, who, how, what, the
 * staff witness; a contractor and the date its certificate is due when a contractor did it.
 */
export function disposalFormCard(model: DisposalFormModel): AdaptiveCard {
  const w = LIFE_WORDS[model.language];
  const v = model.values;
  const body: Element[] = [
    text(w.disposalTitle, { size: 'Large', weight: 'Bolder' }),
    ...(model.assetName ? [facts([{ title: w.information, value: model.assetName }])] : []),
    text(w.disposalIntro, { isSubtle: true }),
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
    {
      type: 'Input.Date',
      id: 'disposedOn',
      label: w.disposedOnLabel,
      isRequired: true,
      min: model.earliest,
      max: model.today,
      errorMessage: w.dateError(model.earliest, model.today),
      value: v.disposedOn ?? model.today,
    },
    {
      type: 'Input.Text',
      id: 'performedBy',
      label: w.performedByLabel,
      isRequired: true,
      maxLength: 100,
      errorMessage: w.performedByLabel,
      value: v.performedBy ?? '',
    },
    choiceSet('method', w.methodLabel, model.methods, { required: true, value: v.method ?? '', errorMessage: w.methodLabel }),
    {
      type: 'Input.Text',
      id: 'items',
      label: w.itemsDoneLabel,
      isRequired: true,
      maxLength: 200,
      errorMessage: w.itemsDoneLabel,
      value: v.items ?? model.assetName ?? '',
    },
    choiceSet('witness', w.witnessLabel, model.witnesses, {
      required: model.witnessRequired,
      value: v.witness ?? '',
      errorMessage: w.witnessLabel,
    }),
    { type: 'Input.Text', id: 'contractor', label: w.contractorLabel, maxLength: 100, value: v.contractor ?? '' },
    {
      type: 'Input.Date',
      id: 'certificateDue',
      label: w.certificateDueLabel,
      min: model.today,
      max: model.latestDue,
      errorMessage: w.dateError(model.today, model.latestDue),
      value: v.certificateDue ?? '',
    },
  );
  return adaptiveCard(body, [
    execute(w.record, VERBS.PERMIT_DISPOSED, { permitId: model.permitId }, { style: 'positive', associatedInputs: 'auto' }),
  ]);
}
