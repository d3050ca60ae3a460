/**
 * Each catalog item's profile, built once per pack: its names, its synonyms, what
 * descriptions.yaml says it is and the words the file classifier looks for in it (its signals),
 * with how rare each word (its inverse document frequency) and each kanji is among the profiles.
 */
import type { Pack } from '../compile-pack.js';
import type { Language } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import { analyze } from './analyzer.js';
import { KANJI_COMPOUND } from './describe-phrases.js';
import { termsEn, termsJa } from './describe-terms.js';
import { type People, peopleSaid } from './people-said.js';

export interface Profile {
  item: CatalogItem;
  terms: Set<string>;
  /** The kanji of its Sino-Japanese compounds (出勤, 休暇, 押印): what a native word's kanji meets. */
  kanji: Set<string>;
  /** The words of its names and synonyms alone (生年月日, 性別): what names it. */
  names: Set<string>;
  /** Its names of two words or more, word by word (入試の問題 → 入試, 問題). */
  phrases: string[][];
  /** Whose record it is, when its names and description say only pupils or only staff (people-said.ts). */
  people: People | null;
}

export interface ProfileIndex {
  profiles: Record<Language, Profile[]>;
  idf: Record<Language, Map<string, number>>;
  /** How rare each kanji is among the profiles' compounds (Japanese). */
  kanjiIdf: Map<string, number>;
}

/** The kanji of a profile's compounds (出勤, 休暇簿): what they are made of. */
function kanjiOf(terms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of terms) if (KANJI_COMPOUND.test(t)) for (const c of t) out.add(c);
  return out;
}

const cache = new WeakMap<Pack, ProfileIndex>();

/** The pack's profiles, built at the first question. */
export function profilesFor(pack: Pack): ProfileIndex {
  let index = cache.get(pack);
  if (!index) {
    index = build(pack);
    cache.set(pack, index);
  }
  return index;
}

function build(pack: Pack): ProfileIndex {
  const profiles: ProfileIndex['profiles'] = { ja: [], en: [] };
  for (const item of pack.items.values()) {
    const described = pack.descriptions.get(item.id);
    const signals = (item.signals ?? []).flatMap((s) => [...s.headers, ...s.words]);
    // What the item is said to be (its names and description), before the words its files show.
    const said = [item.name.ja, ...item.synonyms.ja, ...(described?.ja ?? [])];
    const ja = [...said, ...signals];
    const en = [item.name.en, ...item.synonyms.en, ...(described?.en ?? [])];
    const jaTerms = new Set(ja.flatMap(termsJa));
    const nameTerms = [item.name.ja, ...item.synonyms.ja].map(termsJa);
    const names = new Set(nameTerms.flat());
    const phrases = nameTerms.filter((t) => t.length >= 2);
    const people = peopleSaid(analyze(said.join('。')));
    profiles.ja.push({ item, terms: jaTerms, kanji: kanjiOf(jaTerms), names, phrases, people });
    profiles.en.push({
      item,
      terms: new Set(en.flatMap(termsEn)),
      kanji: new Set(),
      names: new Set(),
      phrases: [],
      people: null,
    });
  }
  const kanjiIdf = inverseFrequency(profiles.ja.map((p) => p.kanji));
  const idf = {
    ja: inverseFrequency(profiles.ja.map((p) => p.terms)),
    en: inverseFrequency(profiles.en.map((p) => p.terms)),
  };
  return { profiles, idf, kanjiIdf };
}

/** log(n / how many of the n sets hold the word), for every word of the sets. */
export function inverseFrequency(sets: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, d]) => [t, Math.log(sets.length / d)]));
}
