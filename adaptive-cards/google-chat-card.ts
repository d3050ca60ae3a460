import type { AdaptiveCard, Element } from './adaptive-card.js';

/** A Google Chat cardsV2 entry (the subset mamoru uses). */
export interface ChatCardV2 {
  cardId: string;
  card: { sections: ChatSection[] };
}
interface ChatSection {
  header?: string;
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
  widgets: Record<string, unknown>[];
}

/** Chat's text widgets take a little HTML: escape the rest. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text of the text blocks among `elements`, one line each. */
function plainOf(elements: Element[]): string {
  return elements
    .map((el) =>
      el.type === 'RichTextBlock'
        ? ((el.inlines ?? []) as { text?: string }[]).map((r) => r.text ?? '').join('')
        : plainOf((el.items ?? []) as Element[]),
    )
    .join('\n');
}
const MAX_TEXT = 4000;

function button(action: Element): Record<string, unknown> | null {
  if (action.type !== 'Action.Execute') return null;
  const data = (action.data ?? {}) as Record<string, unknown>;
  return {
    text: String(action.title ?? ''),
    onClick: {
      action: {
        function: String(action.verb),
        parameters: Object.entries(data).map(([key, value]) => ({ key, value: String(value) })),
      },
    },
  };
}

function widgetsOf(elements: Element[], sections: ChatSection[], current: ChatSection, stripVerbs: Set<string>): void {
  // A toggle button and the hidden container it opens become one collapsible section.
  let toggleTitle = '';
  for (const el of elements) {
    switch (el.type) {
      case 'RichTextBlock': {
        const runs = (el.inlines ?? []) as { text?: string; weight?: string }[];
        const html = runs.map((r) => {
          const t = esc(String(r.text ?? ''));
          return r.weight === 'Bolder' ? `<b>${t}</b>` : t;
        });
        current.widgets.push({ textParagraph: { text: html.join('').slice(0, MAX_TEXT) } });
        break;
      }
      case 'ColumnSet': {
        // A fact (see facts()): label and value, as Chat's labelled text.
        const [label, value] = ((el.columns ?? []) as Element[]).map((column) => plainOf((column.items ?? []) as Element[]));
        current.widgets.push({
          decoratedText: { topLabel: esc(label ?? ''), text: esc(value ?? '').slice(0, MAX_TEXT), wrapText: true },
        });
        break;
      }
      case 'Container': {
        const items = (el.items ?? []) as Element[];
        if (el.isVisible === false) {
          const hidden: ChatSection = {
            header: toggleTitle || '…',
            collapsible: true,
            uncollapsibleWidgetsCount: 0,
            widgets: [],
          };
          sections.push(hidden);
          widgetsOf(items, sections, hidden, stripVerbs);
        } else {
          widgetsOf(items, sections, current, stripVerbs);
        }
        break;
      }
      case 'Input.Text':
        current.widgets.push({
          textInput: {
            name: el.id,
            label: String(el.label ?? el.placeholder ?? ''),
            ...(el.label && el.placeholder ? { hintText: String(el.placeholder) } : {}),
            type: el.isMultiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
            value: String(el.value ?? ''),
          },
        });
        break;
      case 'Input.Date':
        current.widgets.push({
          dateTimePicker: {
            name: el.id,
            label: String(el.label ?? ''),
            type: 'DATE_ONLY',
            ...(el.value ? { valueMsEpoch: String(Date.parse(`${el.value}T00:00:00Z`)) } : {}),
          },
        });
        break;
      case 'Input.ChoiceSet': {
        // Several values come back comma-separated, as Teams sends a multi-select.
        const chosen = new Set(
          String(el.value ?? '')
            .split(',')
            .filter(Boolean),
        );
        current.widgets.push({
          selectionInput: {
            name: el.id,
            label: String(el.label ?? ''),
            type: el.isMultiSelect ? 'CHECK_BOX' : 'DROPDOWN',
            items: ((el.choices ?? []) as { title?: string; value?: string }[]).map((c) => ({
              text: String(c.title ?? ''),
              value: String(c.value ?? ''),
              selected: chosen.has(String(c.value ?? '')),
            })),
          },
        });
        break;
      }
      case 'Input.Toggle':
        current.widgets.push({
          selectionInput: {
            name: el.id,
            type: 'CHECK_BOX',
            items: [{ text: String(el.title ?? ''), value: 'true', selected: el.value === 'true' }],
          },
        });
        break;
      case 'ActionSet': {
        const actions = (el.actions ?? []) as Element[];
        toggleTitle = String(actions.find((a) => a.type === 'Action.ToggleVisibility')?.title ?? toggleTitle);
        const buttons = actions
          .filter((a) => !stripVerbs.has(String(a.verb)))
          .map(button)
          .filter(Boolean);
        if (buttons.length > 0) current.widgets.push({ buttonList: { buttons } });
        break;
      }
    }
  }
}

/**
 * Renders an Adaptive Card (built from a card model) as a Google Chat cardsV2 entry: the same
 * model, the same verbs (`onClick.action.function`) and ids (parameters) as in Teams.
 * `stripVerbs` removes buttons that must not appear where everyone sees them (approve/reject
 * outside a DM). Example questions are buttons that ask them (verb answer.ask).
 */
export function toChatCard(card: AdaptiveCard, cardId: string, stripVerbs: string[] = []): ChatCardV2 {
  const strip = new Set(stripVerbs);
  const main: ChatSection = { widgets: [] };
  const sections: ChatSection[] = [main];
  widgetsOf(card.body, sections, main, strip);
  const actions = card.actions ?? [];
  const buttons = actions
    .filter((a) => !strip.has(String(a.verb)))
    .map(button)
    .filter(Boolean);
  if (buttons.length > 0) main.widgets.push({ buttonList: { buttons } });
  return { cardId, card: { sections: sections.filter((s) => s.widgets.length > 0) } };
}
