import type { Situation } from '../compile-pack.js';
import { situationsAbout } from './about.js';
import { deniesPresence } from './action-readings.js';
import type { Found } from './find-words.js';
import { ownedByGoal } from './goals.js';
import { agentOfPassive } from './passive-agent.js';
import type { QuestionReading } from './question-reading.js';
import { saidTogether } from './refine-actions.js';
import { insideReportedQuote } from './reported-speech.js';

/**
 * Purposes and circumstances named (年賀状のため, 自動転送), from the pack's `situations`: by their
 * words, by words that only mean them together, and by what the question is about (about.ts).
 */
export function situationsNamed(r: QuestionReading, hasItems: boolean): Set<Situation> {
  const { pack, q, lexicon, language, reader } = r;
  const named = new Set<Situation>();
  for (const m of r.found) {
    if (m.value.type !== 'situation') continue;
    const situation = situationByWord(r, m, m.value.id);
    if (situation && (hasItems || !situation.beside_document)) named.add(situation);
  }
  // A situation said in words that only mean it together (ソフト … 入れ, download … app).
  for (const situation of pack.situations.values()) {
    if (named.has(situation) || !saidTogether(situation.together, q.normalized, language)) continue;
    if ((!situation.with || reader.says(situation.with)) && !reader.has(situation.unless)) named.add(situation);
  }
  // A rule without a document, by what the question is about and what is done to it (about.ts).
  for (const situation of situationsAbout(pack, q, lexicon, language, hasItems)) {
    if (!reader.has(situation.unless)) named.add(situation);
  }
  // Beside a rule about the device itself (ソフトを指導者用端末に入れる), what it holds is no question.
  if ([...named].some((s) => s.no_document)) for (const s of named) if (s.beside_document) named.delete(s);
  return named;
}

/** The situation a word names, when the teacher says it and its `with` and `unless` allow it. */
function situationByWord(r: QuestionReading, m: Found, id: string): Situation | undefined {
  const { q, lexicon, language, reader } = r;
  // A word the sentence denies is not there, as for documents (documents-named.ts).
  if (m.scope.negated && deniesPresence(m, r.found, lexicon)) return undefined;
  // 「うちの子の…がほしい」と言われた: what someone else is quoted as saying is not the teacher's purpose.
  if (language === 'ja' && insideReportedQuote(q.morphemes, m.start, m.end, lexicon)) return undefined;
  if (language === 'ja' && agentOfPassive(q.morphemes, m.end)) return undefined;
  const situation = r.pack.situations.get(id);
  // Someone said to be outside's (他校の教頭先生に, 塾の先生に) is not the one inside the school
  // the situation names in place of giving it outside (校内の教職員との共有).
  const word = q.normalized.slice(m.start, m.end);
  // Nor is one the sentence denies anything is said to (校長に相談しないで): not who receives it.
  if (language === 'ja' && situation?.replaces.includes('provide_external') && m.scope.negated) return undefined;
  if (
    language === 'ja' &&
    situation?.replaces.includes('provide_external') &&
    ownedByGoal(lexicon, q.morphemes, m.start, word, 'provide_external')
  )
    return undefined;
  return situation && (!situation.with || reader.says(situation.with)) && !reader.has(situation.unless) ? situation : undefined;
}
