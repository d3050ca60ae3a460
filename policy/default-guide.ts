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
}

/**
 * The default's decision is one the board's text leaves to its standards (`leaves`), and no clause
 * of the rule's own (`own`, 第16条) decides it: the answer is to ask, the default a guide.
 */
function leftOpen(dh: DefaultHandling, ruling: RulingAnswer['ruling']): boolean {
  return dh.leaves.includes(ruling.decision) && !ruling.citations.some((id) => dh.own.includes(id));
}

export function defaultGuide(pack: Pack, a: RulingAnswer): DefaultGuide {
  const unmet = a.unmet ?? [];
  const byDefault = defaultHandlingOf(pack, a.ruling);
  // The board's text leaves it open: asked what that text says, the answer is to ask, the default a guide.
  const notInRule = Boolean(byDefault && unmet.length === 0 && !a.done && (a.askedRule || leftOpen(byDefault, a.ruling)));
  return { byDefault, notInRule };
}

/** The lines that open the answer: the default's note, or (left open) that the rule does not say, and the guide. */
export function guideLines(pack: Pack, { byDefault, notInRule }: DefaultGuide, language: Language): string[] {
  if (byDefault && notInRule)
    return [byDefault.not_in_rule[language].replace('{who}', approver(pack, language, 'approver')), byDefault.guide[language]];
  if (byDefault) return [byDefault.note[language]];
  return [];
}
