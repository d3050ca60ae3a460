/**
 * A document described, not named (「教室の誰がどこに座っているかを書いた図」, "the sheet with each
 * kid's allergies"): the catalog item whose profile (describe-profiles.ts) shares the most telling
 * words with the question. A word counts by how rare it is among the profiles (its inverse
 * document frequency): 座る tells more than 子ども.
 */
import type { Pack } from '../compile-pack.js';
import { CLASS_RANK, type Language } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import { analyze, type Morpheme } from './analyzer.js';
import { loneKanjiNames, modifiedNouns, saysApart, saysJoined, spelledCompounds } from './describe-phrases.js';
import { type Profile, profilesFor } from './describe-profiles.js';
import { termOf, termsEn, termsOf } from './describe-terms.js';
import { normalizeKeepKatakana } from './normalize.js';
import { peopleSaid } from './people-said.js';

/** A native word: one kanji and its okurigana (休み, 押す, 解く, 座る). */
const NATIVE = /^([\u3400-\u9fff])[\u3041-\u309f]+$/;

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
/** What a profile of pupils' records keeps of its score for a question that says only staff, and the reverse. */
const OTHER_PEOPLE = 0.7;

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
  const index = profilesFor(pack);
  const morphemes = typeof question !== 'string' ? question : language === 'ja' ? analyze(normalizeKeepKatakana(question)) : null;
  const terms = new Set(morphemes ? termsOf(morphemes) : termsEn(question as string));
  const pairs = morphemes ? modifiedNouns(morphemes) : [];
  const positioned = morphemes?.map(termOf) ?? [];
  const idf = index.idf[language];
  const people = morphemes ? peopleSaid(morphemes) : null;
  const matches = index.profiles[language]
    .map((profile) => {
      const shared = [...terms].filter((t) => profile.terms.has(t));
      const native = language === 'ja' ? nativeShared(terms, profile, idf, index.kanjiIdf) : { shared: [], score: 0 };
      const spelled = spelledCompounds(pairs, profile.terms, terms);
      const said = [...shared, ...spelled].reduce((sum, t) => sum + (idf.get(t) ?? 0), 0) + native.score;
      // A record of the other people than the question says (先生たちの係の一覧 is no pupils' list).
      const score = people && profile.people && profile.people !== people ? said * OTHER_PEOPLE : said;
      const item = profile.item;
      const apart = morphemes ? profile.phrases.filter((p) => saysApart(morphemes, positioned, p)).map((p) => p.join('…')) : [];
      const joined = morphemes
        ? profile.phrases.filter((p) => saysJoined(morphemes, positioned, p)).map((p) => p.join('の'))
        : [];
      const names = [
        ...spelled.filter((t) => profile.names.has(t)),
        ...apart,
        ...joined,
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
export const DESCRIBE = { min: 5, near: 0.85, alone: 8, beside: 12, contained: 5, held: 4 };
