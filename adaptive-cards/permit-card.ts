import { type AdaptiveCard, adaptiveCard, type Element, execute, facts, text } from './adaptive-card.js';
import type { Language, PermitCardModel, PermitListModel, PermitModel } from './models.js';
import { disposalFacts, PERMIT_WORDS, type PermitWords, permitFacts, permitSubject } from './permit-words.js';
import { VERBS } from './verbs.js';

/** The decision (or waiting, or cancelled) as the line a card shows in bold. */
function statusLine(p: PermitModel, w: PermitWords): string {
  if (p.status === 'pending') return w.status.pending;
  if (p.status === 'cancelled') return w.cancelledLine(p.cancelledAt);
  if (p.status === 'expired') return p.decidedAt ? `${w.status.expired}: ${p.decidedAt}` : w.status.expired;
  const decided = p.decidedBy && p.decidedAt ? `: ${w.decided(p.decidedBy, p.decidedAt)}` : '';
  return `${w.status[p.status === 'returned' || p.status === 'disposed' ? 'approved' : p.status]}${decided}`;
}

/** Where a request nobody decided went, and the disposal record once it is made. */
function afterDecision(p: PermitModel, w: PermitWords): Element[] {
  const out: Element[] = [];
  if (p.status === 'expired') out.push(text(w.expiredLine(p.returnOn ?? p.until ?? '—'), { spacing: 'Small' }));
  if (p.forwarded && p.status === 'pending')
    out.push(
      text(w.forwarded(p.forwarded.title, p.forwarded.names.join('、'), p.forwarded.at), { size: 'Small', spacing: 'Small' }),
    );
  if (p.status === 'disposed' && p.disposal) {
    out.push(text(w.status.disposed, { weight: 'Bolder', spacing: 'Small' }), facts(disposalFacts(p, w)));
    const d = p.disposal;
    if (d.contractor)
      out.push(
        text(
          d.certificateReceivedAt ? w.certificateReceived(d.certificateReceivedAt) : w.certificateDue(d.certificateDue ?? '—'),
          {
            size: 'Small',
            spacing: 'Small',
          },
        ),
      );
  }
  return out;
}

/** A disposal whose contractor's certificate has not come yet. */
const awaitsCertificate = (p: PermitModel) =>
  p.status === 'disposed' && Boolean(p.disposal?.contractor) && !p.disposal?.certificateReceivedAt;

/**
 * Where the request stands: waiting; the decision (who, when, the comment), and once returned the
 * return too (the approval stays on the card); or when it was cancelled.
 */
function status(p: PermitModel, w: PermitWords): Element[] {
  return [
    text(statusLine(p, w), { weight: 'Bolder', spacing: 'Medium' }),
    ...(p.comment ? [text(`${w.comment}: ${p.comment}`, { spacing: 'None' })] : []),
    ...(p.status === 'returned' ? [text(w.returnedLine(p.returnedAt), { weight: 'Bolder', spacing: 'Small' })] : []),
    ...afterDecision(p, w),
  ];
}

/**
 * The title the requester sees: their request's outcome, kept once it is returned. While it waits,
 * it promises news only if an approver could be reached.
 */
function requesterTitle(p: PermitModel, w: PermitWords, unreachable: string[] = []): string {
  if (p.status === 'pending')
    return unreachable.length > 0 && unreachable.length >= p.approverNames.length ? w.submittedUnreached : w.submitted;
  if (p.status === 'expired') return w.noticeExpired;
  if (p.status === 'approved' || p.status === 'returned' || p.status === 'disposed') return w.noticeDecision.approved;
  if (p.status === 'rejected') return w.noticeDecision.rejected;
  return `📝 ${w.kind[p.requestKind]}`;
}

function titleOf(model: PermitCardModel, w: PermitWords): string {
  const p = model.permit;
  if (model.view === 'approver' && model.reason === 'waiting' && p.status === 'pending') return w.noticeWaiting;
  if (model.view === 'approver') return `📝 ${w.kind[p.requestKind]}`;
  if (model.view === 'notice' && model.reason === 'forwarded' && p.status === 'pending') return w.noticeForwarded;
  if (model.view === 'notice' && model.reason === 'certificate' && awaitsCertificate(p)) return w.noticeCertificate;
  if (model.view === 'notice' && model.reason === 'return_due' && p.status === 'approved') return w.noticeReturnDue;
  if (model.view === 'notice' && model.reason === 'overdue' && p.status === 'approved') return w.noticeOverdue;
  if (model.view === 'notice' && p.status === 'pending') return w.noticeDecision.other;
  return requesterTitle(p, w, model.unreachable);
}

/**
 * One permit, as its requester, its approver or a notice sees it. Buttons appear only while
 * they can still do something: the server decides from its own state, never from the card.
 */
export function permitCard(model: PermitCardModel): AdaptiveCard {
  const w = PERMIT_WORDS[model.language];
  const p = model.permit;
  const body: Element[] = [text(titleOf(model, w), { size: 'Medium', weight: 'Bolder' }), facts(permitFacts(p, w))];
  if (p.confirmations.length > 0) {
    body.push(
      text(w.confirmed, { weight: 'Bolder', size: 'Small' }),
      ...p.confirmations.map((c) => text(`☑ ${c}`, { size: 'Small', spacing: 'None' })),
    );
  }
  if (p.approverNames.length > 0)
    body.push(
      text(`${w.approver}: ${p.approverNames.join(model.language === 'ja' ? '、' : ', ')}`, { size: 'Small', isSubtle: true }),
    );
  body.push(...status(p, w));
  if (model.unreachable && model.unreachable.length > 0) {
    body.push({ type: 'Container', style: 'warning', items: [text(w.unreachable(model.unreachable))] });
  }
  const actions: Element[] = [];
  if (model.view === 'approver' && p.status === 'pending') {
    body.push(commentInput(w));
    actions.push(
      execute(w.approve, VERBS.PERMIT_APPROVE, { permitId: p.id }, { style: 'positive', associatedInputs: 'auto' }),
      execute(w.reject, VERBS.PERMIT_REJECT, { permitId: p.id }, { style: 'destructive', associatedInputs: 'auto' }),
    );
  }
  // The approver may receive the contractor's certificate too.
  if ((model.view === 'approver' || model.reason === 'certificate') && awaitsCertificate(p))
    actions.push(execute(w.certificate, VERBS.PERMIT_CERTIFICATE, { permitId: p.id }, { style: 'positive' }));
  if (model.view === 'requester' && model.confirmCancel && p.status === 'pending') {
    body.push(cancelQuestion(w, { permitId: p.id }));
  } else if (
    model.view === 'requester' ||
    (model.view === 'notice' && model.reason !== 'overdue' && model.reason !== 'certificate')
  ) {
    actions.push(...requesterActions(p, w, { permitId: p.id }));
  }
  return adaptiveCard(body, actions);
}

const commentInput = (w: PermitWords): Element => ({
  type: 'Input.Text',
  id: 'comment',
  label: w.commentLabel,
  placeholder: w.commentPlaceholder,
  maxLength: 500,
  errorMessage: w.commentError,
  isMultiline: true,
});

/** 「申請を取り消す」 asks once more: 「取り消す」 cancels, 「やめる」 leaves it as it was. */
function cancelQuestion(w: PermitWords, data: Record<string, string>): Element {
  return {
    type: 'Container',
    style: 'warning',
    items: [
      text(w.cancelQuestion, { weight: 'Bolder' }),
      {
        type: 'ActionSet',
        actions: [
          execute(w.cancelConfirm, VERBS.PERMIT_CANCEL, { ...data, step: 'confirm' }, { style: 'destructive' }),
          execute(w.keep, VERBS.PERMIT_CANCEL, { ...data, step: 'back' }),
        ],
      },
    ],
  };
}

function requesterActions(p: PermitModel, w: PermitWords, data: Record<string, string>): Element[] {
  if (p.status === 'pending') return [execute(w.cancel, VERBS.PERMIT_CANCEL, data)];
  if (p.status === 'approved' && p.closing === 'disposal')
    return [execute(w.dispose, VERBS.PERMIT_DISPOSE, data, { style: 'positive' })];
  if (p.status === 'approved' && p.returnOn) return [execute(w.returned, VERBS.PERMIT_RETURN, data, { style: 'positive' })];
  if (awaitsCertificate(p)) return [execute(w.certificate, VERBS.PERMIT_CERTIFICATE, data, { style: 'positive' })];
  return [];
}

/** A list button names the permit and says the answer is the list again, in the list's language. */
const fromList = (p: PermitModel, language: Language) => ({ permitId: p.id, from: 'list', lang: language });

function approverActions(model: PermitListModel, p: PermitModel, w: PermitWords): Element[] {
  if (p.status !== 'pending') return [];
  const data = fromList(p, model.language);
  if (model.confirming?.permitId === p.id && model.confirming.step === 'reject') {
    return [
      text(w.rejectHint, { size: 'Small', isSubtle: true }),
      commentInput(w),
      {
        type: 'ActionSet',
        actions: [
          execute(
            w.reject,
            VERBS.PERMIT_REJECT,
            { ...data, step: 'confirm' },
            { style: 'destructive', associatedInputs: 'auto' },
          ),
          execute(w.keep, VERBS.PERMIT_REJECT, { ...data, step: 'back' }),
        ],
      },
    ];
  }
  return [
    {
      type: 'ActionSet',
      actions: [
        execute(w.approve, VERBS.PERMIT_APPROVE, data, { style: 'positive' }),
        execute(w.rejectOpen, VERBS.PERMIT_REJECT, data, { style: 'destructive' }),
      ],
    },
  ];
}

function requesterListActions(model: PermitListModel, p: PermitModel, w: PermitWords): Element[] {
  const data = fromList(p, model.language);
  if (model.confirming?.permitId === p.id && model.confirming.step === 'cancel' && p.status === 'pending')
    return [cancelQuestion(w, data)];
  const actions = requesterActions(p, w, data);
  return actions.length > 0 ? [{ type: 'ActionSet', actions }] : [];
}

/**
 * 承認待ち (approver) or 自分の申請 (requester): one compact block per permit, with its buttons.
 * A decision or a cancel made here answers with the list again, so the other requests stay.
 */
export function permitListCard(model: PermitListModel): AdaptiveCard {
  const w = PERMIT_WORDS[model.language];
  const body: Element[] = [
    text(model.view === 'approver' ? w.listApprover : w.listRequester, { size: 'Large', weight: 'Bolder' }),
  ];
  if (model.permits.length === 0) body.push(text(w.listEmpty));
  for (const p of model.permits.slice(0, 20)) {
    const subject = permitSubject(p, w);
    const heading = [
      statusLine(p, w),
      p.comment && `${w.comment}: ${p.comment}`,
      p.status === 'returned' && w.returnedLine(p.returnedAt),
      p.status === 'pending' && p.forwarded && w.forwarded(p.forwarded.title, p.forwarded.names.join('、'), p.forwarded.at),
      awaitsCertificate(p) && w.certificateDue(p.disposal?.certificateDue ?? '—'),
    ]
      .filter(Boolean)
      .join(' ');
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(`${subject ? `${subject} — ` : ''}${p.actionName}`, { weight: 'Bolder' }),
        text(heading, { spacing: 'None', size: 'Small' }),
        facts(permitFacts(p, w).filter((f) => f.title !== w.information && f.title !== w.action)),
        ...(model.view === 'approver' ? approverActions(model, p, w) : requesterListActions(model, p, w)),
      ],
    });
  }
  return adaptiveCard(body);
}
