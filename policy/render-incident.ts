import { cite } from './answer-names.js';
import { words } from './answer-words.js';
import { withArticles } from './cite-articles.js';
import type { ActionId, ClassId, Decision, Language } from './contract.js';
import type { Pack } from './pack-types.js';
import type { CatalogItem, IncidentKind } from './schema.js';

export interface IncidentAnswer {
  language: Language;
  kinds: IncidentKind[];
  cls: ClassId | null;
  primary: CatalogItem | null;
  /** How it happened, when the message says (a mail sent to the wrong family is email_external). */
  action: ActionId | null;
  /** For something prohibited already done: the rule it broke, said before the first steps, and its clauses. */
  broke?: { rule: string; citations: string[] };
  /** The teacher was told of it from outside the school (a parent's call): `from_outside`'s clauses too. */
  fromOutside?: boolean;
  /** The clauses of the cases the standard names that this one is (4-4(1)②イ), cited after the general ones. */
  examples?: string[];
}

/**
 * An `incident` Decision: no permission decision, the first steps of each kind reported (in the
 * pack's words, in order, each once), who is told, and the clauses.
 */
export function renderIncident(pack: Pack, a: IncidentAnswer): Decision {
  const { language } = a;
  const w = words(language);
  const c = (id: string) => cite(pack, id, language);
  const names = a.kinds.map((k) => k.name[language]).join(w.sep);
  const steps = [...new Set(a.kinds.flatMap((k) => k.steps.map((step) => step[language])))];
  if (steps.length === 0) steps.push(...pack.incidents.kinds[0]!.steps.map((step) => step[language]));
  const role = pack.roles.get(pack.incidents.report_to)!;
  const who = language === 'en' ? `the ${role.title.en} (${role.held_by.en})` : `${role.title.ja}（${role.held_by.ja}）`;
  const citations = withArticles(pack, [
    ...new Set([
      ...pack.incidents.citations,
      ...(a.examples ?? []),
      ...(a.broke?.citations ?? []),
      ...a.kinds.flatMap((k) => k.citations),
      ...(a.fromOutside ? (pack.incidents.from_outside?.citations ?? []) : []),
      ...pack.meta.always_cite,
    ]),
  ]);
  const label = a.cls ? pack.classes.get(a.cls)!.label[language] : null;
  const info = a.primary && label ? w.tagged(a.primary.name[language], label) : label;
  const lines = [
    a.kinds.length > 0 ? w.incident(names) : w.incidentAny,
    ...(a.broke ? [a.broke.rule] : []),
    ...steps.map((step) => `${w.bullet}${step}`),
    ...(info ? [w.incidentInfo(info)] : []),
    w.incidentTell(who),
    `${w.sources}${citations.map(c).join(w.sep)}`,
  ];
  return {
    decision: 'incident',
    class: a.cls,
    action: a.action,
    asset: a.primary ? { id: a.primary.id, name: a.primary.name[language] } : null,
    conditions: steps,
    citations,
    answer: lines.join('\n'),
    policy: pack.id,
    language,
    incident: { kinds: a.kinds.map((k) => ({ id: k.id, name: k.name[language] })), reportTo: pack.incidents.report_to },
  };
}
