import type { Pack } from '../compile-pack.js';
import { ACTION_IDS, type ActionId, type Language } from '../contract.js';
import type { Words } from '../schema.js';
import { analyzeSpaced, spaceEdges } from './analyze-spaced.js';
import { analyze, hasKanji, type Morpheme, readingOf, toHiragana } from './analyzer.js';
import { stemmed, stemPhrase } from './english.js';
import { FuzzyIndex } from './fuzzy-index.js';
import { dropInsideKatakana, goalActs } from './goals.js';
import { HomophoneIndex } from './homophone.js';
import { foldKana, insideKanaWord, withKanaWords } from './kana-words.js';
import type { Lexicon } from './lexicon.js';
import { normalize, normalizeKeepKatakana } from './normalize.js';
import { englishNegated, type Scope, scopeOf } from './scope.js';
import { TermIndex } from './term-index.js';

/** What a word in a question stands for. */
export type WordValue =
  | { type: 'item'; id: string; lang: Language }
  | { type: 'vague'; id: string; lang: Language }
  | { type: 'situation'; id: string; lang: Language }
  | { type: 'neutral'; lang: Language }
  | { type: 'action'; id: ActionId; weak: boolean; lang: Language }
  | { type: 'incident'; kind: string | null; done: boolean; lang: Language }
  | { type: 'condition'; id: string; opposite: boolean; lang: Language };

/** A word found in a question: where (in the normalized text), how, and what its clause says of it. */
export interface Found {
  start: number;
  end: number;
  term: string;
  value: WordValue;
  /** exact: as written; reading: by its reading (つうちひょう); typo: one slip (健康診段票). */
  how: 'exact' | 'reading' | 'typo';
  scope: Scope;
}

interface Indexes {
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
  /** Phrases with a verb or an adjective, by their morphemes: 見てしまっ also finds 見てしまいました. */
  inflected: Map<string, { term: string; seq: string[]; value: WordValue }[]>;
}

const cache = new WeakMap<Pack, Indexes>();

/** The shortest reading matched by reading: shorter ones (いえ, かく) are found inside too many other words. */
const MIN_READING = 3;

function build(pack: Pack, lexicon: Lexicon): Indexes {
  const exact = new TermIndex<WordValue>();
  const stems = new TermIndex<WordValue>();
  const reading = new TermIndex<WordValue>();
  const typo = new FuzzyIndex<WordValue>(4, 99, { kanjiOnly: true });
  const typoReading = new FuzzyIndex<WordValue>(7, 99);
  const folded = new TermIndex<WordValue>();
  const homophones = new HomophoneIndex<WordValue>();
  const inflected: Indexes['inflected'] = new Map();
  const readingWords: Indexes['readingWords'] = new Map();
  const add = (words: Words | undefined, make: (lang: Language) => WordValue, options: { fuzzy?: boolean } = {}) => {
    if (!words) return;
    for (const w of words.ja) {
      const value = make('ja');
      exact.add(w, value);
      if (value.type === 'incident' || value.type === 'condition' || value.type === 'situation') {
        const seq = inflectedKeys(w);
        if (seq) {
          const list = inflected.get(seq[0]!) ?? [];
          list.push({ term: w, seq, value });
          inflected.set(seq[0]!, list);
        }
      }
      const normalized = normalize(w);
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
      } else if (options.fuzzy) {
        typoReading.add(normalized, value);
        addFolded(folded, normalized, value);
      }
    }
    for (const w of words.en) {
      const value = make('en');
      exact.add(w, value, { plural: true, singular: true });
      // Verbs change form (emailing, uploaded); the names of documents only add a plural, which
      // matching as written covers (and "to grade" must not become "grades").
      if (value.type !== 'item' && value.type !== 'vague') stems.add(stemPhrase(w), value);
    }
  };
  for (const item of pack.items.values()) add(item.synonyms, (lang) => ({ type: 'item', id: item.id, lang }), { fuzzy: true });
  for (const term of pack.vague) add(term.words, (lang) => ({ type: 'vague', id: term.id, lang }));
  for (const s of pack.situations.values()) add(s.words, (lang) => ({ type: 'situation', id: s.id, lang }));
  add(lexicon.neutral, (lang) => ({ type: 'neutral', lang }));
  for (const [id, ways] of pack.statedConditions) {
    for (const { said, opposite } of ways) add(said, (lang) => ({ type: 'condition', id, opposite, lang }));
  }
  add(pack.incidents.words, (lang) => ({ type: 'incident', kind: null, done: false, lang }));
  for (const kind of pack.incidents.kinds) {
    add(kind.words, (lang) => ({ type: 'incident', kind: kind.id, done: false, lang }));
    add(kind.done_words, (lang) => ({ type: 'incident', kind: kind.id, done: true, lang }));
  }
  const lemmas: Indexes['lemmas'] = [];
  const places: Indexes['places'] = new Map();
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
  return { exact, stems, reading, typo, typoReading, folded, homophones, lemmas, places, inflected, readingWords };
}

/** Folded readings shorter than this find too many other words (しよう is 使用 and しよう). */
const MIN_FOLDED = 5;

function addFolded(index: TermIndex<WordValue>, reading: string, value: WordValue): void {
  const { text } = foldKana(reading);
  if (text.length >= MIN_FOLDED && /^[\u3040-\u309f]+$/.test(text)) index.add(text, value);
}

const INFLECTING = new Set(['動詞', '形容詞', '助動詞']);

/** Spoken contractions of an auxiliary verb, as the written form: やってる = やっている, 読んでる = 読んでいる. */
const CONTRACTED: Readonly<Record<string, string>> = { てる: 'いる', でる: 'いる' };

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
  if (morphemes.some((m) => m.pos === 'UNK' && !/^[a-z0-9]+$/i.test(m.surface))) return null;
  return morphemes.map(keyOf);
}

/**
 * Phrases found by their morphemes, whatever their ending and with or without their particles
 * (見てしまいました for 見てしまっ, 添付ファイル開いちゃった for 添付ファイルを開い).
 */
function inflectedPhrases(ix: Indexes, all: readonly Morpheme[]): Omit<Found, 'scope'>[] {
  const morphemes = all.filter((m) => m.pos !== '助詞');
  const keys = morphemes.map(keyOf);
  const out: Omit<Found, 'scope'>[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (const { term, seq, value } of ix.inflected.get(keys[i]!) ?? []) {
      if (i + seq.length > keys.length || !seq.every((key, k) => keys[i + k] === key)) continue;
      out.push({ start: morphemes[i]!.start, end: morphemes[i + seq.length - 1]!.end, term, value, how: 'exact' });
    }
  }
  return out;
}

export function indexesFor(pack: Pack, lexicon: Lexicon): Indexes {
  let indexes = cache.get(pack);
  if (!indexes) {
    indexes = build(pack, lexicon);
    cache.set(pack, indexes);
  }
  return indexes;
}

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

const KANA_ONLY = /^[\u3040-\u309fー]+$/;
/** Kana matches shorter than this are found inside other words' endings too easily (してい in していい). */
const SHORT_KANA = 5;

/**
 * Every word of the pack and the lexicon in a question: as written, by reading (a question in
 * kana, or with the wrong kanji of the same reading), with one slip in a long word, and verbs by
 * their dictionary form. Where found words overlap, the longest wins, and a word as written wins
 * over one found by reading or with a slip. Each word comes with what its clause says of it.
 */
export function findWords(pack: Pack, lexicon: Lexicon, q: Analyzed, language: Language): Found[] {
  const ix = indexesFor(pack, lexicon);
  const candidates: Omit<Found, 'scope'>[] = ix.exact
    .findAll(q.normalized)
    .filter((m) => !insideKanaWord(q.normalized, m.start, m.end, q.spaces))
    .map((m) => ({ ...m, how: 'exact' as const }));
  candidates.push(...acrossAsides(ix, q.normalized));
  if (language === 'en') {
    // Every form of an English word: by stems, after the words as written.
    const english = stemmed(q.normalized);
    for (const m of ix.stems.findAll(english.text)) {
      const span = { start: english.at[m.start]!.start, end: english.at[m.end - 1]!.end };
      candidates.push({ ...span, term: m.term, value: m.value, how: 'reading' });
    }
  }
  if (language === 'ja') {
    const map = (start: number, end: number) => ({ start: q.readingAt[start]!.start, end: q.readingAt[end - 1]!.end });
    for (const m of ix.reading.findAll(q.reading)) {
      const span = map(m.start, m.end);
      const written = q.normalized.slice(span.start, span.end);
      // By reading only where the teacher wrote kana, or whole words in kanji that read the same
      // (通知票 for 通知表; not こうかい inside りょこう|かいしゃ 旅行会社).
      const whole = q.readingEdges.has(m.start) && q.readingEdges.has(m.end);
      // Kana from the start of a word, or long enough not to be found inside another (not いそう in
      // 載せたいそう); kanji that share a character with the word (通知票 and 通知表, not 私 for 渡し).
      const words = ix.readingWords.get(m.term) ?? [];
      const shares = [...written].some((ch) => hasKanji(ch) && words.some((w) => w.includes(ch)));
      // A kana match that starts inside an ending (た|い|そう) is not a word of its own, nor a short
      // one that ends inside one (し|て|い|い is not してい, 指定); a long one is cut badly more often
      // (しどうようろくいえに: …ろ|くい|え).
      const inside = q.morphemes.find((x) => x.start < span.start && x.end > span.start);
      const cut = q.morphemes.find((x) => x.start < span.end && x.end > span.end);
      const kanaOk =
        KANA_ONLY.test(written) &&
        !(inside && ['助動詞', '助詞', '動詞'].includes(inside.pos)) &&
        !(cut && written.length < SHORT_KANA && ['助動詞', '助詞', '形容詞', '動詞'].includes(cut.pos));
      if (kanaOk || (hasKanji(written) && whole && shares))
        candidates.push({ ...span, term: m.term, value: m.value, how: 'reading' });
    }
    for (const m of ix.typo.find(q.normalized))
      candidates.push({ start: m.start, end: m.end, term: m.term, value: m.value, how: 'typo' });
    for (const m of ix.typoReading.find(q.reading)) {
      candidates.push({ ...map(m.start, m.end), term: m.term, value: m.value, how: 'typo' });
    }
    for (const m of ix.homophones.find(q.normalized, q.morphemes)) candidates.push({ ...m, how: 'typo' });
    const folded = foldKana(q.reading);
    for (const m of ix.folded.findAll(folded.text)) {
      candidates.push({ ...map(folded.at[m.start]!, folded.at[m.end - 1]! + 1), term: m.term, value: m.value, how: 'typo' });
    }
    candidates.push(...lemmaActions(ix, q.morphemes));
    candidates.push(...placeActions(ix, q.morphemes));
    candidates.push(...inflectedPhrases(ix, q.morphemes));
    for (const g of goalActs(lexicon, q.morphemes))
      candidates.push({ ...g, value: { type: 'action', id: g.action, weak: false, lang: 'ja' }, how: 'exact' });
    dropInsideKatakana(candidates, q.morphemes);
  }
  if (language === 'ja') dropCompoundSplits(candidates, q.morphemes);
  // Words as written first, then by reading, then with a slip: a later pass never takes a place
  // an earlier one holds (テストの点 with a slip is not read into 確認テストの問題). Within a pass the
  // longest wins; the same place may hold two meanings (住所録: an item and its reading alias).
  // Words compete for a place only with words of the same layer: what the information is, what
  // is done with it, and the situations, measures and incidents named beside them.
  const taken: Omit<Found, 'scope'>[] = [];
  for (const how of ['exact', 'reading', 'typo'] as const) {
    const pass = candidates.filter((c) => c.how === how).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const held = taken.slice();
    for (const c of pass) {
      const lemma = c.term.startsWith('lemma:');
      const overlap = (t: Omit<Found, 'scope'>) => !(c.end <= t.start || c.start >= t.end);
      const within = (inner: Omit<Found, 'scope'>, outer: Omit<Found, 'scope'>) =>
        inner.start >= outer.start && inner.end <= outer.end;
      // A neutral word (保護者の携帯) hides the words inside it, not one that reaches past it (携帯番号).
      const neutralApart = (t: Omit<Found, 'scope'>) =>
        (t.value.type === 'neutral' && c.value.type !== 'action' && !within(c, t)) ||
        (c.value.type === 'neutral' && t.value.type !== 'action' && !within(t, c));
      const rivals = (t: Omit<Found, 'scope'>) => overlap(t) && sharesLayer(t.value, c.value) && !neutralApart(t);
      // A longer word read with a slip (出席簿保助簿) takes the place of the shorter one inside it (出席簿).
      const inside = (t: Omit<Found, 'scope'>) => t.start >= c.start && t.end <= c.end && t.end - t.start < c.end - c.start;
      // A document named with a slip (成積一覧) says more than the vague word it overlaps (一覧表).
      const yields = (t: Omit<Found, 'scope'>) =>
        t.value.type === 'vague' && c.value.type === 'item' && c.end - c.start > t.end - t.start;
      const rivalsHeld = held.filter(rivals);
      if (!lemma && rivalsHeld.some((t) => !inside(t) && !yields(t))) continue;
      // A verb inside a request to mamoru (教えてください, 教えてほしい) is asked of mamoru, not done.
      if (lemma && taken.some((t) => t.value.type === 'neutral' && within(c, t) && t.end - t.start > c.end - c.start + 1))
        continue;
      if (!lemma) for (const t of rivalsHeld) taken.splice(taken.indexOf(t), 1);
      // A verb found by its dictionary form may sit inside a longer word as written.
      if (!lemma && taken.some((t) => rivals(t) && !(t.start === c.start && t.end === c.end) && t.how === how)) continue;
      if (taken.some((t) => t.start === c.start && t.end === c.end && sameValue(t.value, c.value))) continue;
      taken.push(c);
    }
  }
  // A word of what happened that a suffix makes another noun (感染|症, 紛失|物) names no incident.
  const compound = (c: Omit<Found, 'scope'>) =>
    c.value.type === 'incident' && q.morphemes.some((m) => m.start === c.end && m.pos === '名詞' && m.pos1 === '接尾');
  for (let i = taken.length - 1; i >= 0; i--) if (compound(taken[i]!)) taken.splice(i, 1);
  taken.sort((a, b) => a.start - b.start);
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

/**
 * An act's words that end inside a compound noun a document's word completes (個人の携帯|番号: the
 * teacher's own phone numbers, not a phone) are not said: the compound is the document's word.
 */
function dropCompoundSplits(candidates: Omit<Found, 'scope'>[], morphemes: readonly Morpheme[]): void {
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
function acrossAsides(ix: Indexes, text: string): Omit<Found, 'scope'>[] {
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

const LAYERS: Record<WordValue['type'], string[]> = {
  // What the information is and what is done with it compete (メールアドレス is information, not e-mail).
  item: ['word', 'incident'],
  vague: ['word', 'incident'],
  neutral: ['word', 'incident'],
  action: ['word'],
  // A rule's words and a document's name compete too: the longer says what it is (動画配信サービス is
  // a web service, not a video of pupils; IDとパスワードの一覧 is a ledger, not a password shared).
  situation: ['situation', 'incident'],
  condition: ['measure'],
  // An incident word inside a document's name (事故報告書) or a rule's words (ウイルス対策ソフト) is not one.
  incident: ['incident', 'word', 'situation'],
};
// What happened (送っちゃった) reports an incident only with its `with`: it takes no word's place.
const layersOf = (v: WordValue) => (v.type === 'incident' && v.done ? ['incident'] : LAYERS[v.type]);
const sharesLayer = (a: WordValue, b: WordValue) => layersOf(a).some((l) => layersOf(b).includes(l));

function sameValue(a: WordValue, b: WordValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Verbs too common to stand for an action by their reading (刷る is read する). */
const COMMON_VERBS = new Set([
  'する',
  'なる',
  'いる',
  'ある',
  'くる',
  'いく',
  'みる',
  'いう',
  'おく',
  'でる',
  'とる',
  'もつ',
  'かく',
  'きる',
  'よむ',
]);

/**
 * Verbs in a row by their dictionary forms, particles and auxiliaries between them skipped; a
 * verb written in kana (もってかえる) by its reading, when the readings are long enough not to be
 * another common verb (刷る is read する).
 */
function lemmaActions(ix: Indexes, morphemes: readonly Morpheme[]): Omit<Found, 'scope'>[] {
  const verbs = morphemes.filter((m) => m.pos === '動詞' || (m.pos === '名詞' && m.pos1 === 'サ変接続'));
  const out: Omit<Found, 'scope'>[] = [];
  for (let i = 0; i < verbs.length; i++) {
    for (const { seq, value } of ix.lemmas) {
      if (i + seq.length > verbs.length) continue;
      const run = verbs.slice(i, i + seq.length);
      const byForm = seq.every(([form], k) => run[k]!.base === form);
      const readingLength = seq.reduce((n, forms) => n + (forms[1]?.length ?? 0), 0);
      const byReading =
        !byForm &&
        readingLength >= 3 &&
        !(seq.length === 1 && COMMON_VERBS.has(toHiragana(run[0]!.base))) &&
        seq.every((forms, k) => !hasKanji(run[k]!.surface) && forms[1] === toHiragana(run[k]!.base));
      // Consecutive: nothing but particles and auxiliaries between them (持って帰る, 持ってく).
      const span = morphemes.indexOf(run.at(-1)!) - morphemes.indexOf(run[0]!);
      if ((byForm || byReading) && span <= 2 * seq.length) {
        out.push({
          start: run[0]!.start,
          end: run.at(-1)!.end,
          term: `lemma:${seq.map((f) => f[0]).join('+')}`,
          value,
          how: 'exact',
        });
      }
    }
  }
  return out;
}

/** Verbs of going somewhere: a place followed by で and one of them is the means, not the place of work. */
const MOVING = new Set(['行く', '来る', '帰る', '向かう', '通う', '出かける', '戻る', '移動', '出張']);

/** Nouns that only say where inside a place (電車の中で, 家の方で): skipped between a place and its particle. */
const WITHIN = new Set(['中', 'なか', '方', 'ほう', '車内']);

/**
 * A place noun (自宅, 電車, スマホ) followed by one of the case particles the lexicon names for it
 * (で, にて, から), or by の and a word for inside it (電車の中で): the action the place says,
 * whatever the particle, where the written phrases name only some (自宅で, 家で).
 */
function placeActions(ix: Indexes, morphemes: readonly Morpheme[]): Omit<Found, 'scope'>[] {
  const out: Omit<Found, 'scope'>[] = [];
  const noun = (m: Morpheme | undefined) => m !== undefined && (m.pos === '名詞' || m.pos === 'UNK');
  for (let i = 0; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    if (!noun(m)) continue;
    // The analyzer may cut a word it reads as two (スマ|ホ): the noun and the next one together.
    const two = noun(morphemes[i + 1]) ? ix.places.get(normalize(m.surface + morphemes[i + 1]!.surface)) : undefined;
    const place = two ?? ix.places.get(normalize(m.surface));
    if (!place) continue;
    let k = two ? i + 2 : i + 1;
    if (morphemes[k]?.surface === 'の' && WITHIN.has(normalize(morphemes[k + 1]?.surface ?? ''))) k += 2;
    const next = morphemes[k];
    if (next?.pos !== '助詞' || !place.particles.has(normalize(next.surface))) continue;
    // A vehicle one goes by (バスで行く) is how one travels, not where the work is done.
    if (next.surface === 'で' && MOVING.has(morphemes[k + 1]?.base ?? '')) continue;
    out.push({ start: m.start, end: next.end, term: `place:${m.surface}`, value: place.value, how: 'exact' });
  }
  return out;
}
