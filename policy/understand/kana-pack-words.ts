/**
 * A question typed in kana, written back in the pack's own words where its kana read them
 * (ざいりゅうかーど → 在留カード, ほどうきろく → 補導記録): the analyzer knows few words in kana, and
 * the documents and the sensitive matters a question names are read from words in kanji. A word
 * is written back only where it starts and ends at the edge of the kana, a particle or another word.
 */
import type { Pack } from '../compile-pack.js';
import { namesOf } from '../schema.js';
import { analyze, hasKanji, readingOf, toHiragana } from './analyzer.js';
import { lexiconFor } from './lexicon.js';
import { type ParsedQuestion, parseQuestion } from './parse-question.js';

/** A stretch of kana (and the long-vowel mark) between anything else. */
const KANA_RUN = /[\u3041-\u3096\u30a1-\u30faー]+/gu;
/** Particles between words in a stretch (ざいりゅうかーど「の」こぴー). */
const PARTICLES = new Set([...'のをにでがはへともや']);
/** The longest reading looked for. */
const MAX_READING = 16;
/** Shorter readings read too many other words (いえ, かく). */
const MIN_READING = 3;

const cache = new WeakMap<Pack, Map<string, string>>();

/**
 * The pack's words written with kanji or katakana, by their reading in hiragana: its documents'
 * names, the sensitive matters the scans read, the words for a document, and each noun of the
 * pack's descriptions (在留, 指示, 模試) as the analyzer reads it.
 */
function packWords(pack: Pack): Map<string, string> {
  const cached = cache.get(pack);
  if (cached) return cached;
  const found = new Map<string, string>();
  const add = (word: string, reading: string) => {
    const katakana = /[\u30a1-\u30fa]/u.test(word);
    // One kanji alone reads too many words (症 in しょうがくきん).
    if ((!hasKanji(word) && !katakana) || word.length < 2) return;
    if (reading.length < (katakana ? 2 : MIN_READING) || found.has(reading)) return;
    found.set(reading, word);
  };
  const matters = pack.meta.classify?.prose?.matters ?? [];
  const lexicon = lexiconFor(pack);
  const words = [
    ...[...pack.items.values()].flatMap((i) => namesOf(i, 'ja')),
    ...pack.vague.flatMap((v) => v.words.ja),
    ...matters.flatMap((m) => [...m.words, ...(m.heads ?? [])]),
    ...lexicon.document_nouns.ja,
    ...lexicon.record_nouns,
  ];
  for (const word of words) add(word, readingOf(word));
  for (const text of [...pack.descriptions.values()].flatMap((d) => d.ja))
    for (const m of analyze(text)) if (m.pos === '名詞' && m.reading) add(m.surface, toHiragana(m.reading));
  cache.set(pack, found);
  return found;
}

/**
 * A question parsed as typed, or, when it names no document and is typed in kana, as written back
 * in the pack's words if that finds one.
 */
export function readInPackWords(pack: Pack, typed: string): { text: string; parsed: ParsedQuestion } {
  const first = parseQuestion(pack, typed);
  if (first.items.length > 0 || first.vague.length > 0 || first.statedClass) return { text: typed, parsed: first };
  const rewritten = inPackWords(pack, typed);
  const again = rewritten ? parseQuestion(pack, rewritten) : null;
  return rewritten && again && again.items.length > 0 ? { text: rewritten, parsed: again } : { text: typed, parsed: first };
}

/** The question with each stretch of kana that reads as the pack's words written in them; null when none does. */
export function inPackWords(pack: Pack, text: string): string | null {
  const words = packWords(pack);
  let changed = false;
  const out = text.replace(KANA_RUN, (run) => {
    const written = writtenBack(words, run);
    if (written !== run) changed = true;
    return written;
  });
  return changed ? out : null;
}

/**
 * A stretch of kana with each word of the pack it reads written back: a word starts where the
 * stretch does, after a particle or after another word, and ends where it does, before a particle
 * or before another word (so ほどうきろく is 補導記録, and no word is read inside another).
 */
function writtenBack(words: Map<string, string>, run: string): string {
  const h = toHiragana(run);
  const longestAt = (i: number): number => {
    for (let end = Math.min(h.length, i + MAX_READING); end > i + 1; end--) if (words.has(h.slice(i, end))) return end;
    return -1;
  };
  const endsWell = (end: number) => end === h.length || PARTICLES.has(h[end]!) || longestAt(end) > 0;
  let out = '';
  let boundary = true;
  for (let i = 0; i < h.length; ) {
    const end = boundary ? longestAt(i) : -1;
    if (end > 0 && endsWell(end)) {
      out += words.get(h.slice(i, end))!;
      i = end;
      continue;
    }
    out += run[i];
    boundary = PARTICLES.has(h[i]!);
    i++;
  }
  return out;
}
