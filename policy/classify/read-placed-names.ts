import { escapeRegex } from '../escape-regex.js';
import { analyze } from '../understand/analyzer.js';
import type { NameRef } from './read-names.js';

/**
 * Names the analyzer's dictionary does not know, found by where a school writes them: foreign
 * names (katakana, romaji, Hangul with its reading), a kanji surname before さん, a name after a class.
 */
const KATAKANA_NAME = '[\\p{sc=Katakana}ー]{2,12}(?:[・=＝ ][\\p{sc=Katakana}ー]{1,12}){0,3}';
const ROMAJI_NAME = '(?:[A-Z][a-z]{1,14}|[A-Z]{2,15})(?: (?:[A-Z][a-z]{1,14}|[A-Z]{2,15})){1,3}';
const FOREIGN = `(${KATAKANA_NAME}|${ROMAJI_NAME})`;
/** Where a school writes a pupil's name: after the class (4年2組 / 4-2), after a name's label. */
const NAME_PLACE =
  '(?:[1-9]\\s?年\\s?[1-9]\\s?組|[1-9]年生|(?<![\\d-])[1-9]-[1-9](?![\\d-]))\\s*(?:の\\s*)?|(?:氏名|名前|児童名?|生徒名?|対象児童|対象生徒|本人)\\s*[:：]\\s*';
const AFTER_PLACE = new RegExp(`(?:${NAME_PLACE})${FOREIGN}(?=[\\s(（、。,，]|$)`, 'gu');
/**
 * A name with the class or the year after it, in brackets: グエン・ヴァン・アン（4年2組）, Maria Santos (4-2),
 * Tran Thi Lan（5年）：…, Li Xue（中3）、… (the year alone only before a colon, a comma or the end:
 * Open Day（5年）の案内 names nobody).
 */
const BEFORE_CLASS = new RegExp(
  `${FOREIGN}\\s?[(（](?:[1-9]\\s?(?:年\\s?[1-9]\\s?組|[-‐−ー－][1-9])|(?:[1-9]\\s?年生?|[小中高][1-9])[)）](?=\\s*(?:[:：、,]|$)))`,
  'gu',
);

/**
 * Names the dictionary does not know, in katakana or romaji (グエン・ヴァン・アン, Maria Santos),
 * where a school writes a pupil's name: after the class or a name's label, before the class in
 * brackets, or before a suffix (マリアさん). A single katakana word counts only if the dictionary
 * does not know it as a common noun (クラブ, リレー: 4年2組 クラブ活動 names nobody).
 */
export function placedNames(sentence: string, suffixes: string[]): NameRef[] {
  const out: NameRef[] = [];
  const add = (name: string, start: number) => {
    const end = start + name.length;
    const gap = sentence[end] === ' ' ? 1 : 0;
    const after = suffixes.find((x) => sentence.startsWith(x, end + gap)) ?? '';
    if (/^[\p{sc=Katakana}ー]+$/u.test(name) && !unknownWord(name)) return;
    out.push({ key: name.replace(/\s/g, ''), start, end, after });
  };
  for (const m of sentence.matchAll(AFTER_PLACE)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of sentence.matchAll(BEFORE_CLASS)) add(m[1]!, m.index);
  for (const m of suffixes.length ? sentence.matchAll(calledPattern(suffixes)) : []) {
    const before = sentence[m.index - 1] ?? '';
    if (!/[\p{sc=Katakana}A-Za-z]/u.test(before)) add(m[1]!, m.index);
  }
  // A name in Hangul with its reading or a suffix after it (김민준 (キム・ミンジュン), 김민준さん).
  for (const m of sentence.matchAll(HANGUL_NAME)) {
    const end = m.index + m[1]!.length;
    out.push({ key: m[1]!, start: m.index, end, after: suffixes.find((x) => sentence.startsWith(x, end)) ?? '' });
  }
  // A name in kanji after a class heading a line, set off by a colon (「3-1 出水 樹：父から…」).
  for (const m of sentence.matchAll(KANJI_AFTER_CLASS)) if (!commonPair(m[1]!)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  // A name in romaji with its reading, part by part (Lucas Silva（シルバ・ルーカス）).
  for (const m of sentence.matchAll(ROMAJI_READ)) {
    const parts = m[1]!.split(' ').length;
    if (m[2]!.split(/[・ ]/).length === parts) add(m[1]!, m.index);
  }
  // A given name in romaji, one word, before a kana suffix (Mariaさん, Lucasくん), as a teacher writes a
  // pupil from abroad in a letter to the family: the suffix says it is someone.
  for (const m of sentence.matchAll(ROMAJI_CALLED)) {
    const end = m.index + m[1]!.length;
    if (!out.some((n) => n.start <= m.index && end <= n.end)) out.push({ key: m[1]!, start: m.index, end, after: m[2]! });
  }
  for (const m of suffixes.length ? sentence.matchAll(kanjiCalledPattern(suffixes)) : [])
    if (unknownSurname(m[1]!)) out.push({ key: m[1]!, start: m.index, end: m.index + m[1]!.length, after: m[2]! });
  return out;
}

const ROMAJI_CALLED = /(?<![A-Za-z0-9.-])([A-Z][a-z]{1,14})(さん|くん|ちゃん)/gu;

const HANGUL_NAME =
  /(?<!\p{sc=Hangul})(\p{sc=Hangul}{2,4}(?: \p{sc=Hangul}{1,3})?)(?=\s?[(（][\p{sc=Katakana}ー・ ]{2,16}[)）]|さん|くん|ちゃん)/gu;

const ROMAJI_READ = new RegExp(
  `(?<![A-Za-z])(${ROMAJI_NAME})\\s?[(（]([\\p{sc=Katakana}ー]+(?:[・ ][\\p{sc=Katakana}ー]+){1,3})[)）]`,
  'gu',
);

const KANJI_AFTER_CLASS =
  /^[\s・●○\-*]*(?:[1-9]\s?年\s?[1-9]\s?組|[1-9]-[1-9])\s*(?:の\s*)?([\p{sc=Han}々]{1,4} [\p{sc=Han}々]{1,3})(?=\s?[:：(（])/gu;

/** Two common nouns apart (学級 目標), which no class heads as a name. */
function commonPair(words: string): boolean {
  return words.split(' ').every((part) => {
    const w = analyze(part);
    return w.length === 1 && w[0]!.pos1 === '一般' && part.length >= 2;
  });
}

/** A pattern made from a list of suffixes, compiled once per list. */
function perSuffixes(cache: Map<string, RegExp>, suffixes: string[], make: () => RegExp): RegExp {
  const key = suffixes.join('\n');
  let re = cache.get(key);
  if (!re) {
    re = make();
    cache.set(key, re);
  }
  return re;
}

const kanjiCalled = new Map<string, RegExp>();
/**
 * Two or three kanji of their own before a kana suffix (砂取さん, 出水くん): a surname the dictionary
 * does not know splits into words that make no noun (砂 / 取る) or reads as another word (出水).
 */
function kanjiCalledPattern(suffixes: string[]): RegExp {
  return perSuffixes(kanjiCalled, suffixes, () => {
    const kana = suffixes.filter((s) => /^\p{sc=Hiragana}+$/u.test(s)).map(escapeRegex);
    return kana.length ? new RegExp(`(?<![\\p{sc=Han}々])([\\p{sc=Han}々]{2,3})(${kana.join('|')})`, 'gu') : /(?!)/gu;
  });
}

/** Kanji the dictionary reads as no common noun nor a compound of nouns (保健室, 皆, 奥: not names). */
function unknownSurname(kanji: string): boolean {
  const words = analyze(kanji);
  if (words.length === 1) return !['一般', '代名詞', '接尾', '数', '副詞可能'].includes(words[0]!.pos1);
  return words.some((w) => w.pos !== '名詞');
}

const called = new Map<string, RegExp>();
/** A foreign name before one of the suffixes (マリアさん), compiled once per list of suffixes. */
function calledPattern(suffixes: string[]): RegExp {
  return perSuffixes(called, suffixes, () => new RegExp(`${FOREIGN}(?= ?(?:${suffixes.map(escapeRegex).join('|')}))`, 'gu'));
}

/** A katakana word the dictionary knows only as a name or not at all (マリア, サントス), not as a word (クラブ). */
function unknownWord(word: string): boolean {
  const words = analyze(word);
  return words.length > 0 && words.every((w) => w.pos === 'UNK' || w.pos1 === '固有名詞');
}
