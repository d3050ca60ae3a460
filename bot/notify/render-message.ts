import { getPack } from '../../policy/index.js';
import { getPermit, type OutboxRow, type Store } from '../../store/index.js';
import type { Reply } from '../core/index.js';
import { renderFindings } from '../features/findings/finding-view.js';
import { detailsOf, permitModel, renderLife } from '../features/permits/index.js';

const SUMMARY = {
  approval: { ja: '許可の申請が届きました', en: 'A request is waiting for you' },
  refresh: { ja: '申請の状態が変わりました', en: 'A request changed' },
  decision: { ja: '申請の結果が出ました', en: 'Your request was decided' },
  reminder_return: { ja: '今日は返却予定日です', en: 'Today is the return date' },
  reminder_overdue: { ja: '返却予定日を過ぎた持ち出しがあります', en: 'A take-out is overdue' },
  reminder_pending: { ja: '承認を待っている申請があります', en: 'A request is still waiting for you' },
  forwarded: { ja: '申請を次の承認者に回しました', en: 'Your request went on to the next approver' },
  expired: { ja: '申請は期限切れになりました', en: 'Your request expired' },
  certificate_due: { ja: '完了証明書がまだ届いていません', en: 'A disposal certificate has not come' },
} as const;

/** The card an outbox message delivers, built from the permit's state now (never a stale copy). */
export async function renderMessage(store: Store, row: OutboxRow): Promise<Reply | null> {
  if (row.kind === 'finding_digest' || row.kind === 'finding_owner') return renderFindings(store, row);
  // An owner's card updated in place once a file on it is resolved: drawn as that card again.
  const payload = row.payload ? (JSON.parse(row.payload) as { card?: string; view?: string }) : {};
  if (row.kind === 'refresh' && payload.card === 'finding_owner') return renderFindings(store, { ...row, kind: 'finding_owner' });
  if (row.kind === 'class_question' || row.kind === 'class_decided' || row.kind === 'staff_left') return renderLife(store, row);
  const permit = row.permit_id ? await getPermit(store.db, row.permit_id) : undefined;
  if (!permit) return null;
  const language = detailsOf(permit).language;
  const model = await permitModel(store, getPack(permit.policy), permit, language);
  const kind = row.kind as keyof typeof SUMMARY;
  const text = SUMMARY[kind]?.[language] ?? '';
  switch (kind) {
    case 'approval':
      return { text, card: { kind: 'permit', language, view: 'approver', permit: model } };
    case 'refresh': {
      // The requester's own card refreshes as the requester sees it (their buttons, not the approver's).
      const view = payload.view === 'requester' ? 'requester' : 'approver';
      return { text, card: { kind: 'permit', language, view, permit: model } };
    }
    case 'decision':
      return { text, card: { kind: 'permit', language, view: 'notice', reason: 'decision', permit: model } };
    case 'reminder_return':
      return { text, card: { kind: 'permit', language, view: 'notice', reason: 'return_due', permit: model } };
    case 'reminder_overdue':
      return { text, card: { kind: 'permit', language, view: 'notice', reason: 'overdue', permit: model } };
    case 'reminder_pending':
      return { text, card: { kind: 'permit', language, view: 'approver', reason: 'waiting', permit: model } };
    case 'forwarded':
      return { text, card: { kind: 'permit', language, view: 'notice', reason: 'forwarded', permit: model } };
    case 'expired':
      return { text, card: { kind: 'permit', language, view: 'notice', reason: 'expired', permit: model } };
    case 'certificate_due':
      return { text, card: { kind: 'permit', language, view: 'notice', reason: 'certificate', permit: model } };
    default:
      return null;
  }
}
