/**
 * The pack's and the lexicon's words, indexed once per pack for finding them in questions: as
 * written, by stems, by reading, with a slip, by their morphemes, and the verbs and places that
 * say an action.
 */
import type { Pack } from '../compile-pack.js';
import { ACTION_IDS, type ActionId, type Language } from '../contract.js';
import type { Words } from '../schema.js';
import { analyze, hasKanji, type Morpheme, readingOf, toHiragana } from './analyzer.js';
import { stemPhrase } from './english.js';
import { FuzzyIndex } from './fuzzy-index.js';
import { HomophoneIndex } from './homophone.js';
import { foldKana, loanSpellings } from './kana-words.js';
import { learnReadings, termReadings } from './kanji-readings.js';
import type { Lexicon } from './lexicon.js';
import { normalize, normalizeKeepKatakana } from './normalize.js';
import { TermIndex } from './term-index.js';
import { closedUp, type EndSlipTerm, joinedReadings, slipsAtEnd, withOtherKind, withoutKind } from './term-variants.js';

/** What a word in a question stands for. */
export type WordValue =
  | { type: 'item'; id: string; lang: Language }
  | { type: 'vague'; id: string; lang: Language }
  | { type: 'situation'; id: string; lang: Language }
  | { type: 'neutral'; lang: Language }
  | { type: 'action'; id: ActionId; weak: boolean; lang: Language }
  | { type: 'incident'; kind: string | null; done: boolean; lang: Language }
  | { type: 'condition'; id: string; opposite: boolean; occasion?: boolean; actless?: boolean; lang: Language };

/** A word found in a question, before what its clause says of it is read: where (in the normalized text) and how. */
export interface Candidate {
  start: number;
  end: number;
  term: string;
  value: WordValue;
  /** exact: as written; reading: by its reading (つうちひょう); typo: one slip (健康診段票). */
  how: 'exact' | 'reading' | 'typo';
}

export interface WordIndex {
  exact: TermIndex<WordValue>;
  /** English words by their stems (emailing, emailed → email). */
  stems: TermIndex<WordValue>;
  reading: TermIndex<WordValue>;
  typo: FuzzyIndex<WordValue>;
  typoReading: FuzzyIndex<WordValue>;
  /** Documents' readings folded (no long-vowel marks, small kana large): アンケト finds アンケート. */
  folded: TermIndex<WordValue>;
  /** Short kanji words, found with the wrong kanji of the same reading (郵層 for 郵送). */
  homophones: HomophoneIndex<WordValue>;
  /** Verb dictionary forms in a row → the action they say (持つ+帰る → take_home). */
  lemmas: { seq: string[][]; value: WordValue }[];
  /** Place nouns (normalized) → the action they say with one of its case particles after them (自宅にて). */
  places: Map<string, { value: WordValue; particles: Set<string> }>;
  /** The words written in kanji behind each reading (つうちひょう → 通知表). */
  readingWords: Map<string, string[]>;
  /** Strict items' kanji names, found with their last kanji slipped (指導要緑 for 指導要録): term-variants.ts. */
  endSlips: EndSlipTerm<WordValue>[];
  /** Phrases with a verb or an adjective, by their morphemes: 見てしまっ also finds 見てしまいました. */
  inflected: Map<string, { term: string; seq: string[]; value: WordValue }[]>;
}

const cache = new WeakMap<Pack, WordIndex>();

/** The shortest reading matched by reading: shorter ones (いえ, かく) are found inside too many other words. */
const MIN_READING = 3;
/** Other readings of a document's kanji are matched from this length: short ones read too many words. */
const MIN_OTHER_READING = 4;

function build(pack: Pack, lexicon: Lexicon): WordIndex {
  const exact = new TermIndex<WordValue>();
  const stems = new TermIndex<WordValue>();
  const reading = new TermIndex<WordValue>();
  const typo = new FuzzyIndex<WordValue>(4, 99, { kanjiOnly: true });
  const typoReading = new FuzzyIndex<WordValue>(7, 99);
  const folded = new TermIndex<WordValue>();
  const homophones = new HomophoneIndex<WordValue>();
  const inflected: WordIndex['inflected'] = new Map();
  const readingWords: WordIndex['readingWords'] = new Map();
  // Readings of kanji learned from the catalog's and the situations' words and the lexicon's acts.
  const learned = learnReadings([
    ...[...pack.items.values()].flatMap((item) => item.synonyms?.ja ?? []),
    ...[...pack.situations.values()].flatMap((s) => s.words?.ja ?? []),
    ...ACTION_IDS.flatMap((id) => lexicon.actions[id]?.ja ?? []),
  ]);
  // An item's name written another way than listed (term-variants.ts): joined by の, without its kind.
  const endSlips: EndSlipTerm<WordValue>[] = [];
  const named = new Set([...pack.items.values()].flatMap((item) => item.synonyms?.ja ?? []));
  const kinds = lexicon.document_nouns.ja.filter((n) => n.length === 1);
  const addVariants = (w: string, value: WordValue & { type: 'item' }) => {
    // A name said another way is a guess: taken for the strict classes only, never for an open one.
    const item = pack.items.get(value.id);
    if (!item || (item.class !== 'I' && item.class !== 'II')) return;
    if (slipsAtEnd(w)) endSlips.push({ term: normalize(w), value });
    const rest = withoutKind(w, kinds);
    const readings = joinedReadings(w).map((r) => ({ r, word: normalize(w) }));
    if (rest && !named.has(rest)) {
      exact.add(rest, value);
      readings.push({ r: normalize(readingOf(rest)), word: rest });
    }
    for (const other of withOtherKind(w, lexicon.document_nouns.ja, lexicon.record_nouns))
      if (!named.has(other)) exact.add(other, value);
    for (const { r, word } of readings) {
      reading.add(r, value);
      readingWords.set(r, [...(readingWords.get(r) ?? []), word]);
    }
  };
  const add = (
    words: Words | undefined,
    make: (lang: Language) => WordValue,
    options: { fuzzy?: boolean; variants?: boolean } = {},
  ) => {
    if (!words) return;
    for (const w of words.ja) {
      const value = make('ja');
      exact.add(w, value);
      // A loanword in katakana, found as a teacher may spell its sound in kana (てぃーむず).
      if (KATAKANA_WORD.test(w)) for (const other of loanSpellings(normalize(w))) exact.add(other, value);
      if (value.type === 'incident' || value.type === 'condition' || value.type === 'situation') {
        const seq = inflectedKeys(w);
        if (seq) {
          const list = inflected.get(seq[0]!) ?? [];
          list.push({ term: w, seq, value });
          inflected.set(seq[0]!, list);
        }
      }
      const normalized = normalize(w);
      if (value.type === 'item' && options.variants !== false) addVariants(w, value);
      if (hasKanji(normalized)) {
        const r = normalize(readingOf(w.normalize('NFKC')));
        homophones.add(normalized, r, value);
        if (r.length >= MIN_READING && r !== normalized) {
          reading.add(r, value);
          readingWords.set(r, [...(readingWords.get(r) ?? []), normalized]);
        }
        if (options.fuzzy) {
          typo.add(normalized, value);
          typoReading.add(r, value);
          addFolded(folded, r, value);
        }
        // A word typed in kana by the usual reading of its kanji (けんしん for 健診, read けんみ;
        // こうむようぱそこん for 校務用パソコン, read こうつとむ…). Not with a slip as well: two
        // tolerances together find words nobody typed (旅行の計画 read こうのけいかく, one slip from
        // 行事計画 read こうじけいかく).
        for (const other of termReadings(w.normalize('NFKC'), learned).map(normalize)) {
          if (other === r || other.length < MIN_OTHER_READING) continue;
          reading.add(other, value);
          readingWords.set(other, [...(readingWords.get(other) ?? []), normalized]);
          if (options.fuzzy) addFolded(folded, other, value);
        }
      } else if (options.fuzzy) {
        typoReading.add(normalized, value);
        addFolded(folded, normalized, value);
      }
    }
    for (const w of words.en) {
      const value = make('en');
      exact.add(w, value, { plural: true, singular: true });
      const closed = value.type === 'item' ? closedUp(w) : null;
      if (closed) exact.add(closed, value, { plural: true, singular: true });
      // Verbs change form (emailing, uploaded); the names of documents only add a plural, which
      // matching as written covers (and "to grade" must not become "grades").
      if (value.type !== 'item' && value.type !== 'vague') stems.add(stemPhrase(w), value);
    }
  };
  for (const item of pack.items.values()) {
    add(item.synonyms, (lang) => ({ type: 'item', id: item.id, lang }), { fuzzy: true });
    add(item.known_as, (lang) => ({ type: 'item', id: item.id, lang }), { variants: false });
  }
  for (const term of pack.vague) add(term.words, (lang) => ({ type: 'vague', id: term.id, lang }));
  for (const s of pack.situations.values()) add(s.words, (lang) => ({ type: 'situation', id: s.id, lang }));
  add(lexicon.neutral, (lang) => ({ type: 'neutral', lang }));
  for (const [id, ways] of pack.statedConditions) {
    for (const { said, opposite, occasion, actless } of ways)
      add(said, (lang) => ({
        type: 'condition',
        id,
        opposite,
        ...(occasion ? { occasion } : {}),
        ...(actless ? { actless } : {}),
        lang,
      }));
  }
  add(pack.incidents.words, (lang) => ({ type: 'incident', kind: null, done: false, lang }));
  for (const kind of pack.incidents.kinds) {
    add(kind.words, (lang) => ({ type: 'incident', kind: kind.id, done: false, lang }));
    add(kind.done_words, (lang) => ({ type: 'incident', kind: kind.id, done: true, lang }));
  }
  const lemmas: WordIndex['lemmas'] = [];
  const places: WordIndex['places'] = new Map();
  for (const id of ACTION_IDS) {
    const w = lexicon.actions[id];
    if (!w) continue;
    const particles = new Set((w.places?.particles ?? []).map(normalize));
    for (const noun of w.places?.ja ?? [])
      places.set(normalize(noun), { value: { type: 'action', id, weak: false, lang: 'ja' }, particles });
    add({ ja: w.ja, en: w.en }, (lang) => ({ type: 'action', id, weak: false, lang }));
    add({ ja: w.weak_ja, en: w.weak_en }, (lang) => ({ type: 'action', id, weak: true, lang }));
    const withReadings = (seq: string[]) => seq.map((lemma) => [lemma, toHiragana(readingOf(lemma))]);
    for (const seq of w.lemmas) lemmas.push({ seq: withReadings(seq), value: { type: 'action', id, weak: false, lang: 'ja' } });
    for (const seq of w.weak_lemmas)
      lemmas.push({ seq: withReadings(seq), value: { type: 'action', id, weak: true, lang: 'ja' } });
  }
  return { exact, stems, reading, typo, typoReading, folded, homophones, lemmas, places, inflected, readingWords, endSlips };
}

/** A word written in katakana only: a loanword. */
const KATAKANA_WORD = /^[\u30a0-\u30ff]+$/;

/** Folded readings shorter than this find too many other words (しよう is 使用 and しよう). */
const MIN_FOLDED = 5;

function addFolded(index: TermIndex<WordValue>, reading: string, value: WordValue): void {
  const { text } = foldKana(reading);
  if (text.length >= MIN_FOLDED && /^[\u3040-\u309f]+$/.test(text)) index.add(text, value);
}

const INFLECTING = new Set(['動詞', '形容詞', '助動詞']);

/** Spoken contractions of an auxiliary verb, as the written form: やってる = やっている, 読んでる = 読んでいる. */
// ちゃう, じゃう, ちまう are てしまう said short (実行しちゃった for 実行してしまっ).
const CONTRACTED: Readonly<Record<string, string>> = {
  てる: 'いる',
  でる: 'いる',
  ちゃう: 'しまう',
  じゃう: 'しまう',
  ちまう: 'しまう',
  じまう: 'しまう',
};

/** A morpheme as a phrase is matched: a verb, an adjective or an auxiliary by its dictionary form, the rest as written. */
export const keyOf = (m: Morpheme) => {
  if (!INFLECTING.has(m.pos)) return `s:${normalize(m.surface)}`;
  const base = m.pos === '動詞' && m.pos1 === '非自立' ? (CONTRACTED[m.base] ?? m.base) : m.base;
  return `b:${base}`;
};

/**
 * The morphemes of a phrase that inflects (見てしまっ, パスワードをかけ), or null: a phrase without a
 * verb or an adjective is found as written, and so is one the analyzer cannot cut cleanly.
 */
function inflectedKeys(phrase: string): string[] | null {
  const morphemes = analyze(normalizeKeepKatakana(phrase)).filter((m) => m.pos !== '助詞');
  if (morphemes.length < 2 || !morphemes.some((m) => m.pos === '動詞' || m.pos === '形容詞')) return null;
  // A word the dictionary lacks is kept when it is whole: letters and digits, or a loanword in katakana (シュレッダー).
  if (morphemes.some((m) => m.pos === 'UNK' && !/^(?:[a-z0-9]+|[\u30a0-\u30ffー]{2,})$/i.test(m.surface))) return null;
  return morphemes.map(keyOf);
}

export function indexesFor(pack: Pack, lexicon: Lexicon): WordIndex {
  let indexes = cache.get(pack);
  if (!indexes) {
    indexes = build(pack, lexicon);
    cache.set(pack, indexes);
  }
  return indexes;
}
