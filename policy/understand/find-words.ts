/**
 * Every word of the pack and the lexicon in a question, each with what its clause says of it
 * (negated, done, hypothetical).
 */
import type { Pack } from '../compile-pack.js';
import type { Language } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import type { Morpheme } from './analyzer.js';
import { chooseWords } from './choose-words.js';
import { saidOfOthers, stemmed } from './english.js';
import { eventDocuments } from './event-documents.js';
import { dropInsideKatakana, goalActs } from './goals.js';
import { insideKanaWord, withKanaWords } from './kana-words.js';
import type { Lexicon } from './lexicon.js';
import { inflectedPhrases, lemmaActions, placeActions } from './match-morphemes.js';
import { byReading, withSlips } from './match-readings.js';
import { occasionActs } from './occasion-acts.js';
import { quotedRequest } from './reported-speech.js';
import { englishNegated, type Scope, scopeOf } from './scope.js';
import { splitPhrases } from './split-phrases.js';
import { type Candidate, indexesFor, type WordIndex } from './word-index.js';

/** A word found in a question: where (in the normalized text), how, and what its clause says of it. */
export interface Found extends Candidate {
  scope: Scope;
}

/**
 * Every word of the pack and the lexicon in a question: as written, by reading (a question in
 * kana, or with the wrong kanji of the same reading), with one slip in a long word, and verbs by
 * their dictionary form. Where found words overlap, the longest wins, and a word as written wins
 * over one found by reading or with a slip. Each word comes with what its clause says of it.
 */
export function findWords(pack: Pack, lexicon: Lexicon, q: Analyzed, language: Language): Found[] {
  const ix = indexesFor(pack, lexicon);
  const candidates: Candidate[] = ix.exact
    .findAll(q.normalized)
    .filter((m) => !insideKanaWord(q.normalized, m.start, m.end, q.spaces))
    .map((m) => ({ ...m, how: 'exact' as const }));
  candidates.push(...acrossAsides(ix, q.normalized));
  if (language === 'en') candidates.push(...byStems(ix, q.normalized), ...acrossHyphens(ix, q.normalized));
  if (language === 'ja') {
    candidates.push(...byReading(ix, q));
    candidates.push(...withSlips(ix, q));
    candidates.push(...lemmaActions(ix, q.morphemes));
    // A place said with から before a request reported to the teacher (ホテルから「FAXで」って言われた)
    // is who asked, not where the work is done.
    const asker = (c: Candidate) =>
      c.end > 0 && q.normalized.slice(c.end - 2, c.end) === 'から' && quotedRequest(q.morphemes, c.start, c.end, lexicon);
    candidates.push(...placeActions(ix, q.morphemes).filter((c) => !asker(c)));
    candidates.push(...inflectedPhrases(ix, q.morphemes));
    candidates.push(...splitPhrases(pack, q));
    // Goals read through the documents' words the analyzer cut into grammar (学級|だ|より).
    const documents = candidates.filter((c) => c.how === 'exact' && (c.value.type === 'item' || c.value.type === 'vague'));
    const longestFirst = [...documents].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const g of goalActs(lexicon, withKanaWords(q.morphemes, longestFirst, q.normalized)))
      candidates.push({ ...g, value: { type: 'action', id: g.action, weak: false, lang: 'ja' }, how: 'exact' });
    dropInsideKatakana(candidates, q.morphemes);
    dropCompoundSplits(candidates, q.morphemes);
  }
  if (language === 'en') dropOthersSettings(candidates, q.normalized, lexicon);
  const taken = chooseWords(candidates, q.morphemes);
  taken.push(...occasionActs(pack, taken, q.morphemes));
  if (language === 'ja') eventDocuments(candidates, taken, q.morphemes);
  const named = taken.filter((c) => ['item', 'vague', 'neutral'].includes(c.value.type));
  const morphemes = language === 'ja' ? withKanaWords(q.morphemes, named, q.normalized) : q.morphemes;
  return taken.map((c) => ({
    ...c,
    scope:
      language === 'ja'
        ? scopeOf(morphemes, c.start, c.end, lexicon)
        : { negated: englishNegated(q.normalized, c.start, lexicon), done: false, hypothetical: false },
  }));
}

/** Every form of an English word (emailing, emailed), by its stem: after the words as written. */
function byStems(ix: WordIndex, text: string): Candidate[] {
  const english = stemmed(text);
  return ix.stems.findAll(english.text).map((m) => ({
    start: english.at[m.start]!.start,
    end: english.at[m.end - 1]!.end,
    term: m.term,
    value: m.value,
    how: 'reading' as const,
  }));
}

/** A hyphen between two letters: "home-visit notes" is written for the catalog's "home visit notes". */
const JOINING_HYPHEN = /(?<=[a-z])-(?=[a-z])/g;

/**
 * English words joined by a hyphen (home-visit, end-of-year), found as the same words spaced:
 * the hyphen becomes a space, so offsets stay, and only matches across a hyphen are new.
 */
function acrossHyphens(ix: WordIndex, text: string): Candidate[] {
  const spaced = text.replace(JOINING_HYPHEN, ' ');
  if (spaced === text) return [];
  const across = (m: { start: number; end: number }) => text.slice(m.start, m.end).includes('-');
  return ix.exact
    .findAll(spaced)
    .filter(across)
    .map((m) => ({ ...m, how: 'exact' as const }));
}

/**
 * An act's words that end inside a compound noun a document's word completes (個人の携帯|番号: the
 * teacher's own phone numbers, not a phone) are not said: the compound is the document's word.
 */
function dropCompoundSplits(candidates: Candidate[], morphemes: readonly Morpheme[]): void {
  const nounAt = (at: number, edge: 'start' | 'end') =>
    morphemes.some((m) => m[edge] === at && m.pos === '名詞' && m.pos1 !== '接尾');
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.value.type !== 'action' || !nounAt(c.end, 'end') || !nounAt(c.end, 'start')) continue;
    const completes = candidates.some((t) => t.value.type === 'item' && t.start < c.end && t.end > c.end && t.start >= c.start);
    if (completes) candidates.splice(k, 1);
  }
}

/** An aside in brackets: （鍵はございません）, (未記入). */
const ASIDE = /[（(][^（）()]*[）)]/g;

/**
 * Words as written that an aside in brackets splits (「机の引き出し（鍵はございません）に入れて」 is
 * 引き出しに): found in the text without its asides, and placed back around them. What the aside
 * says is still read where it stands.
 */
function acrossAsides(ix: WordIndex, text: string): Candidate[] {
  const kept: number[] = [];
  let last = 0;
  for (const m of text.matchAll(ASIDE)) {
    for (let k = last; k < m.index; k++) kept.push(k);
    last = m.index + m[0].length;
  }
  if (last === 0) return [];
  for (let k = last; k < text.length; k++) kept.push(k);
  const without = kept.map((k) => text[k]).join('');
  // Only the words that reach across an aside: the others were found where they stand.
  return ix.exact
    .findAll(without)
    .filter((m) => kept[m.end - 1]! - kept[m.start]! > m.end - 1 - m.start)
    .map((m) => ({ ...m, start: kept[m.start]!, end: kept[m.end - 1]! + 1, how: 'exact' as const }));
}

/** Settings (at home) said of what others do in a purpose clause (so they can open them at home) are not the teacher's. */
function dropOthersSettings(candidates: Candidate[], text: string, lexicon: Lexicon): void {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.value.type === 'action' && lexicon.settings.includes(c.value.id) && saidOfOthers(text, c.start))
      candidates.splice(i, 1);
  }
}
