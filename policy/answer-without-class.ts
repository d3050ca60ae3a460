/**
 * Answers for a question that names no information: as for the class an action or a situation
 * applies to, or as what a source decides for every class.
 */
import type { Pack, Ruling } from './compile-pack.js';
import { CLASS_IDS, STRICTNESS } from './contract.js';
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
