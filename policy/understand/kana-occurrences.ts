/**
 * Where a question typed in kana says a word of a list written in kanji: the word's reading, at
 * whole morphemes the teacher wrote in kana, the first of the same part of speech as the word's
 * (かいてない says 書いてない as well as 買ってない: the analyzer, given kana, picks one verb of the
 * reading, and the list decides which the question means).
 */
import { analyze, hasKanji, type Morpheme, toHiragana } from './analyzer.js';
import { KANA_ONLY } from './kana-words.js';
import { normalize } from './normalize.js';

interface Reading {
  reading: string;
  pos: string;
  /** The word ends in a verb (持ち帰, 教え): a stem the question's verb goes on from (もちかえっ|て). */
  verbStem: boolean;
}

const cache = new Map<string, Reading | null>();

/** A kanji word's reading and the part of speech of its first morpheme (書い → かい, 動詞), or null. */
function readingOfWord(word: string): Reading | null {
  let r = cache.get(word);
  if (r === undefined) {
    const ms = analyze(word);
    const reading = ms.map((m) => normalize(toHiragana(m.reading || m.surface))).join('');
    const verb = ms.length === 1 && ms[0]!.pos === '名詞' && verbOfStem(word);
    r =
      hasKanji(word) && ms.length > 0 && KANA_ONLY.test(reading) && reading.length >= 2
        ? { reading, pos: verb ? '動詞' : ms[0]!.pos, verbStem: verb || ms.at(-1)!.pos === '動詞' }
        : null;
    cache.set(word, r);
  }
  return r;
}

/**
 * A verb's stem the analyzer, given it alone, reads as the noun made of it (教え, 伝え): the word
 * with る is that verb (教える), so the question's verb in kana (おしえ|て) says it.
 */
function verbOfStem(word: string): boolean {
  const ms = analyze(`${word}る`);
  return ms.length === 1 && ms[0]!.pos === '動詞' && ms[0]!.base === `${word}る`;
}

/** The spans of the question, whole kana morphemes, that read as one of the words. */
export function kanaOccurrences(
  words: readonly string[],
  text: string,
  morphemes: readonly Morpheme[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const ends = new Set(morphemes.map((m) => m.end));
  // A verb of the question in kana the word's verb stem starts (持ち帰 in もちかえっ|て).
  const inVerb = (end: number) => morphemes.some((m) => m.pos === '動詞' && m.start < end && m.end > end);
  for (const word of words) {
    const r = readingOfWord(word);
    if (!r) continue;
    for (const m of morphemes) {
      const end = m.start + r.reading.length;
      const written = text.slice(m.start, end);
      if (m.pos !== r.pos || written !== r.reading || !(ends.has(end) || (r.verbStem && inVerb(end))) || !KANA_ONLY.test(written))
        continue;
      out.push({ start: m.start, end });
    }
  }
  return out;
}
