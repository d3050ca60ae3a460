import { type AdaptiveCard, adaptiveCard, type Element, execute, text } from './adaptive-card.js';
import type { PermitFormModel } from './models.js';
import { PERMIT_WORDS } from './permit-words.js';
import { VERBS } from './verbs.js';

/** The request form opened from an answer: what the action needs, nothing more. */
export function permitFormCard(model: PermitFormModel): AdaptiveCard {
  const w = PERMIT_WORDS[model.language];
  const v = model.values;
  const body: Element[] = [
    text(w.formTitle(w.kind[model.requestKind]), { size: 'Large', weight: 'Bolder' }),
    {
      type: 'FactSet',
      facts: [
        {
          title: w.information,
          value: [model.assetName, model.classLabel && `(${model.classLabel})`].filter(Boolean).join(' ') || '—',
        },
        { title: w.action, value: model.actionName },
      ],
    },
    text(w.formIntro(model.approverTitle), { isSubtle: true }),
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
  body.push({
    type: 'Input.Text',
    id: 'purpose',
    label: w.purposeLabel,
    isRequired: true,
    isMultiline: true,
    maxLength: 500,
    value: v.purpose ?? '',
  });
  if (model.needsDestination) {
    body.push({
      type: 'Input.Text',
      id: 'destination',
      label: w.destinationLabel,
      isRequired: true,
      maxLength: 200,
      value: v.destination ?? '',
    });
  }
  if (model.needsReturnDate) {
    body.push({
      type: 'Input.Date',
      id: 'returnOn',
      label: w.returnLabel,
      isRequired: true,
      min: model.today,
      value: v.returnOn ?? '',
    });
  }
  for (const d of model.declarations) {
    body.push(
      d.type === 'text'
        ? {
            type: 'Input.Text',
            id: `decl_${d.id}`,
            label: d.label,
            isRequired: true,
            maxLength: 100,
            value: v[`decl_${d.id}`] ?? '',
          }
        : {
            type: 'Input.Toggle',
            id: `decl_${d.id}`,
            title: d.label,
            valueOn: 'true',
            valueOff: 'false',
            value: v[`decl_${d.id}`] ?? 'false',
            wrap: true,
          },
    );
  }
  if (model.confirmations.length > 0) {
    body.push(text(w.confirmLabel, { weight: 'Bolder', spacing: 'Medium' }));
    for (const c of model.confirmations) {
      body.push({
        type: 'Input.Toggle',
        id: `confirm_${c.id}`,
        title: c.label,
        valueOn: 'true',
        valueOff: 'false',
        value: v[`confirm_${c.id}`] ?? 'false',
        wrap: true,
      });
    }
  }
  return adaptiveCard(body, [
    execute(w.submit, VERBS.PERMIT_SUBMIT, { answerId: model.answerId }, { style: 'positive', associatedInputs: 'auto' }),
  ]);
}
