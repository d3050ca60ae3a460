import { dictionaryForm, type Morpheme } from './analyzer.js';
import { normalize } from './normalize.js';

/**
 * A field said in plain words (生まれた日, 住んでいる所, 電話の番号) where a document's profile has
 * the compound a form would print (生年月日, 住所, 電話番号): a word and the noun it modifies whose
 * kanji are all kanji of one compound of the profile. Two kanji of one compound, said together,
 * say what it is; one kanji alone (describe.ts `nativeShared`) says much less.
 */

const KANJI = /[\u3400-\u9fff]/g;
/** A compound written in kanji only (生年月日, 住所): what a pair of words may spell out, what a profile's kanji come from. */
export const KANJI_COMPOUND = /^[\u3400-\u9fff]{2,}$/;

/** The kanji a word is written with (生まれる → 生, 電話 → 電・話), by its dictionary form. */
function kanjiOf(m: Morpheme): string[] {
  return [...new Set(normalize(dictionaryForm(m)).match(KANJI) ?? [])];
}

/** A word that may modify a noun: a verb, an adjective or a noun written with kanji. */
function isModifier(m: Morpheme): boolean {
  if (m.pos === '名詞') return !['代名詞', '数'].includes(m.pos1);
  return (m.pos === '動詞' || m.pos === '形容詞') && m.pos1 === '自立';
}

/**
 * What may come between a word and the noun it modifies: an auxiliary (た, だ), the particle の,
 * the て of a progressive and its いる/ある (住んでいる所, 書いてある欄).
 */
function isLink(m: Morpheme): boolean {
  if (m.pos === '助動詞') return true;
  if (m.pos === '助詞') return m.surface === 'の' || (m.pos1 === '接続助詞' && (m.surface === 'て' || m.surface === 'で'));
  return m.pos === '動詞' && m.pos1 === '非自立';
}

/** The kanji of each word with the noun it modifies right after it (生まれた日 → 生・日). */
export function modifiedNouns(morphemes: readonly Morpheme[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < morphemes.length; i++) {
    const word = morphemes[i]!;
    if (!isModifier(word)) continue;
    let j = i + 1;
    while (j < morphemes.length && isLink(morphemes[j]!) && morphemes[j]!.start === morphemes[j - 1]!.end) j++;
    const noun = morphemes[j];
    if (noun?.pos !== '名詞' || noun.start !== morphemes[j - 1]!.end) continue;
    // Each word gives kanji of its own: 学校のクラウド spells nothing.
    const own = kanjiOf(word);
    const head = kanjiOf(noun);
    const kanji = [...new Set([...own, ...head])];
    if (own.length > 0 && head.length > 0 && kanji.length >= 2) out.push(kanji);
  }
  return out;
}

/**
 * The compounds of a profile (its terms) that the question's pairs spell out, but which the
 * question does not say itself, each once: 生まれた日 ~ 生年月日.
 */
export function spelledCompounds(pairs: readonly string[][], terms: ReadonlySet<string>, said: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    if (!KANJI_COMPOUND.test(term) || said.has(term)) continue;
    if (pairs.some((kanji) => kanji.every((c) => term.includes(c)))) out.add(term);
  }
  return [...out];
}

/** What ends the noun phrase a clause modifies: a comma, a sentence's end, a quotation's. */
const CLAUSE_END = /^[、,。.!！?？「」『』()（）\n]+$/;

/**
 * A name of two or more words (入試の問題, 教職員の住所) said with a clause between them, its last
 * word the noun the clause modifies (「入試で出す予定の問題」): the words in order within one
 * phrase, the head last. `terms` gives the content word of each morpheme, or null.
 */
export function saysApart(morphemes: readonly Morpheme[], terms: readonly (string | null)[], name: readonly string[]): boolean {
  const head = name.at(-1)!;
  for (let k = morphemes.length - 1; k >= 0; k--) {
    // The head is a noun, not a verb's stem (連絡して).
    if (terms[k] !== head || morphemes[k]!.pos !== '名詞' || morphemes[k + 1]?.base === 'する') continue;
    let want = name.length - 2;
    let verb = false;
    for (let i = k - 1; i >= 0 && want >= 0 && !CLAUSE_END.test(morphemes[i]!.surface); i--) {
      if (terms[i] === name[want]) want--;
      else if (morphemes[i]!.pos === '動詞' && morphemes[i]!.pos1 === '自立') verb = true;
    }
    // Apart means a clause between them: a verb (入試で「出す」予定の問題), not 個人情報 or 保護者に連絡.
    if (want < 0 && verb) return true;
  }
  return false;
}

/**
 * A name of two or more words (家庭状況, 来室記録) said with の between its words (「家庭の状況」):
 * the words in order, each but the first right after a の that follows the one before, the head
 * a noun. The catalog's compound, spelled as a teacher says it, names the item as the word would.
 */
export function saysJoined(morphemes: readonly Morpheme[], terms: readonly (string | null)[], name: readonly string[]): boolean {
  if (name.length < 2) return false;
  for (let k = 0; k + (name.length - 1) * 2 < morphemes.length; k++) {
    let ok = terms[k] === name[0];
    for (let w = 1; ok && w < name.length; w++) {
      const no = morphemes[k + w * 2 - 1]!;
      ok = no.surface === 'の' && no.pos === '助詞' && terms[k + w * 2] === name[w];
    }
    const head = morphemes[k + (name.length - 1) * 2];
    if (ok && head?.pos === '名詞' && morphemes[k + (name.length - 1) * 2 + 1]?.base !== 'する') return true;
  }
  return false;
}

/**
 * The words of one kanji (絵) that are a kanji of one of the item's names (絵画): the everyday word
 * for what the name says formally. `telling` keeps those no profile holds as words and rare enough
 * to tell (not 表 of every 一覧表).
 */
export function loneKanjiNames(
  terms: Iterable<string>,
  names: ReadonlySet<string>,
  telling: (kanji: string) => boolean,
): string[] {
  const out: string[] = [];
  for (const t of terms) {
    if (t.length !== 1 || !KANJI_COMPOUND.test(`${t}${t}`) || !telling(t)) continue;
    if ([...names].some((n) => KANJI_COMPOUND.test(n) && n.includes(t))) out.push(`${t}~`);
  }
  return out;
}
