import { approver } from './answer-names.js';
import type { Language } from './contract.js';
import { defaultHandlingOf } from './default-handling.js';
import type { Pack } from './pack-types.js';
import type { RulingAnswer } from './render-ruling.js';

type DefaultHandling = NonNullable<Pack['meta']['default_handling']>;

/** How an answer uses the pack's default handling (Kurume's 既定の取扱い), when its ruling comes from it. */
export interface DefaultGuide {
  byDefault: DefaultHandling | undefined;
  /** The board's text leaves it open: the answer is to ask, the default a guide. */
  notInRule: boolean;
  /** Left open because it is information about persons leaving the school (`persons`): cite its clauses. */
  persons: boolean;
}

/**
 * The default's decision is one the board's text leaves to its standards (`leaves`), and no clause
 * of the rule's own (`own`, 第16条) decides it: the answer is to ask, the default a guide.
 */
function leftOpen(dh: DefaultHandling, ruling: RulingAnswer['ruling']): boolean {
  return dh.leaves.includes(ruling.decision) && !ruling.citations.some((id) => dh.own.includes(id));
}

/**
 * The default lends a 可 to information about persons leaving the school's hands (`persons`), and
 * the question does not meet its every condition: the law the rule binds it to decides, not the default.
 */
function personsLeaving(dh: DefaultHandling, a: RulingAnswer): boolean {
  const persons = dh.persons;
  if (!persons || !a.action || !persons.actions.includes(a.action)) return false;
  if (a.ruling.decision !== 'allowed' && a.ruling.decision !== 'conditional') return false;
  if (a.cls === null || a.cls === 'IV') return false;
  const about = [a.primary, a.raisedBy].some((item) => item != null && persons.groups.includes(item.group));
  const met = a.met ?? [];
  return about && (a.ruling.conditions.length === 0 || !a.ruling.conditions.every((id) => met.includes(id)));
}

export function defaultGuide(pack: Pack, a: RulingAnswer): DefaultGuide {
  const unmet = a.unmet ?? [];
  const byDefault = defaultHandlingOf(pack, a.ruling);
  const persons = Boolean(byDefault && personsLeaving(byDefault, a));
  // The board's text leaves it open: asked what that text says, the answer is to ask, the default a guide.
  const notInRule = Boolean(
    byDefault && unmet.length === 0 && !a.done && (a.askedRule || persons || leftOpen(byDefault, a.ruling)),
  );
  return { byDefault, notInRule, persons: persons && notInRule };
}

/** The lines that open the answer: the default's note, or (left open) that the rule does not say, and the guide. */
export function guideLines(pack: Pack, { byDefault, notInRule }: DefaultGuide, language: Language): string[] {
  if (byDefault && notInRule)
    return [byDefault.not_in_rule[language].replace('{who}', approver(pack, language, 'approver')), byDefault.guide[language]];
  if (byDefault) return [byDefault.note[language]];
  return [];
}
