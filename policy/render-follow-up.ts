import { approver, type Base, cite, subject } from './answer-names.js';
import { words } from './answer-words.js';
import { withArticles } from './cite-articles.js';
import type { ActionId, Choice, Decision } from './contract.js';
import type { Pack } from './pack-types.js';
import type { VagueTerm } from './schema.js';

export interface FollowUpAnswer extends Base {
  kind: 'asset' | 'action';
  action: ActionId | null;
  choices: readonly string[];
  vague: VagueTerm | null;
  /** Nothing in the question is information or its handling: the pack's `out_of_scope` answers, if it has one. */
  outside?: boolean;
}

/** An `unknown` Decision: one follow-up question with the likely choices. */
export function renderFollowUp(pack: Pack, a: FollowUpAnswer): Decision {
  const { language } = a;
  const w = words(language);
  const choices: Choice[] =
    a.kind === 'asset'
      ? a.choices.map((id) => {
          const item = pack.items.get(id)!;
          return { kind: 'asset', id, label: item.name[language], class: item.class };
        })
      : a.choices.map((id) => ({ kind: 'action', id, label: pack.actions.get(id as ActionId)!.name[language], class: a.cls }));
  const question =
    a.kind === 'asset' ? (a.vague ? a.vague.question[language] : w.askAsset) : w.askAction(subject(pack, a, language));
  const lines = [
    question,
    ...choices.map(
      (c) =>
        `${w.bullet}${c.kind === 'asset' && c.class ? w.tagged(c.label, pack.classes.get(c.class)!.label[language]) : c.label}`,
    ),
  ];
  const c = (id: string) => cite(pack, id, language);
  const outside = a.kind === 'asset' && a.outside ? pack.meta.out_of_scope : undefined;
  if (outside) lines.splice(0, 1, outside.note[language], w.askOutside);
  // Not outside, the question still decides nothing: it cites, besides the class's source, where
  // the pack's handling is left (Kurume 第13条・第14条) and what the text governs and whom to ask
  // (the out_of_scope clauses: Kumamoto 1-2, Kurume 第3条・第4条).
  const scope = [...(pack.meta.default_handling?.citations ?? []), ...(pack.meta.out_of_scope?.citations ?? [])];
  const citations = outside
    ? [...outside.citations]
    : a.kind === 'asset'
      ? [...pack.meta.unknown_citations, ...scope]
      : [pack.meta.catalog_citation, ...scope];
  if (a.kind === 'asset' && !outside) {
    lines.push(w.principalDecides(approver(pack, language, 'approver'), pack.meta.unknown_citations.map(c).join(w.sep)));
  }
  const unique = withArticles(pack, [...citations, ...pack.meta.always_cite]);
  lines.push(`${w.sources}${unique.map(c).join(w.sep)}`);
  return {
    decision: 'unknown',
    class: a.cls,
    action: a.action,
    asset: a.primary ? { id: a.primary.id, name: a.primary.name[language] } : null,
    conditions: [],
    citations: unique,
    answer: lines.join('\n'),
    policy: a.policy,
    language,
    followUp: { question, choices },
  };
}
