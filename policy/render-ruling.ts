import { type Base, cite, subject } from './answer-names.js';
import { words } from './answer-words.js';
import { withArticles } from './cite-articles.js';
import type { ActionId, Decision } from './contract.js';
import { defaultGuide, guideLines } from './default-guide.js';
import type { Pack, Ruling, Situation } from './pack-types.js';
import { renderIncident } from './render-incident.js';
import { rulingHeadline, unmetSentence } from './ruling-headline.js';
import type { CatalogItem, Localized } from './schema.js';

export interface RulingAnswer extends Base {
  raisedBy: CatalogItem | null;
  mixed: boolean;
  /** The action reported; null when only a situation is named (「成績を教室に掲示」). */
  action: ActionId | null;
  /** The situation that decides, when one does: its phrase says what is ruled on. */
  situation?: Situation | null;
  /** What the answer calls the information when none is named (「重要性分類Ⅲ・Ⅳの情報」). */
  scope?: Localized;
  ruling: Ruling;
  /** Measures the ruling needs that the question says are not taken (パスワードなしで): 禁止 as described. */
  unmet?: string[];
  /** Measures the question says are taken (conditions met, 「先方から指定された」). */
  met?: string[];
  /** The question says it was already done. */
  done?: boolean;
  /** The question asks what the board's text itself says (「規則で決まりはありますか」). */
  askedRule?: boolean;
  /** A vague word (名簿) answered for every reading alike: the word, and the first reading of each class. */
  readings?: { word: string; items: CatalogItem[] };
}

/** Turns a ruling into the Decision a teacher reads: headline, conditions, sources. */
export function renderAnswer(pack: Pack, a: RulingAnswer): Decision {
  const { language } = a;
  const w = words(language);
  // A rule's phrase that names its own object (パスワードを書き留める; its English has no {x}) takes no subject.
  const ownObject = a.situation?.phrase.en.includes('{x}') === false;
  const s = ownObject ? '' : subject(pack, a, language);
  const p = (a.situation ?? pack.actions.get(a.action!)!).phrase[language];
  const c = (id: string) => cite(pack, id, language);
  const conditions = a.ruling.conditions.map((id) => pack.conditions.get(id)![language]);
  const unmet = a.unmet ?? [];
  const guide = defaultGuide(pack, a);
  const { byDefault, notInRule } = guide;
  const decision = unmet.length > 0 ? 'prohibited' : notInRule ? 'consult' : a.ruling.decision;
  const afterTheFact = a.done && (decision === 'prohibited' || decision === 'permit_required' || decision === 'consult');
  const citations = [
    ...(a.primary || a.cls ? [pack.meta.catalog_citation] : []),
    ...(a.mixed ? [pack.meta.mixed_citation] : []),
    ...a.ruling.citations,
    ...(afterTheFact ? pack.incidents.after_the_fact.citations : []),
    ...(byDefault ? byDefault.citations : []),
    ...(guide.persons && byDefault?.persons ? byDefault.persons.citations : []),
    ...pack.meta.always_cite,
  ];
  const unique = withArticles(pack, citations);
  // Done, and the information is now out of the school's hands: a report, with the rule it broke.
  const reported =
    afterTheFact && decision === 'prohibited' && a.action && a.cls
      ? pack.incidents.after_the_fact.reported.find((r) => r.actions.includes(a.action!) && r.classes.includes(a.cls!))
      : undefined;
  const kind = reported && pack.incidents.kinds.find((k) => k.id === reported.kind);
  if (kind) {
    const rule = unmet.length > 0 ? unmetSentence(pack, a, unmet, s, p) : w.forbidden(s, p);
    const broke = { rule, citations: unique.filter((id) => !pack.meta.always_cite.includes(id)) };
    // The case the standard names that the act made it (published: 4-4(1)②カ).
    const examples = pack.incidents.examples
      .filter((e) => e.of.includes(kind.id) && !e.words && e.actions?.includes(a.action!))
      .flatMap((e) => (e.citation ? [e.citation] : []));
    return {
      ...renderIncident(pack, { language, kinds: [kind], cls: a.cls, primary: a.primary, action: a.action, broke, examples }),
      done: true,
    };
  }
  const lines: string[] = [rulingHeadline(pack, a, s, p)];
  if (a.raisedBy && a.primary) {
    lines.unshift(w.raised(a.raisedBy.name[language], pack.classes.get(a.cls!)!.label[language], c(pack.meta.mixed_citation)));
  }
  if (conditions.length > 0) {
    // Under a guide (notInRule) the conditions follow the default's own headline.
    if ((notInRule ? a.ruling.decision : decision) !== 'conditional') lines.push(w.alsoDo);
    for (const text of conditions) lines.push(`${w.bullet}${text}`);
  }
  if (afterTheFact) lines.push(pack.incidents.after_the_fact.text[language]);
  lines.unshift(...guideLines(pack, guide, language));
  if (a.readings) {
    const named = a.readings.items.map((i) => w.tagged(i.name[language], pack.classes.get(i.class)!.label[language]));
    lines.unshift(w.sameForReadings(a.readings.word, named));
  }
  lines.push(`${w.sources}${unique.map(c).join(w.sep)}`);
  return {
    decision,
    class: a.cls,
    action: a.action,
    asset: a.primary ? { id: a.primary.id, name: a.primary.name[language] } : null,
    conditions,
    citations: unique,
    answer: lines.join('\n'),
    policy: a.policy,
    language,
    ...(a.situation ? { situation: { id: a.situation.id, name: a.situation.name[language] } } : {}),
    ...(a.done ? { done: true } : {}),
    ...(unmet.length > 0 ? { unmet } : {}),
  };
}
