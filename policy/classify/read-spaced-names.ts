import { analyze, type Morpheme } from '../understand/analyzer.js';
import { isPersonName, type NameRef } from './read-names.js';

/**
 * A surname and a given name set apart by a space (林 心春, 金 志勲), written straight after a
 * verb or a word (「お休みしている林 心春さんは」): joined to what stands before it, the analyzer reads
 * the surname as part of another word (林 / 心 as a suffix / 春). The space is where a school marks
 * a name's parts: the kanji before it, read on their own, are a surname, and the pair is a name.
 */
const SPACED_PAIR =
  /(?<![\p{sc=Han}々\d])([\p{sc=Han}々]{1,2})[ 　]([\p{sc=Han}々]{1,3}|[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,4})(?=[\s(（、。,，:：]|$|[\p{sc=Hiragana}])/gu;

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
    const known = words.length === 1 && words[0]!.pos2 === '人名' && words[0]!.pos3 === '姓';
    const afterClass = CLASS_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index));
    if (
      known
        ? !isPersonName(`${surname} ${given}`)
        : !(namePlace(sentence, m.index, after) && nameShaped(words, given, afterClass || KANA_SUFFIX.test(after)))
    )
      continue;
    out.push({ key: surname + given, start: m.index, end, after });
  }
  return out;
}

/** A pupil's suffix in kana (さん, くん, ちゃん): after a surname and a given name apart, it says a pupil is named. */
const KANA_SUFFIX = /^\p{sc=Hiragana}+$/u;
/** A class just before (3年6組 , 2-1 ): a pupil's name follows, whatever its surname. */
const CLASS_BEFORE = /(?:[1-9]\s?年\s?[1-9]\s?組|(?<![\d-])[1-9]-[1-9])\s*(?:の\s*)?$/u;
/** Where a school writes a name: after a class (2年1組 , 2-1 ) or a field's label (対象：), or before さん. */
const PLACE_BEFORE = /(?:[1-9]\s?年\s?[1-9]\s?組|(?<![\d-])[1-9]-[1-9]|[:：])\s*(?:の\s*)?$/u;

function namePlace(sentence: string, start: number, after: string): boolean {
  return after !== '' || PLACE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start));
}

/** Plain nouns, none an act (集会, 面談: サ変接続), a suffix (予定表's 表) or a number. */
const plainNouns = (words: readonly Morpheme[]) =>
  words.length > 0 && words.every((w) => w.pos === '名詞' && (w.pos1 === '一般' || w.pos1 === '固有名詞'));

/**
 * A surname the dictionary files as a common word (荒木) and a given name it does not know
 * (心春 → 心 / 春), in a name's place: the surname plain nouns, the given name kana, a name word of the
 * dictionary, one kanji, or kanji it reads as several plain words (a word of its own, 日誌 or 名簿, is none).
 */
function nameShaped(surname: readonly Morpheme[], given: string, placed = false): boolean {
  // One kanji the dictionary does not know as a surname is a counter or a word (「生年月日：　年　月」),
  // unless it follows a class, or a kana suffix ends the name, and two kanji or more follow it (「3年6組 東 心春」,
  // 「東 陽斗さんのこと」: 東, 南, 星 and 島 are surnames the dictionary files as common words).
  const short = surname.map((w) => w.surface).join('').length < 2;
  if ((short && !(placed && /^[\p{sc=Han}々]{2,3}$/u.test(given))) || !plainNouns(surname)) return false;
  if (!/\p{sc=Han}/u.test(given)) return true;
  const words = analyze(given);
  if (!plainNouns(words)) return false;
  return words.some((w) => w.pos2 === '人名') || words.length >= 2 || given.length === 1;
}
