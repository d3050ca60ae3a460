/**
 * Information sent to the teacher's own home (「参集名簿をメールで自宅に送って確認します」): the
 * data goes home with the teacher. By e-mail it goes to a private address (非公式ストレージ・メール,
 * as 自宅のメール in lexicon `owned`); by any other way it is taken home (第3表). Read from the
 * morphemes: a home word of lexicon `owned.homes` not owned by anyone named before it (保護者の自宅に
 * is the family's), then に or へ, then a word of sending found right after.
 */

import type { ActionId } from '../contract.js';
import type { ActionsSaid } from './actions-said.js';
import type { QuestionReading } from './question-reading.js';

/** Acts of sending something away, which a home of the teacher's as their goal makes going home. */
const SENDING: readonly ActionId[] = ['provide_external', 'email_external', 'fax', 'post_paper'];

/** Replaces the acts of sending by taking home, or by a private address when e-mail is said. */
export function readSentHome(r: QuestionReading, said: ActionsSaid): void {
  if (r.language !== 'ja' || !sentHome(r)) return;
  const byMail = said.strong.has('email_external') || said.weak.has('email_external');
  for (const id of SENDING) {
    said.strong.delete(id);
    said.weak.delete(id);
  }
  said.strong.add(byMail ? 'personal_cloud' : 'take_home');
}

function sentHome(r: QuestionReading): boolean {
  const { q, lexicon } = r;
  const homes = lexicon.owned.homes.ja;
  const ms = q.morphemes;
  return ms.some((m, k) => {
    if (!homes.includes(m.surface)) return false;
    if (ms[k - 1]?.surface === 'の') return false;
    const particle = ms[k + 1];
    if (particle?.pos !== '助詞' || (particle.surface !== 'に' && particle.surface !== 'へ')) return false;
    const verb = ms[k + 2];
    if (!verb) return false;
    return r.found.some(
      (f) =>
        f.value.type === 'action' &&
        SENDING.includes(f.value.id as ActionId) &&
        !f.scope.negated &&
        f.start < verb.end &&
        verb.start < f.end,
    );
  });
}
