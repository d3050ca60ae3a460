import type { Pack } from '../compile-pack.js';
import { CLASS_RANK, type Language } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import { analyze, type Morpheme } from './analyzer.js';
import { loneKanjiNames, modifiedNouns, saysApart, spelledCompounds } from './describe-phrases.js';
import { stem } from './english.js';
import { normalize, normalizeKeepKatakana } from './normalize.js';

/**
 * A document described, not named (「教室の誰がどこに座っているかを書いた図」, "the sheet with each
 * kid's allergies"): the catalog item whose profile shares the most telling words with the question.
 *
 * An item's profile is its names, its synonyms, what descriptions.yaml says it is and the words
 * the file classifier looks for in it (its signals). Japanese is compared by the analyzer's
 * dictionary forms (座っている and 座る are one word), English by stems. A word counts by how rare
 * it is among the profiles (its inverse document frequency): 座る tells more than 子ども.
 */
interface Profile {
  item: CatalogItem;
  terms: Set<string>;
  /** The kanji of its Sino-Japanese compounds (出勤, 休暇, 押印): what a native word's kanji meets. */
  kanji: Set<string>;
  /** The words of its names and synonyms alone (生年月日, 性別): what names it. */
  names: Set<string>;
  /** Its names of two words or more, word by word (入試の問題 → 入試, 問題). */
  phrases: string[][];
}

interface Index {
  profiles: Record<Language, Profile[]>;
  idf: Record<Language, Map<string, number>>;
  /** How rare each kanji is among the profiles' compounds (Japanese). */
  kanjiIdf: Map<string, number>;
}

/** Words that say nothing about which document it is, whatever their frequency. */
const STOP_JA = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  'れる',
  'られる',
  'できる',
  'いう',
  'こと',
  'もの',
  'ため',
  'よう',
  'とき',
  'ところ',
  'いい',
  'よい',
  '良い',
  '大丈夫',
  'ない',
  'ほしい',
  '思う',
  'おく',
  'しまう',
  'くる',
  'いく',
  'みる',
  'もらう',
  'あげる',
  'くれる',
  'やる',
  'ちゃう',
  'てる',
  'です',
  'ます',
  'さん',
  '先生',
  '学校',
]);
const STOP_EN = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'for',
  'with',
  'at',
  'by',
  'from',
  'is',
  'are',
  'be',
  'it',
  'its',
  'this',
  'that',
  'i',
  'my',
  'we',
  'our',
  'can',
  'may',
  'ok',
  'okay',
  'do',
  'doe',
  'did',
  'have',
  'ha',
  'has',
  'what',
  'which',
  'who',
  'their',
  'them',
  'they',
  'there',
  'school',
  'teacher',
  'if',
  'so',
  'just',
  'all',
  'each',
  'every',
  'about',
  'into',
  'will',
  'would',
  'should',
  'could',
  'not',
  'no',
  'as',
  'up',
  'out',
]);

/** Suffixes that say nothing of a document (保護者, 2年目, 外出先); 簿, 表, 票 do. */
const GENERIC_SUFFIXES = new Set([
  '者',
  '的',
  '等',
  '性',
  '化',
  'さん',
  '君',
  'くん',
  'ちゃん',
  '様',
  'さま',
  '目',
  '年',
  '先',
  '中',
  '用',
  '達',
  'たち',
  '方',
  '分',
  '後',
  '前',
  '側',
  '内',
  '外',
  '毎',
  'ごと',
  '頃',
  'ごろ',
  '際',
  '上',
  '時',
]);

/** A noun that is not a placeholder (の, こと, それ), a number or a generic suffix; a verb or an adjective that stands alone. */
function isContent(m: Morpheme): boolean {
  if (m.pos === '名詞') {
    if (m.pos1 === '接尾') return !GENERIC_SUFFIXES.has(m.surface);
    return !['非自立', '代名詞', '数'].includes(m.pos1);
  }
  return (m.pos === '動詞' || m.pos === '形容詞') && m.pos1 === '自立';
}

/**
 * A wish said by the auxiliary たい (行きたい, 就きたい) is what 希望 names: 「どこの高校に行きたいか」
 * describes a 進路希望調査. The wish is read from the grammar, not from the verb.
 */
const WISH = '希望';

/**
 * たい as a wish a document holds: embedded in a question (行きたいか) or before a noun (行きたい高校).
 * The asker's own wish (メールで送りたい, 見てもらいたいです) ends a clause and describes nothing.
 */
function isReportedWish(morphemes: readonly Morpheme[], i: number): boolean {
  const m = morphemes[i]!;
  if (m.pos !== '助動詞' || m.base !== 'たい') return false;
  const next = morphemes[i + 1];
  return next !== undefined && next.start === m.end && ((next.pos === '助詞' && next.surface === 'か') || next.pos === '名詞');
}

export function termsJa(text: string): string[] {
  return termsOf(analyze(normalizeKeepKatakana(text)));
}

/** The content words of analyzed text, by dictionary form (see termsJa). */
export function termsOf(morphemes: readonly Morpheme[]): string[] {
  const out: string[] = [];
  for (const [i, m] of morphemes.entries()) {
    if (isReportedWish(morphemes, i)) out.push(WISH);
    const term = termOf(m);
    if (term !== null) out.push(term);
  }
  return out;
}

/** A morpheme's content word by its dictionary form, or null (a particle, a number, 先生). */
function termOf(m: Morpheme): string | null {
  if (!isContent(m)) return null;
  const term = normalize(m.base && m.base !== '*' ? m.base : m.surface);
  // A lone kana is a particle the analyzer took for a noun; a lone kanji (席, 図) is a word.
  if (term.length === 0 || (term.length === 1 && !/[\u3400-\u9fff]/.test(term)) || STOP_JA.has(term)) return null;
  return term;
}

export function termsEn(text: string): string[] {
  return [...normalize(text).matchAll(/[a-z][a-z'-]+/g)].map((m) => stem(m[0])).filter((w) => w.length > 1 && !STOP_EN.has(w));
}

const KANJI = /[\u3400-\u9fff]/;
/** A compound written in kanji only (出勤, 休暇簿): its kanji are what it is made of. */
const COMPOUND = /^[\u3400-\u9fff]{2,}$/;
/** A native word: one kanji and its okurigana (休み, 押す, 解く, 座る). */
const NATIVE = /^([\u3400-\u9fff])[\u3041-\u309f]+$/;

/** The kanji of a profile's compounds. */
function kanjiOf(terms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of terms) if (COMPOUND.test(t)) for (const c of t) if (KANJI.test(c)) out.add(c);
  return out;
}

/**
 * A native word meets a compound written with its kanji at this fraction of the kanji's weight:
 * 休み is what 休暇 is about and 押す what 押印 does, but a kanji is vaguer than a word.
 */
const NATIVE_WEIGHT = 0.5;
/**
 * A kanji in more than about one profile in eight (入 of 入学・記入・収入, 出, 書) is too common
 * to tell a document by: only a rarer one (休, 押, 座) bridges.
 */
const NATIVE_MIN_IDF = 2;

const cache = new WeakMap<Pack, Index>();

function build(pack: Pack): Index {
  const profiles: Index['profiles'] = { ja: [], en: [] };
  for (const item of pack.items.values()) {
    const described = pack.descriptions.get(item.id);
    const signals = (item.signals ?? []).flatMap((s) => [...s.headers, ...s.words]);
    const ja = [item.name.ja, ...item.synonyms.ja, ...(described?.ja ?? []), ...signals];
    const en = [item.name.en, ...item.synonyms.en, ...(described?.en ?? [])];
    const jaTerms = new Set(ja.flatMap(termsJa));
    const nameTerms = [item.name.ja, ...item.synonyms.ja].map(termsJa);
    const names = new Set(nameTerms.flat());
    const phrases = nameTerms.filter((t) => t.length >= 2);
    profiles.ja.push({ item, terms: jaTerms, kanji: kanjiOf(jaTerms), names, phrases });
    profiles.en.push({ item, terms: new Set(en.flatMap(termsEn)), kanji: new Set(), names: new Set(), phrases: [] });
  }
  const kanjiIdf = inverseFrequency(profiles.ja.map((p) => p.kanji));
  const idf = {
    ja: inverseFrequency(profiles.ja.map((p) => p.terms)),
    en: inverseFrequency(profiles.en.map((p) => p.terms)),
  };
  return { profiles, idf, kanjiIdf };
}

/** log(n / how many of the n sets hold the word), for every word of the sets. */
function inverseFrequency(sets: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, d]) => [t, Math.log(sets.length / d)]));
}

/**
 * The native words of the question no profile holds as words but this one holds as kanji of its
 * compounds (休み ~ 休暇, 押す ~ 押印), each kanji once, with what they are worth.
 */
function nativeShared(
  terms: Iterable<string>,
  profile: Profile,
  idf: Map<string, number>,
  kanjiIdf: Map<string, number>,
): { shared: string[]; score: number } {
  const seen = new Set<string>();
  const shared: string[] = [];
  let score = 0;
  for (const t of terms) {
    const c = NATIVE.exec(t)?.[1];
    // A word some profile holds (子ども, 書く) speaks for itself, not through its kanji.
    if (!c || idf.has(t) || seen.has(c) || !profile.kanji.has(c)) continue;
    const weight = kanjiIdf.get(c) ?? 0;
    if (weight < NATIVE_MIN_IDF) continue;
    seen.add(c);
    shared.push(`${t}~${c}`);
    score += NATIVE_WEIGHT * weight;
  }
  return { shared, score };
}

export interface DescribedMatch {
  item: CatalogItem;
  score: number;
  /** The question's words the item's profile shares. */
  shared: string[];
  /** What the question spells out in plain words that names the item (生まれた日 ~ 生年月日). */
  names: string[];
}

/**
 * The items a question describes, best first: every item whose profile shares words worth at
 * least `min` with the question. Near the best (within `near` of its score), the higher class
 * comes first: between two readings of a description, the stricter is the safer answer.
 */
export function describedItems(
  pack: Pack,
  /** The text, or (Japanese) the question's morphemes already analyzed. */
  question: string | readonly Morpheme[],
  language: Language,
  options: { min: number; near: number } = DESCRIBE,
): DescribedMatch[] {
  let index = cache.get(pack);
  if (!index) {
    index = build(pack);
    cache.set(pack, index);
  }
  const morphemes = typeof question !== 'string' ? question : language === 'ja' ? analyze(normalizeKeepKatakana(question)) : null;
  const terms = new Set(morphemes ? termsOf(morphemes) : termsEn(question as string));
  const pairs = morphemes ? modifiedNouns(morphemes) : [];
  const positioned = morphemes?.map(termOf) ?? [];
  const idf = index.idf[language];
  const matches = index.profiles[language]
    .map((profile) => {
      const shared = [...terms].filter((t) => profile.terms.has(t));
      const native = language === 'ja' ? nativeShared(terms, profile, idf, index.kanjiIdf) : { shared: [], score: 0 };
      const spelled = spelledCompounds(pairs, profile.terms, terms);
      const score = [...shared, ...spelled].reduce((sum, t) => sum + (idf.get(t) ?? 0), 0) + native.score;
      const item = profile.item;
      const apart = morphemes ? profile.phrases.filter((p) => saysApart(morphemes, positioned, p)).map((p) => p.join('…')) : [];
      const names = [
        ...spelled.filter((t) => profile.names.has(t)),
        ...apart,
        ...loneKanjiNames(terms, profile.names, (t) => !idf.has(t) && (index.kanjiIdf.get(t) ?? 0) >= NATIVE_MIN_IDF),
      ];
      return { item, shared: [...shared, ...native.shared, ...spelled.map((t) => `~${t}`)], score, names };
    })
    .filter((m) => m.score >= options.min)
    .sort((a, b) => b.score - a.score);
  const best = matches[0]?.score ?? 0;
  return matches.sort((a, b) => {
    const aNear = a.score >= best * options.near;
    const bNear = b.score >= best * options.near;
    if (aNear !== bNear) return aNear ? -1 : 1;
    return (aNear ? CLASS_RANK[b.item.class] - CLASS_RANK[a.item.class] : 0) || b.score - a.score;
  });
}

/**
 * How much a description must share (`min`, about two telling words), how close to the best a
 * stricter reading must come (`near`), how much it must share without a word for a document
 * (`alone`), and beside a document the question names (`beside`: a second document described,
 * stricter than the first; `contained`: what the question says is inside it, described alone). Chosen on the development sets (eval/ask/blind-1a, 1b, 2): results
 * change little between 4 and 6 for `min`, 0.7 and 1 for `near`, 10 and 15 for `beside`.
 */
export const DESCRIBE = { min: 5, near: 0.85, alone: 8, beside: 12, contained: 5 };
