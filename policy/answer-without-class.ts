/**
 * Answers for a question that names no information: as for the class an action or a situation
 * applies to, or as what a source decides for every class.
 */
import { cite } from './answer-names.js';
import { words } from './answer-words.js';
import { withArticles } from './cite-articles.js';
import type { Pack, Ruling } from './compile-pack.js';
import { CLASS_IDS, type ClassId, DECISION_LABELS, type Decision, type Language, STRICTNESS } from './contract.js';
import { asSaid, type Outcome, type Source, sourcesAt, strictest, unmetOf } from './rule-sources.js';
import type { Localized } from './schema.js';
import { namedActions, type Said, type Understood } from './understood.js';

/**
 * No information named, but an action that knows what it applies to (a personal device reaches
 * the city's cloud, which holds class Ⅲ or lower): answered as for that class, with what the
 * pack adds (class Ⅰ・Ⅱ must not be handled on it).
 */
export function unnamedAnswer(
  pack: Pack,
  u: Understood,
  measures: Said['measures'],
): { outcome: Outcome; scope: Localized } | null {
  const unnamed = [...u.situations.map((s) => s.unnamed), ...u.actions.map((a) => pack.actions.get(a)!.unnamed)].find(
    (x) => x !== undefined,
  );
  if (!unnamed) return null;
  const outcome = strictest(sourcesAt(pack, u, unnamed.assume, measures), namedActions(u));
  const ruling = {
    decision: outcome.ruling.decision,
    conditions: [...new Set([...outcome.ruling.conditions, ...unnamed.conditions])],
    citations: [...new Set([...outcome.ruling.citations, ...unnamed.citations])],
  };
  return { outcome: { ...outcome, ruling }, scope: unnamed.subject };
}

/**
 * When a source decides the same for every class (LINE is prohibited, auto-forwarding too), no
 * class is needed: the answer keeps what applies to every class, provided nothing else named
 * could be stricter for some class (「個人のGmailに自動転送」 is prohibited whatever the mail holds).
 */
export function classIndependent(pack: Pack, u: Understood, measures: Said['measures']): Outcome | null {
  const ruled = (r: Ruling | undefined) => r && asSaid(r, measures);
  const all = [
    ...u.situations.map((situation) => ({
      action: null,
      situation,
      perClass: CLASS_IDS.map((c) => ruled(situation.rulings.get(c))),
    })),
    ...u.actions.map((action) => ({
      action,
      situation: null,
      perClass: CLASS_IDS.map((c) => ruled(pack.rulings.get(action)!.get(c))),
    })),
  ];
  const uniform: Source[] = [];
  let others = -1;
  for (const { action, situation, perClass } of all) {
    const rulings = perClass.filter((r): r is Ruling => r !== undefined);
    const first = rulings[0]!;
    if (rulings.length === CLASS_IDS.length && rulings.every((r) => r.decision === first.decision)) {
      const everywhere = (pick: (r: Ruling) => string[]) => pick(first).filter((x) => rulings.every((r) => pick(r).includes(x)));
      const ruling = {
        decision: first.decision,
        conditions: everywhere((r) => r.conditions),
        citations: everywhere((r) => r.citations),
      };
      uniform.push({ action, situation, ruling, unmet: unmetOf(ruling, measures.unmet) });
    } else {
      others = Math.max(others, ...rulings.map((r) => STRICTNESS[r.decision]));
    }
  }
  if (uniform.length === 0) return null;
  const outcome = strictest(uniform, namedActions(u));
  return STRICTNESS[outcome.ruling.decision] >= others ? outcome : null;
}

/**
 * A rule asked for how far it reaches, with no document named (「クラウドに保存できる情報ってどこまで？」,
 * understand/extent-asked.ts): the act's rule class by class, as 第3表 reads it. 条件付きで可, as it
 * is allowed for some classes on their terms; null when every class is decided alike (that is
 * classIndependent's) or none allows it.
 */
export function perClassAnswer(pack: Pack, u: Understood, language: Language): Decision | null {
  const action = u.actions[0];
  if (!action || u.items.length > 0 || u.classes.length > 0 || u.vague.length > 0 || u.situations.length > 0) return null;
  const byClass = pack.rulings.get(action);
  if (!byClass || CLASS_IDS.some((cls) => !byClass.has(cls))) return null;
  const rulings = CLASS_IDS.map((cls) => ({ cls, ruling: byClass.get(cls)! }));
  if (rulings.every((r) => r.ruling.decision === rulings[0]!.ruling.decision)) return null;
  if (!rulings.some((r) => r.ruling.decision === 'allowed' || r.ruling.decision === 'conditional')) return null;
  // Classes side by side that are ruled alike share a line (Ⅰ・Ⅱ: 禁止).
  const same = (a: Ruling, b: Ruling) =>
    a.decision === b.decision &&
    a.conditions.length === b.conditions.length &&
    a.conditions.every((c, i) => b.conditions[i] === c);
  const groups: { classes: ClassId[]; ruling: Ruling }[] = [];
  for (const { cls, ruling } of rulings) {
    const last = groups.at(-1);
    if (last && same(last.ruling, ruling)) last.classes.push(cls);
    else groups.push({ classes: [cls], ruling });
  }
  const w = words(language);
  const label = (classes: ClassId[]) => {
    const [first, ...rest] = classes.map((c) => pack.classes.get(c)!.label[language]);
    // 重要性分類Ⅰ・Ⅱ / Class I, II: the label's numeral only after the first.
    const numeral = (l: string) => l.replace(/^.*?([ⅠⅡⅢⅣ]|I{1,3}V?|IV)$/u, '$1');
    return [first, ...rest.map(numeral)].join(language === 'ja' ? '・' : ', ');
  };
  const conditions = groups.map((g) =>
    w.classCell(
      label(g.classes),
      DECISION_LABELS[g.ruling.decision][language],
      g.ruling.conditions.map((id) => pack.conditions.get(id)![language]),
    ),
  );
  const citations = withArticles(pack, [...rulings.flatMap((r) => r.ruling.citations), ...pack.meta.always_cite]);
  const lines = [
    w.byClass(pack.actions.get(action)!.phrase[language]),
    ...conditions.map((c) => `${w.bullet}${c}`),
    `${w.sources}${citations.map((id) => cite(pack, id, language)).join(w.sep)}`,
  ];
  return {
    decision: 'conditional',
    class: null,
    action,
    asset: null,
    conditions,
    citations,
    answer: lines.join('\n'),
    policy: pack.id,
    language,
  };
}
