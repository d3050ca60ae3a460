import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, formErrors, text } from './adaptive-card.js';
import { INCIDENT_WORDS } from './incident-words.js';
import type { IncidentFormModel } from './models.js';
import { VERBS } from './verbs.js';

/** Upper bounds of the form's texts, shared with the server's check (bot/features/incidents). */
export const INCIDENT_LIMITS = {
  what: 10_000,
  occurred: 200,
  place: 200,
  medium: 200,
  doneAlready: 2_000,
  info: 2_000,
  question: 1_000,
  cause: 2_000,
  prevention: 2_000,
  affected: 100_000,
} as const;

/**
 * The short report form: what happened (the kinds the answer recognised ticked), what, when,
 * where, the information and its class, how many people, the device or medium, what was already
 * done. Required inputs have a label and an `errorMessage`; the server checks the same again
 * (Google Chat validates nothing). With `incidentId` it asks only for the information requested.
 */
export function incidentFormCard(model: IncidentFormModel): AdaptiveCard {
  const w = INCIDENT_WORDS[model.language];
  const v = model.values;
  const adding = Boolean(model.incidentId);
  const body: Element[] = [
    {
      type: 'Container',
      style: 'attention',
      bleed: true,
      items: [text(adding ? w.infoTitle : w.formTitle, { size: 'Large', weight: 'Bolder', color: 'Attention' })],
    },
    text(adding ? w.infoIntro : w.formIntro(model.toTitle), { isSubtle: true }),
  ];
  if (model.question) body.push(text(`❓ ${model.question}`, { weight: 'Bolder' }));
  body.push(...formErrors(w.errorsTitle, model.errors));
  if (adding) {
    body.push(input('info', w.infoLabel, w.infoError, INCIDENT_LIMITS.info, v, { isRequired: true, isMultiline: true }));
    return adaptiveCard(body, [
      execute(
        w.sendInfo,
        VERBS.INCIDENT_SUBMIT,
        { incidentId: model.incidentId },
        { style: 'positive', associatedInputs: 'auto' },
      ),
    ]);
  }
  if (model.assetName) body.push(facts([{ title: w.information, value: model.assetName }]));
  if (model.linkedPermit) body.push(text(w.linkedPermit(model.linkedPermit), { size: 'Small' }));
  body.push(
    choices('kinds', w.kindsLabel, w.kindsError, model.kinds, v.kinds ?? '', true),
    input('what', w.whatLabel, w.whatError(INCIDENT_LIMITS.what), INCIDENT_LIMITS.what, v, {
      isRequired: true,
      isMultiline: true,
      placeholder: w.whatPlaceholder,
    }),
    input('occurred', w.whenLabel, w.whenError, INCIDENT_LIMITS.occurred, v, {
      isRequired: true,
      placeholder: w.whenPlaceholder,
    }),
    input('place', w.whereLabel, w.whereError, INCIDENT_LIMITS.place, v, { placeholder: w.wherePlaceholder }),
    choices('class', w.classLabel, w.classError, model.classes, v.class ?? '', false),
    input('affected', w.affectedLabel, w.affectedError, 6, v, { placeholder: w.affectedPlaceholder, regex: '^\\d{0,6}$' }),
    input('medium', w.mediumLabel, w.mediumError, INCIDENT_LIMITS.medium, v, { placeholder: w.mediumPlaceholder }),
    input('doneAlready', w.doneLabel, w.doneError, INCIDENT_LIMITS.doneAlready, v, {
      isMultiline: true,
      placeholder: w.donePlaceholder,
    }),
  );
  return adaptiveCard(body, [
    execute(w.submit, VERBS.INCIDENT_SUBMIT, { answerId: model.answerId }, { style: 'destructive', associatedInputs: 'auto' }),
  ]);
}

function input(
  id: string,
  label: string,
  errorMessage: string,
  maxLength: number,
  values: Record<string, string>,
  extra: Record<string, unknown> = {},
): Element {
  return { type: 'Input.Text', id, label, maxLength, errorMessage, value: values[id] ?? '', ...extra };
}

/** Choices as boxes to tick (many) or to pick one of; Google Chat shows them as check boxes or radio buttons. */
function choices(
  id: string,
  label: string,
  errorMessage: string,
  options: { id: string; label: string }[],
  value: string,
  many: boolean,
): Element {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: 'expanded',
    isMultiSelect: many,
    isRequired: true,
    errorMessage,
    value,
    choices: options.map((o) => ({ title: o.label, value: o.id })),
  };
}
