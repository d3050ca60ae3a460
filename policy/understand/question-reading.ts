import type { Pack } from '../compile-pack.js';
import type { Language } from '../contract.js';
import { type Analyzed, analyzeQuestion } from './analyze-question.js';
import { detectLanguage } from './detect-language.js';
import { type Found, findWords } from './find-words.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { normalize } from './normalize.js';
import { Reader } from './reader.js';

/** A question as read once, shared by the passes that pick items, actions, situations and incidents out of it. */
export interface QuestionReading {
  pack: Pack;
  /** The message as the teacher wrote it. */
  question: string;
  lexicon: Lexicon;
  language: Language;
  q: Analyzed;
  reader: Reader;
  found: Found[];
}

/** Analyzes the question and finds the pack's words in it, with the documents it names for the Reader. */
export function readQuestion(pack: Pack, question: string): QuestionReading {
  const lexicon = lexiconFor(pack);
  const language = detectLanguage(normalize(question));
  const q = analyzeQuestion(question, language);
  const reader = new Reader(q, lexicon, language);
  const found = findWords(pack, lexicon, q, language)
    // Japanese words spelled in ASCII (LINE, Box) mean something else in an English sentence.
    .filter((m) => !(language === 'en' && m.value.lang === 'ja' && /^[\x00-\x7f]+$/.test(m.term)));
  reader.documents = found.flatMap((m) =>
    (m.value.type === 'item' || m.value.type === 'vague') && !m.scope.negated
      ? [{ start: m.start, end: m.end, id: m.value.id }]
      : [],
  );
  return { pack, question, lexicon, language, q, reader, found };
}
