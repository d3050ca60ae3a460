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

/** Properties of a TextBlock that belong to the block, not to the run of text inside it. */
const BLOCK_KEYS = new Set(['spacing', 'separator', 'horizontalAlignment', 'id', 'isVisible', 'height']);

/**
 * Text as it is, never markup: a RichTextBlock of TextRuns, which Adaptive Cards do not read as
 * markdown (a TextBlock would turn `[承認はこちら](https://…)` typed into a form into a link), with
 * web addresses defanged so no client links them. Lines become blocks of their own. Every text on
 * mamoru's cards goes through here, so what a person typed is shown as text wherever it lands.
 */
export function text(value: string, extra: Record<string, unknown> = {}): Element {
  const block: Record<string, unknown> = {};
  const run: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(extra)) (BLOCK_KEYS.has(key) ? block : run)[key] = v;
  const runOf = (line: string) => ({ type: 'TextRun', text: literal(line), ...run });
  const lines = value.split(/\r?\n/);
  if (lines.length === 1) return { type: 'RichTextBlock', inlines: [runOf(value)], ...block };
  return {
    type: 'Container',
    ...block,
    items: lines.map((line, i) => ({ type: 'RichTextBlock', inlines: [runOf(line)], ...(i > 0 ? { spacing: 'None' } : {}) })),
  };
}

/** Defangs web addresses (https://x → https[:]//x, www.x → www[.]x) so that no client turns them into links. */
export const literal = (value: string): string =>
  value.replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1[:]//').replace(/\bwww\./gi, 'www[.]');

/**
 * What a submitted form got wrong, above its inputs (the card comes back with the values kept):
 * nothing when nothing is wrong. Every message is text, never markup.
 */
export function formErrors(title: string, errors: readonly string[]): Element[] {
  if (errors.length === 0) return [];
  return [
    {
      type: 'Container',
      style: 'attention',
      items: [text(title, { weight: 'Bolder', color: 'Attention' }), ...errors.map((e) => text(`・${e}`, { spacing: 'None' }))],
    },
  ];
}

/**
 * Facts as label and value, both as text (a FactSet's values are markdown in Teams): one
 * ColumnSet a fact, the label a quarter of the width.
 */
export function facts(list: { title: string; value: string }[]): Element {
  return {
    type: 'Container',
    spacing: 'Small',
    items: list.map((fact, i) => ({
      type: 'ColumnSet',
      spacing: i === 0 ? 'Default' : 'None',
      columns: [
        { type: 'Column', width: 1, items: [text(fact.title, { weight: 'Bolder' })] },
        { type: 'Column', width: 3, items: [text(fact.value)] },
      ],
    })),
  };
}

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
