import type { Pack } from '../compile-pack.js';
import type { Language } from '../contract.js';
import { type Analyzed, analyzeQuestion } from './analyze-question.js';
import type { Morpheme } from './analyzer.js';
import { containedPhrases } from './contain.js';
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
  const contents = language === 'ja' ? containedPhrases(q.morphemes, lexicon) : [];
  const found = findWords(pack, lexicon, q, language)
    // Japanese words spelled in ASCII (LINE, Box) mean something else in an English sentence.
    .filter((m) => !(language === 'en' && m.value.lang === 'ja' && /^[\x00-\x7f]+$/.test(m.term)))
    // What a document is said to hold (IDとパスワードをまとめた表) is its contents: no measure
    // taken on it (パスワード) and no rule about the thing itself (パスワードの共有).
    .filter((m) => !((m.value.type === 'condition' || m.value.type === 'situation') && inside(m, contents)));
  reader.documents = found.flatMap((m) =>
    (m.value.type === 'item' || m.value.type === 'vague') && !m.scope.negated
      ? [{ start: m.start, end: m.end, id: m.value.id }]
      : [],
  );
  return { pack, question, lexicon, language, q, reader, found };
}

/** Whether a word found lies within one of the phrases. */
function inside(m: { start: number; end: number }, phrases: readonly Morpheme[][]): boolean {
  return phrases.some((p) => p.length > 0 && p[0]!.start <= m.start && m.end <= p.at(-1)!.end);
}
