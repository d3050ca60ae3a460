import { type AdaptiveCard, adaptiveCard, type Element, execute, text } from './adaptive-card.js';
import type { PermitCardModel, PermitListModel, PermitModel } from './models.js';
import { PERMIT_WORDS, type PermitWords, permitFacts } from './permit-words.js';
import { VERBS } from './verbs.js';

function status(p: PermitModel, w: PermitWords): Element[] {
  const line = w.status[p.status];
  const decided = p.decidedBy && p.decidedAt ? `: ${w.decided(p.decidedBy, p.decidedAt)}` : '';
  return [
    text(`${line}${decided}`, { weight: 'Bolder', spacing: 'Medium' }),
    ...(p.comment ? [text(`${w.comment}: ${p.comment}`, { spacing: 'None' })] : []),
  ];
}

/**
 * One permit, as its requester, its approver or a notice sees it. Buttons appear only while
 * they can still do something: the server decides from its own state, never from the card.
 */
export function permitCard(model: PermitCardModel): AdaptiveCard {
  const w = PERMIT_WORDS[model.language];
  const p = model.permit;
  const title =
    model.view === 'notice'
      ? model.reason === 'return_due'
        ? w.noticeReturnDue
        : model.reason === 'overdue'
          ? w.noticeOverdue
          : p.status === 'approved' || p.status === 'rejected'
            ? w.noticeDecision[p.status]
            : w.noticeDecision.other
      : model.view === 'requester' && p.status === 'pending'
        ? w.submitted
        : `📝 ${w.kind[p.requestKind]}`;
  const body: Element[] = [text(title, { size: 'Medium', weight: 'Bolder' }), { type: 'FactSet', facts: permitFacts(p, w) }];
  if (p.confirmations.length > 0) {
    body.push(
      text(w.confirmed, { weight: 'Bolder', size: 'Small' }),
      ...p.confirmations.map((c) => text(`☑ ${c}`, { size: 'Small', spacing: 'None' })),
    );
  }
  if (p.approverNames.length > 0)
    body.push(text(`${w.approver}: ${p.approverNames.join('、')}`, { size: 'Small', isSubtle: true }));
  body.push(...status(p, w));
  if (model.unreachable && model.unreachable.length > 0) {
    body.push({ type: 'Container', style: 'warning', items: [text(w.unreachable(model.unreachable.join('、')))] });
  }
  const actions: Element[] = [];
  if (model.view === 'approver' && p.status === 'pending') {
    body.push({ type: 'Input.Text', id: 'comment', placeholder: w.commentPlaceholder, maxLength: 500, isMultiline: true });
    actions.push(
      execute(w.approve, VERBS.PERMIT_APPROVE, { permitId: p.id }, { style: 'positive', associatedInputs: 'auto' }),
      execute(w.reject, VERBS.PERMIT_REJECT, { permitId: p.id }, { style: 'destructive', associatedInputs: 'auto' }),
    );
  }
  if (model.view === 'requester' || (model.view === 'notice' && model.reason !== 'overdue'))
    actions.push(...requesterActions(p, w));
  return adaptiveCard(body, actions);
}

function requesterActions(p: PermitModel, w: PermitWords): Element[] {
  if (p.status === 'pending') return [execute(w.cancel, VERBS.PERMIT_CANCEL, { permitId: p.id })];
  if (p.status === 'approved' && p.returnOn)
    return [execute(w.returned, VERBS.PERMIT_RETURN, { permitId: p.id }, { style: 'positive' })];
  return [];
}

/** 承認待ち (approver) or 自分の申請 (requester): one compact block per permit, with its buttons. */
export function permitListCard(model: PermitListModel): AdaptiveCard {
  const w = PERMIT_WORDS[model.language];
  const body: Element[] = [
    text(model.view === 'approver' ? w.listApprover : w.listRequester, { size: 'Large', weight: 'Bolder' }),
  ];
  if (model.permits.length === 0) body.push(text(w.listEmpty));
  for (const p of model.permits.slice(0, 20)) {
    const actions =
      model.view === 'approver'
        ? [
            execute(w.approve, VERBS.PERMIT_APPROVE, { permitId: p.id }, { style: 'positive' }),
            execute(w.reject, VERBS.PERMIT_REJECT, { permitId: p.id }, { style: 'destructive' }),
          ]
        : requesterActions(p, w);
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(`${w.status[p.status]} ${p.assetName ?? ''} — ${p.actionName}`, { weight: 'Bolder' }),
        { type: 'FactSet', facts: permitFacts(p, w) },
        ...(actions.length > 0 ? [{ type: 'ActionSet', actions }] : []),
      ],
    });
  }
  return adaptiveCard(body);
}
