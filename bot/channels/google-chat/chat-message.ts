import { type CardModel, renderAdaptiveCard, toChatCard } from '../../../adaptive-cards/index.js';
import type { Reply } from '../../core/index.js';

let cardSeq = 0;

/** Replies as one Chat message: the texts, and the cards as cardsV2 (`strip`: buttons not to show). */
export function chatMessage(replies: Reply[], strip: string[] = []): { text?: string; cardsV2?: unknown[] } {
  // A card reply's text is the card's own fallback: shown only when no card is sent. Plain texts
  // (a file that could not be read, a refusal) go above the cards.
  const cards = replies.filter((r) => r.card).map((r) => chatCard(r.card!, strip));
  const text = replies
    .filter((r) => cards.length === 0 || !r.card)
    .map((r) => r.text)
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 4000);
  return { ...(text ? { text } : {}), ...(cards.length > 0 ? { cardsV2: cards } : {}) };
}

/** A card model as a Chat card, with an id unique in this process. */
export function chatCard(model: CardModel, strip: string[] = []) {
  return toChatCard(renderAdaptiveCard(model), `${model.kind}-${Date.now().toString(36)}-${(++cardSeq).toString(36)}`, strip);
}
