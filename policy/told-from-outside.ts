/** Whether a report of an incident says that someone outside the school told of it. */
import type { Pack } from './compile-pack.js';
import type { Language } from './contract.js';
import { escapeRegex } from './escape-regex.js';
import { normalize } from './understand/normalize.js';

/**
 * The teacher was told of it by someone outside the school: one of `from_outside.who`, then から
 * or より and a word of telling in the same sentence (「保護者の方から…と電話がありました」), or in
 * English the teller and the telling within a sentence ("A parent called to say …").
 */
export function toldFromOutside(pack: Pack, text: string, language: Language): boolean {
  const pattern = outsidePatterns(pack)?.[language];
  return pattern?.test(normalize(text)) ?? false;
}

const outside = new WeakMap<Pack, Record<Language, RegExp> | null>();
function outsidePatterns(pack: Pack): Record<Language, RegExp> | null {
  if (outside.has(pack)) return outside.get(pack)!;
  const from = pack.incidents.from_outside;
  const any = (words: string[]) => words.map((w) => escapeRegex(normalize(w))).join('|');
  const patterns = from && {
    en: new RegExp(`\\b(?:${any(from.who.en)})\\b[^.?!]{0,60}?\\b(?:${any(from.told.en)})`),
    ja: new RegExp(`(?:${any(from.who.ja)})[^。！？!?、から]{0,6}(?:から|より)[^。！？!?]{0,60}?(?:${any(from.told.ja)})`),
  };
  outside.set(pack, patterns ?? null);
  return patterns ?? null;
}
