/**
 * A situation's phrase of a place and a verb (廊下に掲示, 壁に貼) said with the object between
 * them (「廊下に、体温チェック表を掲示する」): the place with its particle, then the verb later in the
 * same sentence. Found at the verb, so the document between keeps its place.
 */
import type { Pack } from '../compile-pack.js';
import type { Analyzed } from './analyze-question.js';
import { normalize } from './normalize.js';
import type { Candidate } from './word-index.js';

/** A place, the particle of a goal, and what is done there: 廊下|に|掲示. */
const PLACE_THEN_VERB = /^(.{2,}?)(に|へ)(.{2,})$/;
/** How far the verb may stand from the place, within one sentence. */
const MAX_GAP = 30;

export function splitPhrases(pack: Pack, q: Analyzed): Candidate[] {
  const text = q.normalized;
  const out: Candidate[] = [];
  for (const s of pack.situations.values()) {
    for (const word of s.words.ja) {
      const parts = PLACE_THEN_VERB.exec(normalize(word));
      if (!parts) continue;
      const [place, particle, verb] = [parts[1]!, parts[2]!, parts[3]!];
      for (let at = text.indexOf(place + particle); at >= 0; at = text.indexOf(place + particle, at + 1)) {
        const from = at + place.length + particle.length;
        const rest = text.slice(from, from + MAX_GAP);
        const gap = rest.search(/[。.!！?？\n]/);
        const v = rest.indexOf(verb);
        // Only across words: the phrase as written is found as it is.
        if (v <= 0 || (gap >= 0 && gap < v)) continue;
        out.push({
          start: from + v,
          end: from + v + verb.length,
          term: `split:${word}`,
          value: { type: 'situation', id: s.id, lang: 'ja' },
          how: 'exact',
        });
      }
    }
  }
  return out;
}
