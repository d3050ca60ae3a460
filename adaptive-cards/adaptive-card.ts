import { VERBS } from './verbs.js';

/** The few Adaptive Card 1.5 shapes mamoru builds: plain JSON, no SDK types. */
export type Element = Record<string, unknown> & { type: string };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
}

export function adaptiveCard(body: Element[], actions: Element[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export const text = (value: string, extra: Record<string, unknown> = {}): Element => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

/** Action.Execute: the verb and the data (ids only) reach the bot, which answers with a new card. */
export const execute = (
  title: string,
  verb: string,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Element => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
  ...extra,
});

/**
 * A button that asks its text as a question, like typing it (an Action.Execute, which Teams, the
 * Agents Playground and Google Chat all send back; the Playground ignores imBack buttons).
 */
export const sayIt = (title: string): Element => execute(title, VERBS.ANSWER_ASK, { question: title });
