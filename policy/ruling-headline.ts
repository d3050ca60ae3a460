import { approver, cite } from './answer-names.js';
import { words } from './answer-words.js';
import type { Pack } from './pack-types.js';
import type { RulingAnswer } from './render-ruling.js';

/** The sentence that rules it out as described: 「お書きのとおり「…」をしないのであれば、…ことはできません。」 */
export function unmetSentence(pack: Pack, a: RulingAnswer, unmet: string[], s: string, p: string): string {
  const w = words(a.language);
  return w.unmet(unmet.map((id) => pack.conditions.get(id)![a.language]).join(w.sep), s, p);
}

/** The answer's first sentence: what the ruling lets the teacher do with `s` (the information) and `p` (the action). */
export function rulingHeadline(pack: Pack, a: RulingAnswer, s: string, p: string): string {
  const { language } = a;
  const w = words(language);
  const unmet = a.unmet ?? [];
  if (unmet.length > 0) return unmetSentence(pack, a, unmet, s, p);
  switch (a.ruling.decision) {
    case 'allowed':
      return w.allowed(s, p);
    case 'conditional':
      return w.conditional(s, p);
    case 'permit_required':
      return w.permit_required(s, p, approver(pack, language, 'approver'));
    case 'consult':
      return w.consult(s, p, approver(pack, language, 'approver'));
    case 'prohibited':
      // A prohibition the policy itself lifts under a condition says that condition, not 6-3.
      if (a.ruling.except) return w.forbiddenUnless(s, p, pack.conditions.get(a.ruling.except.condition)![language]);
      return a.situation?.exception === false
        ? w.forbidden(s, p)
        : w.prohibited(s, p, approver(pack, language, 'exception_approver'), cite(pack, pack.meta.exception_citation, language));
  }
}
