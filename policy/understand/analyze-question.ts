/** A question analyzed once for finding words in it: normalized, cut into morphemes, and read aloud. */
import type { Language } from '../contract.js';
import { analyzeSpaced, spaceEdges } from './analyze-spaced.js';
import { hasKanji, type Morpheme } from './analyzer.js';
import { normalize } from './normalize.js';

/** The question as analyzed once: its normalized text, its morphemes and its reading. */
export interface Analyzed {
  normalized: string;
  morphemes: readonly Morpheme[];
  /** The question read aloud, in hiragana, and for each of its characters where it is in `normalized`. */
  reading: string;
  readingAt: { start: number; end: number }[];
  /** Where in `reading` each morpheme's reading starts and ends (a kanji word is read as a whole). */
  readingEdges: Set<number>;
  /** Where in `normalized` the question had a space between Japanese words (kana typed word by word). */
  spaces: ReadonlySet<number>;
}

/** Normalizes (without folding katakana, which the analyzer reads better) and analyzes a Japanese question. */
export function analyzeQuestion(question: string, language: Language): Analyzed {
  const normalized = normalize(question);
  if (language !== 'ja')
    return { normalized, morphemes: [], reading: normalized, readingAt: [], readingEdges: new Set(), spaces: new Set() };
  const morphemes = analyzeSpaced(question);
  let reading = '';
  const readingAt: { start: number; end: number }[] = [];
  const readingEdges = new Set<number>([0]);
  for (const m of morphemes) {
    const byReading = Boolean(m.reading) && hasKanji(m.surface);
    const r = normalize(byReading ? m.reading : m.surface);
    reading += r;
    // A word read from kanji maps as a whole; kana map letter by letter (the analyzer cuts kana badly).
    for (let k = 0; k < r.length; k++) {
      readingAt.push(
        byReading || r.length !== m.end - m.start ? { start: m.start, end: m.end } : { start: m.start + k, end: m.start + k + 1 },
      );
    }
    readingEdges.add(reading.length);
  }
  return { normalized, morphemes, reading, readingAt, readingEdges, spaces: spaceEdges(question) };
}
