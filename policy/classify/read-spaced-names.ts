import { analyze } from '../understand/analyzer.js';
import { isPersonName, type NameRef } from './read-names.js';

/**
 * A surname and a given name set apart by a space (林 心春, 金 志勲), written straight after a
 * verb or a word (「お休みしている林 心春さんは」): joined to what stands before it, the analyzer reads
 * the surname as part of another word (林 / 心 as a suffix / 春). The space is where a school marks
 * a name's parts: the kanji before it, read on their own, are a surname, and the pair is a name.
 */
const SPACED_PAIR =
  /(?<![\p{sc=Han}々])([\p{sc=Han}々]{1,2})[ 　]([\p{sc=Han}々]{1,3}|[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,4})(?=[\s(（、。,，:：]|$|[\p{sc=Hiragana}])/gu;

export function spacedNames(sentence: string, suffixes: string[]): NameRef[] {
  const out: NameRef[] = [];
  // A heading spaced letter by letter (「熊 本 市 立 …」) has no name in it.
  if (sentence.split(/\s+/).filter((w) => w.length === 1).length >= 4) return out;
  for (const m of sentence.matchAll(SPACED_PAIR)) {
    const [all, surname, given] = m as unknown as [string, string, string];
    const end = m.index + all.length;
    // Kana after the given name must be a suffix (林 心春さん), not the rest of a word (森 へいく).
    const after = suffixes.find((s) => sentence.startsWith(s, end)) ?? '';
    if (/^\p{sc=Hiragana}/u.test(sentence[end] ?? '') && !after) continue;
    const words = analyze(surname);
    if (words.length !== 1 || words[0]!.pos2 !== '人名' || words[0]!.pos3 !== '姓') continue;
    if (!isPersonName(`${surname} ${given}`)) continue;
    out.push({ key: surname + given, start: m.index, end, after });
  }
  return out;
}
