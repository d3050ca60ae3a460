import { analyze, type Morpheme } from '../understand/analyzer.js';
import { placedNames } from './read-placed-names.js';
import { spacedNames } from './read-spaced-names.js';

const JA = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー々';
/** One or two words of kanji or kana (山田太郎, 山田 太郎, やまだ たろう): what a name cell can be. */
const NAME_SHAPE = new RegExp(`^[${JA}]{1,8}(?: [${JA}]{1,8})?$`, 'u');
const KANA_PAIR = /^[\p{sc=Hiragana}\p{sc=Katakana}ー]{1,8} [\p{sc=Hiragana}\p{sc=Katakana}ー]{1,8}$/u;
/**
 * A name in romaji of two to four words: Taro Yamada, YAMADA Taro, Nguyen Van An, Joshua Dela Cruz,
 * Jean-Luc Martin (as pupils from abroad are written in their own order).
 */
const ROMAJI_WORD = '(?:[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?|[A-Z]{2,15})';
const ROMAJI = new RegExp(`^${ROMAJI_WORD}(?: ${ROMAJI_WORD}){1,3}$`);
/** A foreign name in katakana, its parts set apart (グエン・ヴァン・アン, レイエス＝アンジェロ, グエン ヴァン アン). */
const KATAKANA_PARTS = /^[\p{sc=Katakana}ー]{1,12}(?:[・=･ ][\p{sc=Katakana}ー]{1,12}){1,3}$/u;
/** A Korean name in Hangul (김민준, 박 서연). */
const HANGUL = /^\p{sc=Hangul}{1,3} ?\p{sc=Hangul}{1,3}$/u;
const HIRAGANA = /^[\p{sc=Hiragana}ー]+$/u;

/** A cell as names are compared: NFKC, spaces as one half-width space, trimmed. */
export function nameForm(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** A particle between two kanji (詩の世界, 係を決める): a phrase, not a name. */
const PHRASE = /\p{sc=Han}[のをにはがへでと]\p{sc=Han}/u;

/** A name written as people from abroad write it (Nguyen Van An, サントス・マリア, 김민준): its shape alone. */
export function isForeignName(cell: string): boolean {
  const v = nameForm(cell);
  return ROMAJI.test(v) || KATAKANA_PARTS.test(v) || HANGUL.test(v);
}

/** Whether a cell could be a name at all, before asking the analyzer (cheap). */
export function mayBeName(cell: string): boolean {
  const v = nameForm(cell);
  return (
    v.replace(/ /g, '').length >= 2 &&
    ((NAME_SHAPE.test(v) && !PHRASE.test(v)) || ROMAJI.test(v) || KATAKANA_PARTS.test(v) || HANGUL.test(v))
  );
}

/**
 * Whether a table cell is a person's name: the analyzer's dictionary (IPADIC) marks surnames and
 * given names as 名詞,固有名詞,人名. A cell of nouns with a name in it (山田 太郎, 中村陽翔, 小林さくら)
 * is a name; a cell with a place or a word only (熊本市, 国語, 異常なし) is not. Two kana words
 * (やまだ たろう) and two romaji words (Taro Yamada) are names by their shape.
 */
export function isPersonName(cell: string, cache?: Map<string, boolean>): boolean {
  const v = nameForm(cell);
  const known = cache?.get(v);
  if (known !== undefined) return known;
  const answer = readName(v);
  cache?.set(v, answer);
  return answer;
}

function readName(v: string): boolean {
  if (ROMAJI.test(v) || KANA_PAIR.test(v) || HANGUL.test(v)) return true;
  if (KATAKANA_PARTS.test(v)) return foreignParts(v);
  if (!NAME_SHAPE.test(v) || v.replace(/ /g, '').length < 2) return false;
  // The dictionary reads 山田太郎 better than 山田 太郎: the space goes, the parts are known anyway.
  const words = analyze(v.replace(/ /g, ''));
  if (words.length === 0 || !words.every((m) => m.pos === '名詞' || m.pos === 'UNK')) return false;
  if (words.some((m) => m.pos1 === '接尾' && m.pos2 !== '人名')) return false;
  const named = words.some(isNameWord);
  // 山田 太郎: a surname the dictionary files as a place (石川 湊) still heads a two-part name.
  if (v.includes(' ')) return named || words[0]!.pos1 === '固有名詞';
  if (!named) return false;
  // The rest may be a given name the dictionary does not know as one (林蓮, 小林さくら), not a
  // word (中村小学校, 山田クリニック).
  const rest = words.filter((m) => !isNameWord(m)).map((m) => m.surface);
  return rest.length <= 1 && (rest.join('').length <= 2 || HIRAGANA.test(rest.join('')));
}

/**
 * Katakana parts set apart by ・ (グエン・ヴァン・アン, イ・ソユン) are a foreign name unless every
 * part is a word of the dictionary (データ・サイエンス, ワン・ツー): a name's parts are unknown to it
 * or known as names.
 */
function foreignParts(v: string): boolean {
  const parts = v.split(/[・=･ ]/);
  if (parts.join('').length < 3) return false;
  return parts.some((part) => {
    const words = analyze(part);
    return words.length === 1 && (words[0]!.pos === 'UNK' || isNameWord(words[0]!));
  });
}

const JA_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々、。「」『』！？]/u;
const JA_WORD_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]/u;

/**
 * A sentence as the analyzer reads names best: a space inside Japanese text goes (山田 太郎 →
 * 山田太郎), and digits, Latin letters and ASCII punctuation become 、 (NFKC's 「:」「(2年)」 and
 * a row's 「1 山田 太郎 85」 make the dictionary misread the name beside them). `at` maps each
 * character back to the sentence.
 */
export function cleanForNames(sentence: string, kept: ReadonlySet<number> = new Set()): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (/\s/.test(ch)) {
      if (
        !kept.has(i) &&
        JA_WORD_CHAR.test(sentence[i - 1] ?? '') &&
        JA_WORD_CHAR.test(sentence[i + 1] ?? '') &&
        !afterCounter(sentence, i)
      )
        continue;
      text += '、';
    } else text += JA_CHAR.test(ch) ? ch : '、';
    at.push(i);
  }
  at.push(sentence.length);
  return { text, at };
}

/**
 * Whether the word before a space follows a number (「3年2組 森 奏太」): a counter (組, 年, 番) ends
 * there, and the space parts it from the name after it.
 */
function afterCounter(sentence: string, space: number): boolean {
  let i = space - 1;
  while (i >= 0 && JA_WORD_CHAR.test(sentence[i]!)) i--;
  return space - i <= 3 && /[0-9０-９]/.test(sentence[i] ?? '');
}

function isNameWord(m: Morpheme): boolean {
  return m.pos1 === '固有名詞' && m.pos2 === '人名';
}

/** A person pointed at in a sentence: a full name, a name with a suffix (山田さん, 中村先生). */
export interface NameRef {
  /** The name as written (kept only while one document is read, never reported). */
  key: string;
  start: number;
  end: number;
  /** The suffix or title written after the name, if any (さん, 先生). */
  after: string;
}

/** The suffixes a given name written in kana takes (さくらさん, ゆうとくん, ひなちゃん). */
const KANA_SUFFIXES = new Set(['さん', 'くん', 'ちゃん']);

/**
 * A given name written in hiragana the dictionary reads as a plain noun (さくら), as a teacher writes a
 * young pupil: two to four letters, a noun of its own (not a pronoun: みなさん), not one an honorific
 * お・ご begins (おいしゃさん) and not inside a longer word.
 */
function kanaGivenName(m: Morpheme, sentence: string, start: number): boolean {
  return (
    /^\p{sc=Hiragana}{2,4}$/u.test(m.surface) &&
    m.pos === '名詞' &&
    m.pos1 !== '代名詞' &&
    !/^[おご]/u.test(m.surface) &&
    !/\p{sc=Hiragana}/u.test(sentence[start - 1] ?? '')
  );
}

/**
 * Names in a sentence, by the analyzer: a surname followed by a given name (山田太郎, 山田 太郎),
 * or by a short word the dictionary does not know as a given name and then a suffix or the end of
 * the phrase (林湊さん, 「対象：森 葵（2年）」), or by a space and a short word (「岩下 奏太」); a name
 * word, or a place the dictionary knows (宮崎), followed by one of `suffixes` (山田さん, 翔太くん,
 * 中村先生, 宮崎先生); and a name written as a field's value after a colon (対象：石川 湊).
 */
export function findNames(sentence: string, suffixes: string[]): NameRef[] {
  let clean = cleanForNames(sentence);
  let words = analyze(clean.text);
  // A space dropped where the dictionary then reads a word across it (井上 海斗 → 井 / 上海 / 斗) was
  // the break between two words: read again with it kept.
  const misread = spacesReadAcross(clean, words);
  if (misread.size > 0) {
    clean = cleanForNames(sentence, misread);
    words = analyze(clean.text);
  }
  const out: NameRef[] = [];
  const ref = (from: Morpheme, to: Morpheme, after: string): NameRef => {
    const start = clean.at[from.start]!;
    const end = clean.at[to.end - 1]! + 1;
    return { key: sentence.slice(start, end).replace(/\s/g, ''), start, end, after };
  };
  const suffixOf = (m: Morpheme | undefined) => (m && suffixes.includes(m.surface) ? m.surface : '');
  // A heading spaced letter by letter (「熊 本 市 立 …」) has no two words apart.
  const singles = sentence.split(/\s+/).filter((w) => w.length === 1).length;
  const letterSpaced = singles >= 4;
  // A row of one-letter cells (国	社	数	理	音	美) read as one word would make names of them.
  if (singles >= 4 && /\t/.test(sentence)) return fieldNames(sentence);
  for (let i = 0; i < words.length; i++) {
    const m = words[i]!;
    const next = words[i + 1];
    // Many surnames are places to the dictionary (宮崎, 岩下): before 先生 or さん, or as the first of
    // two words apart (「岩下 奏太」, as rosters and forms write a name), they are persons.
    const place = m.pos1 === '固有名詞' && m.pos2 === '地域' && m.surface.length >= 2;
    const start = clean.at[m.start]!;
    const spaced =
      !letterSpaced &&
      (place || (isNameWord(m) && m.pos3 === '姓')) &&
      (start === 0 ||
        BOUNDARY.test(sentence[start - 1]!) ||
        PARTICLE.test(sentence[start - 1]!) ||
        CLASS_GLUED.test(sentence.slice(Math.max(0, start - 4), start)))
        ? spacedGivenName(sentence, clean.at[m.end - 1]! + 1, suffixes)
        : 0;
    if (spaced > 0) {
      const end = clean.at[m.end - 1]! + 1 + spaced;
      out.push({ key: sentence.slice(start, end).replace(/\s/g, ''), start, end, after: suffixOf(wordAt(words, clean.at, end)) });
      while (words[i + 1] && clean.at[words[i + 1]!.start]! < end) i++;
      continue;
    }
    // A list by surname, one line each (引継ぎ 「池田：2年の秋に…」「宮崎：吃音があり…」): the
    // surname heads its line and a colon follows it.
    const colon = /[:：]/.test(sentence[clean.at[m.end - 1]! + 1] ?? '');
    if (colon && (place || (isNameWord(m) && m.pos3 === '姓')) && LINE_HEAD.test(sentence.slice(0, start))) {
      out.push(ref(m, m, ''));
      continue;
    }
    // A surname standing alone after its class (「5年2組 久保 卵アレルギー」), as a nurse's note
    // writes a pupil: the class says the word is someone, the space after it ends the name.
    const stop = sentence[clean.at[m.end - 1]! + 1];
    if (
      m.pos3 === '姓' &&
      isNameWord(m) &&
      CLASS_BEFORE.test(sentence.slice(0, start)) &&
      (stop === undefined || BOUNDARY.test(stop))
    ) {
      out.push(ref(m, m, ''));
      continue;
    }
    if (!isNameWord(m)) {
      if ((place || kanaGivenName(m, sentence, start)) && suffixOf(next) && (place || KANA_SUFFIXES.has(next!.surface)))
        out.push(ref(m, m, next!.surface));
      continue;
    }
    if (m.pos3 === '姓' && next && isNameWord(next) && next.pos3 === '名') {
      // A given name the dictionary splits (陽翔 → 陽 / 翔) is one name.
      let last = i + 1;
      while (words[last + 1] && isNameWord(words[last + 1]!) && words[last + 1]!.pos3 === '名') last++;
      const name = ref(m, words[last]!, suffixOf(words[last + 1]));
      if (!insideCompound(sentence, name)) out.push(name);
      i = last;
    } else if (suffixOf(next)) out.push(ref(m, m, next!.surface));
    else if (m.pos3 === '姓' && next && mayBeGivenName(next, suffixes)) {
      const after = words[i + 2];
      if (suffixOf(after) || !after || after.pos !== '名詞') {
        out.push(ref(m, next, suffixOf(after)));
        i++;
      }
    }
  }
  for (const field of [
    ...fieldNames(sentence),
    ...foreignNames(sentence, suffixes),
    ...placedNames(sentence, suffixes),
    ...spacedNames(sentence, suffixes),
  ])
    if (!out.some((n) => n.start < field.end && field.start < n.end)) out.push(field);
  return out;
}

/** The spaces dropped from a sentence that a word of the analyzer's reading runs across. */
function spacesReadAcross(clean: { text: string; at: number[] }, words: readonly Morpheme[]): Set<number> {
  const out = new Set<number>();
  for (const w of words)
    for (let k = w.start + 1; k < w.end; k++) if (clean.at[k]! - clean.at[k - 1]! > 1) out.add(clean.at[k]! - 1);
  return out;
}

/**
 * Whether a two-letter name (丁明) is only two kanji of a longer word (課税丁明書, as OCR misreads
 * 課税証明書): the dictionary files many single kanji as surnames and given names, and a name that
 * short written with no break from the kanji on both sides is read as part of them.
 */
function insideCompound(sentence: string, name: NameRef): boolean {
  const kanji = /\p{sc=Han}/u;
  return name.key.length <= 2 && kanji.test(sentence[name.start - 1] ?? '') && kanji.test(sentence[name.end] ?? '');
}

const BOUNDARY = /[\s:：、。,，(（「『・)）」』】]/u;
/** A particle before a surname set apart from its given name (「1組の西田 花音さん」「森 葵と石川 湊」). */
const PARTICLE = /[のと]/u;
/** A pupil's year or class written straight before a name (「4年石川 蒼さん」, 「2組田中 花さん」). */
const CLASS_GLUED = /[1-9１-９](?:年生?|組)$/u;
/** A class written before a name (5年2組 , 3年1組の). */
const CLASS_BEFORE = /[1-9]\s?年\s?[1-9]\s?組\s*(?:の\s*)?$/u;
/** What may stand before a line's first word: nothing, spaces, a bullet. */
const LINE_HEAD = /^[\s・●○◆◇■□\-*＊]*$/u;

/** The word that starts at or after a place in the sentence (for a suffix after a name). */
function wordAt(words: readonly Morpheme[], at: number[], from: number): Morpheme | undefined {
  return words.find((w) => at[w.start]! >= from);
}

const SPACED_GIVEN = /^[ 　](?:[\p{sc=Han}々]{1,3}|[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,4})(?=[\s(（、。,，:：]|$)/u;
const SPACED_KANJI = /^[ 　][\p{sc=Han}々]{1,3}/u;

/**
 * The length (space included) of a short word after a surname and a space (「岩下 奏太（2年）」,
 * 「坂田 琉生さん」), or 0.
 */
function spacedGivenName(sentence: string, at: number, suffixes: string[]): number {
  const rest = sentence.slice(at, at + 12);
  const m = SPACED_GIVEN.exec(rest);
  if (m) return m[0].length;
  const kanji = SPACED_KANJI.exec(rest);
  return kanji && suffixes.some((s) => rest.startsWith(s, kanji[0].length)) ? kanji[0].length : 0;
}

/** 湊, 葵, さくら: a short word after a surname that may be a given name the dictionary lacks. */
function mayBeGivenName(m: Morpheme, suffixes: string[]): boolean {
  if (m.pos !== '名詞' || !['一般', '固有名詞'].includes(m.pos1) || suffixes.includes(m.surface)) return false;
  return /^[\p{sc=Han}]{1,2}$/u.test(m.surface) || /^[\p{sc=Hiragana}]{2,4}$/u.test(m.surface);
}

const FIELD_VALUE = new RegExp(`[:：]\\s*([${JA}]{1,8}(?: [${JA}]{1,8})?)(?=[\\s(（、。,，]|$)`, 'gu');

/** A field's value that is a name (「対象：石川 湊（2年）」), told by isPersonName. */
function fieldNames(sentence: string): NameRef[] {
  const out: NameRef[] = [];
  for (const m of sentence.matchAll(FIELD_VALUE)) {
    if (!isPersonName(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ key: m[1]!.replace(/\s/g, ''), start, end: start + m[1]!.length, after: '' });
  }
  return out;
}

/** Katakana parts set apart by ・ or ＝ in a sentence (グエン・ティ・ラン), a whole word of their own. */
const FOREIGN_IN_TEXT =
  /(?<![\p{sc=Katakana}ー])[\p{sc=Katakana}ー]{1,12}(?:[・=＝･][\p{sc=Katakana}ー]{1,12}){1,3}(?![\p{sc=Katakana}ー])/gu;
/** A pupil's year in brackets after a name (（3年）, （前期3年）, （中2）). */
const YEAR_AFTER = /^\s?[(（][^()（）]{0,4}[1-9]\s?年?[^()（）]{0,3}[)）]/u;

/**
 * A foreign name in katakana in a sentence (「対象：グエン・ティ・ラン（前期3年）」「保護者 チャン・バオ・ゴックさん」):
 * parts the dictionary does not all know as words (foreignParts), standing where a person is written —
 * a field's value after a colon, before a suffix (さん, くん) or before the pupil's year in brackets. A
 * loanword set apart the same way (ピア・サポート) stands in none of these places.
 */
function foreignNames(sentence: string, suffixes: string[]): NameRef[] {
  if (!/[・=＝･]/u.test(sentence)) return [];
  const out: NameRef[] = [];
  for (const m of sentence.matchAll(FOREIGN_IN_TEXT)) {
    const start = m.index;
    const end = start + m[0].length;
    const rest = sentence.slice(end, end + 12);
    const suffix = suffixes.find((s) => rest.startsWith(s)) ?? '';
    const placed = suffix !== '' || YEAR_AFTER.test(rest) || /[:：]\s*$/u.test(sentence.slice(Math.max(0, start - 3), start));
    if (placed && foreignInProse(m[0].normalize('NFKC'))) out.push({ key: m[0], start, end, after: suffix });
  }
  return out;
}

/**
 * Katakana parts that are a name rather than a loanword set apart (ピア・サポート, ティーム・ティーチング):
 * short parts, none a verbal noun of the dictionary (サポート, プレイ), and a part it knows as a
 * person's name or two parts it knows only as proper nouns or not at all (グエン・ティ・ラン).
 */
function foreignInProse(v: string): boolean {
  const parts = v.split(/[・=･]/);
  if (parts.some((part) => part.length > 6)) return false;
  let strange = 0;
  for (const part of parts) {
    const words = analyze(part);
    if (words.length === 1 && words[0]!.pos1 === 'サ変接続') return false;
    if (words.some(isNameWord)) return true;
    if (words.length > 1 || words[0]?.pos === 'UNK' || words[0]?.pos1 === '固有名詞') strange++;
  }
  return strange >= 2;
}
