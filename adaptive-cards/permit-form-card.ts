import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, text } from './adaptive-card.js';
import type { PermitFormModel } from './models.js';
import { PERMIT_WORDS, permitSubject } from './permit-words.js';
import { VERBS } from './verbs.js';

/**
 * The request form opened from an answer: what the action needs, nothing more. Every required or
 * bounded input has a label and an `errorMessage`, so a client that validates (Teams) says why it
 * will not submit; the server checks the same again (Google Chat does not validate).
 */
export function permitFormCard(model: PermitFormModel): AdaptiveCard {
  const w = PERMIT_WORDS[model.language];
  const v = model.values;
  const body: Element[] = [
    text(w.formTitle(w.kind[model.requestKind]), { size: 'Large', weight: 'Bolder' }),
    facts([
      {
        title: w.information,
        value: permitSubject(model, w) || model.actionName,
      },
      { title: w.action, value: model.actionName },
    ]),
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
    errorMessage: w.purposeError,
    value: v.purpose ?? '',
  });
  if (model.needsDestination || model.offersDestination) {
    body.push({
      type: 'Input.Text',
      id: 'destination',
      label: model.needsDestination ? w.destinationLabel : w.destinationOptionalLabel,
      isRequired: model.needsDestination,
      maxLength: 200,
      errorMessage: w.destinationError,
      value: v.destination ?? '',
    });
  }
  const dateInput = (id: string, label: string): Element => ({
    type: 'Input.Date',
    id,
    label,
    isRequired: true,
    min: model.today,
    max: model.latest,
    errorMessage: w.dateError(model.today, model.latest),
    value: v[id] ?? '',
  });
  if (model.needsReturnDate) body.push(dateInput('returnOn', w.returnLabel));
  // The return date is mentioned only where something may leave the school (a destination is asked).
  else if (model.needsUntil) body.push(dateInput('until', model.offersDestination ? w.untilLabel : w.untilOnlyLabel));
  if (model.declarations.length > 0) body.push(text(w.declareLabel, { weight: 'Bolder', spacing: 'Medium' }));
  for (const d of model.declarations) {
    body.push(
      d.type === 'text'
        ? {
            type: 'Input.Text',
            id: `decl_${d.id}`,
            label: d.label,
            isRequired: true,
            maxLength: 100,
            errorMessage: w.declarationError(d.label),
            ...(d.example ? { placeholder: d.example } : {}),
            value: v[`decl_${d.id}`] ?? '',
          }
        : toggle(`decl_${d.id}`, d.label, v),
    );
  }
  if (model.confirmations.length > 0) {
    body.push(text(w.confirmLabel, { weight: 'Bolder', spacing: 'Medium' }));
    for (const c of model.confirmations) body.push(toggle(`confirm_${c.id}`, c.label, v));
  }
  for (const by of ['record', 'disposal'] as const) {
    const kept = model.keptByMamoru.filter((k) => (k.by ?? 'record') === by);
    if (kept.length === 0) continue;
    const labels = kept.map((k) => (model.language === 'ja' ? `「${k.label}」` : `"${k.label}"`)).join('');
    const sentence = by === 'record' ? w.keptByMamoru(labels) : w.keptByDisposal(labels);
    body.push(text(`📋 ${sentence}`, { size: 'Small', isSubtle: true, spacing: 'Medium' }));
  }
  return adaptiveCard(body, [
    execute(w.submit, VERBS.PERMIT_SUBMIT, { answerId: model.answerId }, { style: 'positive', associatedInputs: 'auto' }),
  ]);
}

/** A box to tick; the server requires it ticked (the form comes back with the reason if not). */
function toggle(id: string, title: string, values: Record<string, string>): Element {
  return { type: 'Input.Toggle', id, title, valueOn: 'true', valueOff: 'false', value: values[id] ?? 'false', wrap: true };
}
