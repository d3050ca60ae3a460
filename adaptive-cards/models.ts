/**
 * Card models: what a card says, independent of the channel. `answer-card.ts` renders them as
 * Adaptive Cards 1.5 for Teams; Google Chat renders the same models as cardsV2.
 * Models carry ids for actions, never state the server must trust.
 */

export type Language = 'ja' | 'en';
export type DecisionValue = 'allowed' | 'conditional' | 'permit_required' | 'consult' | 'prohibited' | 'unknown';

export interface CitationModel {
  id: string;
  title: string;
  /** The clause's own words. */
  text: string;
}

export interface ChoiceModel {
  kind: 'asset' | 'action';
  id: string;
  label: string;
  /** e.g. 重要性分類Ⅱ, for asset choices. */
  classLabel: string | null;
}

export interface AnswerCardModel {
  kind: 'answer';
  language: Language;
  /** The stored answer this card shows; every action on the card names it. */
  answerId: string;
  decision: DecisionValue;
  classLabel: string | null;
  assetName: string | null;
  actionName: string | null;
  /** The answer's sentences without the conditions and sources, which the card shows itself. */
  summary: string;
  conditions: string[];
  citations: CitationModel[];
  followUp: { question: string; choices: ChoiceModel[] } | null;
  /** Feedback already given on this answer: the card thanks instead of asking. */
  feedback: 'helpful' | 'wrong' | null;
  policyName: string;
}

export interface WelcomeCardModel {
  kind: 'welcome';
  language: Language;
  policyName: string;
  examples: string[];
}

export interface HelpCardModel {
  kind: 'help';
  language: Language;
  policyName: string;
  examples: string[];
}

export type CardModel = AnswerCardModel | WelcomeCardModel | HelpCardModel;
