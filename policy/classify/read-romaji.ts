import { toHiragana, toRomaji } from 'wanakana';
import type { Pack } from '../compile-pack.js';
import { readingOf } from '../understand/analyzer.js';
import type { Place } from './match-titles.js';

/**
 * File names typed in romaji (shoken.txt, hyotei (1).xlsx, seiseki_3-2.xlsx): a word of the name
 * read as the catalog's words are read, so 「hyotei」 names 評定 as 「評定.xlsx」 would. Both sides are
 * folded to one spelling (Hepburn, long vowels short: せいせき, seiseki; しょけん, syoken → shoken), and a
 * reading two words share (a homophone) names neither.
 */
/** The fewest kana a word of a file name must spell to be read as romaji. */
const MIN_KANA = 3;

export function romajiPlaces(pack: Pack, name: string): Place[] {
  // Only words that spell kana through and through (shoken, meibo; not bomb, export) and of three
  // kana or more (not huge, size): the index needs the analyzer's dictionary, which a worker reading
  // files named in English need not load.
  const words = name
    .replace(/\.[^.]+$/, '')
    .match(/[A-Za-z]{4,}/g)
    ?.filter((word) => {
      const kana = toHiragana(word.toLowerCase());
      return !/[a-z]/i.test(kana) && kana.length >= MIN_KANA;
    });
  if (!words?.length) return [];
  const index = readingIndex(pack);
  const out: Place[] = [];
  for (const word of words) {
    const term = index.get(foldRomaji(word.toLowerCase()));
    if (term) out.push({ where: `ファイル名（ローマ字「${word}」）`, text: term, strong: true });
  }
  return out;
}

const INDEXES = new WeakMap<Pack, Map<string, string>>();

/** The catalog's Japanese words with kanji, by their folded romaji reading; homophones dropped. */
function readingIndex(pack: Pack): Map<string, string> {
  let index = INDEXES.get(pack);
  if (index) return index;
  const found = new Map<string, Set<string>>();
  const terms = [...pack.items.values()].flatMap((item) => [...item.synonyms.ja, item.name.ja]);
  for (const vague of pack.vague) terms.push(...vague.words.ja);
  for (const term of terms) {
    if (!/\p{sc=Han}/u.test(term)) continue;
    const key = foldRomaji(kanaToRomaji(readingOf(term)));
    // Short keys (けん, がく) are parts of too many words typed in romaji.
    if (key.length < 4 || /[^a-z]/.test(key)) continue;
    const set = found.get(key) ?? new Set();
    set.add(term);
    found.set(key, set);
  }
  index = new Map();
  for (const [key, set] of found) if (set.size === 1) index.set(key, [...set][0]!);
  INDEXES.set(pack, index);
  return index;
}

/**
 * Hiragana in Hepburn romaji (めいぼ → meibo, がっこう → gakkou), by wanakana; a long-vowel mark
 * (ー) is dropped, as the folding below drops long vowels anyway.
 */
export function kanaToRomaji(kana: string): string {
  return toRomaji(kana).replace(/-/g, '');
}

/** One spelling for romaji typed either way: Kunrei as Hepburn (si → shi), long vowels short (ou, oo, uu, oh → o, u). */
export function foldRomaji(romaji: string): string {
  return romaji
    .replace(/sy/g, 'sh')
    .replace(/ty/g, 'ch')
    .replace(/[zj]y/g, 'j')
    .replace(/si/g, 'shi')
    .replace(/ti/g, 'chi')
    .replace(/tu/g, 'tsu')
    .replace(/(?<![sc])hu/g, 'fu')
    .replace(/zi/g, 'ji')
    .replace(/([ou])[uoh](?![aiueo])/g, '$1')
    .replace(/m(?=[bmp])/g, 'n');
}
