import type { Pack } from '../compile-pack.js';
import { readingOf } from '../understand/analyzer.js';
import type { Place } from './match-titles.js';

/**
 * File names typed in romaji (shoken.txt, hyotei (1).xlsx, seiseki_3-2.xlsx): a word of the name
 * read as the catalog's words are read, so 「hyotei」 names 評定 as 「評定.xlsx」 would. Both sides are
 * folded to one spelling (Hepburn, long vowels short: せいせき, seiseki; しょけん, syoken → shoken), and a
 * reading two words share (a homophone) names neither.
 */
export function romajiPlaces(pack: Pack, name: string): Place[] {
  const words = name.replace(/\.[^.]+$/, '').match(/[A-Za-z]{4,}/g);
  if (!words) return [];
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

const KANA: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
};
const SMALL: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Hiragana in Hepburn romaji (めいぼ → meibo, がっこう → gakkou); anything else is kept. */
export function kanaToRomaji(kana: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i++) {
    const ch = kana[i]!;
    if (ch === 'っ') {
      double = true;
      continue;
    }
    let syllable = KANA[ch] ?? (ch === 'ー' ? (out.match(/[aiueo]$/)?.[0] ?? '') : ch);
    const small = SMALL[kana[i + 1] ?? ''];
    if (small && /i$/.test(syllable) && syllable.length > 1) {
      syllable = /^(?:shi|chi|ji)$/.test(syllable) ? syllable.slice(0, -1) + small : `${syllable.slice(0, -1)}y${small}`;
      i++;
    }
    if (double) syllable = (syllable.startsWith('ch') ? 't' : syllable[0]) + syllable;
    double = false;
    out += syllable;
  }
  return out;
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
