import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, text } from './adaptive-card.js';
import type { ClassQuestionCardModel, ClassQuestionFormModel } from './permit-life-models.js';
import { LIFE_WORDS } from './permit-life-words.js';
import { VERBS } from './verbs.js';

/** 「校長に確認する」: the teacher says what the information is; the question goes to the principal. */
export function classQuestionFormCard(model: ClassQuestionFormModel): AdaptiveCard {
  const w = LIFE_WORDS[model.language];
  const body: Element[] = [
    text(w.classFormTitle, { size: 'Large', weight: 'Bolder' }),
    ...(model.actionName ? [facts([{ title: w.action, value: model.actionName }])] : []),
    text(w.classFormIntro(model.approverTitle), { isSubtle: true }),
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
    id: 'description',
    label: w.descriptionLabel,
    isRequired: true,
    isMultiline: true,
    maxLength: 200,
    errorMessage: w.descriptionLabel,
    value: model.values.description ?? '',
  });
  return adaptiveCard(body, [
    execute(w.send, VERBS.CLASS_SUBMIT, { answerId: model.answerId }, { style: 'positive', associatedInputs: 'auto' }),
  ]);
}

/** The question as the principal decides it (a button per class), or as the teacher sees it. */
export function classQuestionCard(model: ClassQuestionCardModel): AdaptiveCard {
  const w = LIFE_WORDS[model.language];
  const q = model.question;
  const body: Element[] = [
    text(model.view === 'requester' && q.status === 'pending' ? w.classRequested : w.classTitle, {
      size: 'Medium',
      weight: 'Bolder',
    }),
    facts([
      {
        title: w.requester,
        value: q.schoolName
          ? model.language === 'ja'
            ? `${q.requesterName}（${q.schoolName}）`
            : `${q.requesterName} (${q.schoolName})`
          : q.requesterName,
      },
      { title: w.askedAt, value: q.askedAt },
      { title: w.information, value: q.description },
      ...(q.actionName ? [{ title: w.action, value: q.actionName }] : []),
    ]),
    text(
      q.status === 'decided' && q.classLabel
        ? w.classDecided(q.classLabel, q.decidedBy ?? '—', q.decidedAt ?? '')
        : w.classPending,
      { weight: 'Bolder', spacing: 'Medium' },
    ),
    ...(q.comment ? [text(`${w.comment}: ${q.comment}`, { spacing: 'None' })] : []),
  ];
  const actions: Element[] = [];
  if (model.view === 'principal' && q.status === 'pending') {
    body.push(
      ...model.classes.map((c) => text(`${c.label}: ${c.definition}`, { size: 'Small', isSubtle: true, spacing: 'None' })),
      { type: 'Input.Text', id: 'comment', label: w.commentLabel, maxLength: 500, isMultiline: true },
    );
    for (const c of model.classes)
      actions.push(execute(c.label, VERBS.CLASS_DECIDE, { questionId: q.id, class: c.id }, { associatedInputs: 'auto' }));
  }
  return adaptiveCard(body, actions);
}
