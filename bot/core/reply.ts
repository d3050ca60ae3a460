import type { CardModel } from '../../adaptive-cards/index.js';

/** One reply: a text, or a card (with a text for notifications and channels without cards). */
export type Reply = { text: string; card?: undefined } | { text?: string; card: CardModel };

/** What a turn produced: new messages, and for a card action the card that replaces the one clicked. */
export interface TurnResult {
  replies: Reply[];
  update?: CardModel;
}
