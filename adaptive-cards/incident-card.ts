import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, text } from './adaptive-card.js';
import { INCIDENT_LIMITS } from './incident-form-card.js';
import { INCIDENT_WORDS, type IncidentWords } from './incident-words.js';
import type { IncidentCardModel, IncidentModel } from './models.js';
import { VERBS } from './verbs.js';

/** How much of a long text a card shows; the record keeps all of it. */
const SHOWN = 1_500;

function long(value: string, w: IncidentWords): string {
  return value.length > SHOWN ? `${value.slice(0, SHOWN)}${w.truncated(value.length)}` : value;
}

function title(model: IncidentCardModel, w: IncidentWords): string {
  const i = model.incident;
  const kinds = i.kindNames.join(model.language === 'ja' ? '・' : ', ');
  if (model.view === 'reporter') return i.status === 'closed' ? w.title.reporterClosed : w.title.reporter(kinds);
  return i.status === 'closed' ? w.title.closed : w.title.member(kinds);
}

function reportFacts(i: IncidentModel, w: IncidentWords): { title: string; value: string }[] {
  return [
    ...(i.kindNames.length > 0 ? [{ title: w.kinds, value: i.kindNames.join('、') }] : []),
    { title: w.reporter, value: i.schoolName ? w.ofSchool(i.reporterName, i.schoolName) : i.reporterName },
    { title: w.reportedAt, value: i.reportedAt },
    { title: w.when, value: i.occurred },
    ...(i.place ? [{ title: w.where, value: i.place }] : []),
    ...(i.assetName ? [{ title: w.information, value: i.assetName }] : []),
    ...(i.classLabel ? [{ title: w.cls, value: i.classLabel }] : []),
    ...(i.affected !== null ? [{ title: w.affected, value: String(i.affected) }] : []),
    ...(i.medium ? [{ title: w.medium, value: i.medium }] : []),
    ...(i.linkedPermit ? [{ title: w.permit, value: i.linkedPermit }] : []),
  ];
}

/** Who was told, when and how, and who acknowledged; the steps not told yet. */
function chain(model: IncidentCardModel, w: IncidentWords): Element[] {
  const out: Element[] = [text(w.chain, { weight: 'Bolder', spacing: 'Medium' })];
  model.incident.steps.forEach((s, i) => {
    const state =
      s.how === 'pending'
        ? w.notYet(model.can.forward)
        : [
            w.toldAt(w.how[s.how] ?? s.how, s.toldAt ?? ''),
            s.acknowledgedBy && s.acknowledgedAt
              ? w.acknowledged(s.acknowledgedBy, s.acknowledgedAt)
              : model.incident.status === 'open'
                ? s.overdue
                  ? w.overdue
                  : w.waiting(s.dueAt)
                : '',
          ]
            .filter(Boolean)
            .join(' ');
    out.push(
      text(w.stepLine(i, s.title, s.names), { spacing: 'Small' }),
      text(state, { size: 'Small', spacing: 'None', isSubtle: true }),
    );
  });
  return out;
}

function exchanges(i: IncidentModel, w: IncidentWords): Element[] {
  if (i.exchanges.length === 0) return [];
  return [
    text(w.exchanges, { weight: 'Bolder', spacing: 'Medium' }),
    ...i.exchanges.flatMap((x) => [
      text(x.kind === 'question' ? w.question(x.by, x.at) : w.answer(x.by, x.at), { size: 'Small', weight: 'Bolder' }),
      text(long(x.text, w), { spacing: 'None' }),
    ]),
  ];
}

function closed(i: IncidentModel, w: IncidentWords): Element[] {
  if (i.status !== 'closed') return [];
  return [
    {
      type: 'Container',
      style: 'good',
      spacing: 'Medium',
      items: [
        text(w.closed(i.closedBy ?? '—', i.closedAt ?? ''), { weight: 'Bolder' }),
        text(`${w.cause}: ${long(i.cause ?? '', w)}`),
        text(`${w.prevention}: ${long(i.prevention ?? '', w)}`),
      ],
    },
  ];
}

/** The second step a button opened: the inputs, the confirm and the way back. */
function opening(model: IncidentCardModel, w: IncidentWords): Element[] {
  const v = model.values ?? {};
  const data = { incidentId: model.incident.id, step: 'confirm' };
  const back = execute(w.cancel, model.opening === 'close' ? VERBS.INCIDENT_CLOSE : VERBS.INCIDENT_REQUEST_INFO, {
    incidentId: model.incident.id,
    step: 'back',
  });
  const errors = (model.errors ?? []).map((e) => text(`・${e}`, { color: 'Attention', spacing: 'None' }));
  const field = (id: string, label: string, error: string, max: number): Element => ({
    type: 'Input.Text',
    id,
    label,
    isRequired: true,
    isMultiline: true,
    maxLength: max,
    errorMessage: error,
    value: v[id] ?? '',
  });
  if (model.opening === 'close') {
    return [
      {
        type: 'Container',
        style: 'emphasis',
        spacing: 'Medium',
        items: [
          text(w.closeIntro, { weight: 'Bolder' }),
          ...errors,
          field('cause', w.causeLabel, w.causeError, INCIDENT_LIMITS.cause),
          field('prevention', w.preventionLabel, w.preventionError, INCIDENT_LIMITS.prevention),
          {
            type: 'ActionSet',
            actions: [execute(w.closeConfirm, VERBS.INCIDENT_CLOSE, data, { style: 'positive', associatedInputs: 'auto' }), back],
          },
        ],
      },
    ];
  }
  return [
    {
      type: 'Container',
      style: 'emphasis',
      spacing: 'Medium',
      items: [
        ...errors,
        field('question', w.questionLabel, w.questionError, INCIDENT_LIMITS.question),
        {
          type: 'ActionSet',
          actions: [
            execute(w.questionSend, VERBS.INCIDENT_REQUEST_INFO, data, { style: 'positive', associatedInputs: 'auto' }),
            back,
          ],
        },
      ],
    },
  ];
}

/**
 * An incident as the reporter or someone in the chain sees it: what was reported (what people
 * typed, as text), who was told and who acknowledged, the questions and answers, and how it was
 * closed. Buttons appear only for what the viewer may still do: the server decided that.
 */
export function incidentCard(model: IncidentCardModel): AdaptiveCard {
  const w = INCIDENT_WORDS[model.language];
  const i = model.incident;
  const head = i.status === 'closed' ? 'good' : 'attention';
  const body: Element[] = [
    {
      type: 'Container',
      style: head,
      bleed: true,
      items: [text(title(model, w), { size: 'Medium', weight: 'Bolder', color: head === 'good' ? 'Good' : 'Attention' })],
    },
  ];
  // The reporter hears whom it went to instead; the person it went to, why it comes to them.
  const escalatedTo =
    model.view === 'reporter' && model.reason === 'escalated' && model.reasonStep && model.reasonNext
      ? w.escalatedTo(model.reasonStep, model.reasonNext)
      : null;
  const reason = escalatedTo ?? (model.reason ? w.reason[model.reason](model.reasonStep) : '');
  if (reason) body.push(text(reason, { weight: 'Bolder' }));
  if (model.note) body.push({ type: 'Container', style: 'accent', items: [text(model.note, { weight: 'Bolder' })] });
  for (const u of model.unreachable ?? [])
    body.push({ type: 'Container', style: 'warning', items: [text(w.unreachable(u.title, u.names))] });
  if (model.waitingUntil) body.push({ type: 'Container', style: 'warning', items: [text(w.waitingUntil(model.waitingUntil))] });
  if (model.phone) body.push(text(`📞 ${model.phone}`, { weight: 'Bolder' }));
  body.push(
    facts(reportFacts(i, w)),
    text(w.what, { weight: 'Bolder', spacing: 'Medium' }),
    text(long(i.what, w), { spacing: 'None' }),
  );
  if (i.doneAlready)
    body.push(text(w.doneAlready, { weight: 'Bolder', spacing: 'Small' }), text(long(i.doneAlready, w), { spacing: 'None' }));
  if (model.view === 'member' && i.firstSteps.length > 0) {
    body.push(
      text(w.firstSteps, { weight: 'Bolder', size: 'Small', spacing: 'Medium' }),
      ...i.firstSteps.map((s) => text(`・${s}`, { size: 'Small', spacing: 'None', isSubtle: true })),
    );
  }
  body.push(...chain(model, w), ...exchanges(i, w), ...closed(i, w));
  if (i.citations.length > 0) {
    const id = `incident-sources-${i.id}`;
    body.push(
      { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: `📖 ${w.sources}`, targetElements: [id] }] },
      {
        type: 'Container',
        id,
        isVisible: false,
        items: i.citations.flatMap((c) => [
          text(`${c.id} ${c.title}`, { weight: 'Bolder', size: 'Small' }),
          text(c.text, { size: 'Small', isSubtle: true, spacing: 'None' }),
        ]),
      },
    );
  }
  if (model.opening && i.status === 'open') {
    body.push(...opening(model, w));
    return adaptiveCard(body);
  }
  return adaptiveCard(body, actions(model, w));
}

function actions(model: IncidentCardModel, w: IncidentWords): Element[] {
  const data = { incidentId: model.incident.id };
  const { can } = model;
  if (model.incident.status !== 'open') return [];
  return [
    ...(can.acknowledge ? [execute(w.acknowledge, VERBS.INCIDENT_ACKNOWLEDGE, data, { style: 'positive' })] : []),
    ...(can.forward ? [execute(can.forward, VERBS.INCIDENT_FORWARD, data)] : []),
    ...(can.requestInfo ? [execute(w.requestInfo, VERBS.INCIDENT_REQUEST_INFO, data)] : []),
    ...(can.close ? [execute(w.close, VERBS.INCIDENT_CLOSE, data)] : []),
    ...(can.addInfo ? [execute(w.addInfo, VERBS.INCIDENT_REPORT, data, { style: 'positive' })] : []),
  ];
}
