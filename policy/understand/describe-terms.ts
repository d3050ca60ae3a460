/**
 * The content words of a text, as descriptions are compared by: Japanese by the analyzer's
 * dictionary forms (座っている and 座る are one word), English by stems, without the words that say
 * nothing of a document.
 */
import { analyze, dictionaryForm, type Morpheme } from './analyzer.js';
import { stem } from './english.js';
import { normalize, normalizeKeepKatakana } from './normalize.js';

/** Words that say nothing about which document it is, whatever their frequency. */
const STOP_JA = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  'れる',
  'られる',
  'できる',
  'いう',
  'こと',
  'もの',
  'ため',
  'よう',
  'とき',
  'ところ',
  'いい',
  'よい',
  '良い',
  '大丈夫',
  'ない',
  'ほしい',
  '思う',
  'おく',
  'しまう',
  'くる',
  'いく',
  'みる',
  'もらう',
  'あげる',
  'くれる',
  'やる',
  'ちゃう',
  'てる',
  'です',
  'ます',
  'さん',
  '先生',
  '学校',
]);
const STOP_EN = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'for',
  'with',
  'at',
  'by',
  'from',
  'is',
  'are',
  'be',
  'it',
  'its',
  'this',
  'that',
  'i',
  'my',
  'we',
  'our',
  'can',
  'may',
  'ok',
  'okay',
  'do',
  'doe',
  'did',
  'have',
  'ha',
  'has',
  'what',
  'which',
  'who',
  'their',
  'them',
  'they',
  'there',
  'school',
  'teacher',
  'if',
  'so',
  'just',
  'all',
  'each',
  'every',
  'about',
  'into',
  'will',
  'would',
  'should',
  'could',
  'not',
  'no',
  'as',
  'up',
  'out',
]);

/** Suffixes that say nothing of a document (保護者, 2年目, 外出先); 簿, 表, 票 do. */
const GENERIC_SUFFIXES = new Set([
  '者',
  '的',
  '等',
  '性',
  '化',
  'さん',
  '君',
  'くん',
  'ちゃん',
  '様',
  'さま',
  '目',
  '年',
  '先',
  '中',
  '用',
  '達',
  'たち',
  '方',
  '分',
  '後',
  '前',
  '側',
  '内',
  '外',
  '毎',
  'ごと',
  '頃',
  'ごろ',
  '際',
  '上',
  '時',
]);

/** A noun that is not a placeholder (の, こと, それ), a number or a generic suffix; a verb or an adjective that stands alone. */
function isContent(m: Morpheme): boolean {
  if (m.pos === '名詞') {
    if (m.pos1 === '接尾') return !GENERIC_SUFFIXES.has(m.surface);
    return !['非自立', '代名詞', '数'].includes(m.pos1);
  }
  return (m.pos === '動詞' || m.pos === '形容詞') && m.pos1 === '自立';
}

/**
 * A wish said by the auxiliary たい (行きたい, 就きたい) is what 希望 names: 「どこの高校に行きたいか」
 * describes a 進路希望調査. The wish is read from the grammar, not from the verb.
 */
const WISH = '希望';

/**
 * たい as a wish a document holds: embedded in a question (行きたいか) or before a noun (行きたい高校).
 * The asker's own wish (メールで送りたい, 見てもらいたいです) ends a clause and describes nothing.
 */
function isReportedWish(morphemes: readonly Morpheme[], i: number): boolean {
  const m = morphemes[i]!;
  if (m.pos !== '助動詞' || m.base !== 'たい') return false;
  const next = morphemes[i + 1];
  return next !== undefined && next.start === m.end && ((next.pos === '助詞' && next.surface === 'か') || next.pos === '名詞');
}

/** The content words of Japanese text, by dictionary form, with 希望 for a wish a document holds. */
export function termsJa(text: string): string[] {
  return termsOf(analyze(normalizeKeepKatakana(text)));
}

/** The content words of analyzed text, by dictionary form (see termsJa). */
export function termsOf(morphemes: readonly Morpheme[]): string[] {
  const out: string[] = [];
  for (const [i, m] of morphemes.entries()) {
    if (isReportedWish(morphemes, i)) out.push(WISH);
    const term = termOf(m);
    if (term !== null) out.push(term);
  }
  return out;
}

/** A morpheme's content word by its dictionary form, or null (a particle, a number, 先生). */
export function termOf(m: Morpheme): string | null {
  if (!isContent(m)) return null;
  const term = normalize(dictionaryForm(m));
  // A lone kana is a particle the analyzer took for a noun; a lone kanji (席, 図) is a word.
  if (term.length === 0 || (term.length === 1 && !/[\u3400-\u9fff]/.test(term)) || STOP_JA.has(term)) return null;
  return term;
}

/** The content words of English text, by stem. */
export function termsEn(text: string): string[] {
  return [...normalize(text).matchAll(/[a-z][a-z'-]+/g)].map((m) => stem(m[0])).filter((w) => w.length > 1 && !STOP_EN.has(w));
}
