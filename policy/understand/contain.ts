import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { scopeOf } from './scope.js';

/** Particles that end the noun phrase said to be contained, read backwards (資料「に」、…). */
const PHRASE_STOPS = new Set(['が', 'を', 'に', 'で', 'へ', 'から', 'より', 'まで', 'は', 'も']);
/** Particles that mark what a containment verb says is inside: 経過「が」入っている, 健康調査「を」まとめた. */
const CONTAINED_MARKS = new Set(['が', 'も', 'は', 'を']);
/** What ends a clause: a comma or a sentence end. */
export const CLAUSE_ENDS = new Set(['、', '。', ',', '.', '!', '?', '！', '？', '\n']);

/**
 * A number, a counter or a word of how much between what is contained and its verb: 経過が「1ページ」
 * 入っています, パスワードを「全部」まとめた, 「全員分」まとめた.
 */
function isMeasure(m: Morpheme): boolean {
  return (
    m.pos1 === '数' ||
    m.pos1 === '副詞可能' ||
    (m.pos1 === '接尾' && m.pos2 === '助数詞') ||
    (m.pos === 'UNK' && /^[0-9０-９]+$/.test(m.surface))
  );
}

/** The verb at `i`, with its auxiliaries (入っ|た, 入っ|て|いる), goes on to a noun it describes (入った「一覧」). */
export function describesNoun(morphemes: readonly Morpheme[], i: number): boolean {
  let k = i + 1;
  while (
    morphemes[k] &&
    (morphemes[k]!.pos === '助動詞' ||
      (morphemes[k]!.pos === '動詞' && morphemes[k]!.pos1 === '非自立') ||
      morphemes[k]!.surface === 'て')
  )
    k++;
  const next = morphemes[k];
  return next?.pos === '名詞' && next.pos1 !== '非自立' && next.pos1 !== '接尾';
}

/**
 * The noun phrase that ends at morpheme `end` (exclusive), read back to a case particle or a comma;
 * none when it is limited (「名前と所属委員会だけ」 says what the document holds and nothing else).
 */
function phraseBefore(morphemes: readonly Morpheme[], end: number, lexicon: Lexicon): Morpheme[] {
  let start = end;
  while (start > 0) {
    const m = morphemes[start - 1]!;
    if (CLAUSE_ENDS.has(m.surface) || (m.pos === '助詞' && PHRASE_STOPS.has(m.surface))) break;
    start--;
  }
  const phrase = morphemes.slice(start, end);
  return phrase.some((m) => m.pos === '助詞' && lexicon.contains.only.includes(m.base)) ? [] : phrase;
}

/** Topic particles after a word for the contents (中身「は」, 内容「って」). */
const TOPIC = new Set(['は', 'が', 'って', 'も']);

/**
 * What a sentence says the contents are (「中身は名前と症状、対応です」, 「内容は…」): the phrase
 * after the word for the contents and its topic particle, up to the sentence's end or its copula;
 * none when it is limited (「中身は名前だけです」 says what the document is, as phraseBefore).
 */
function phraseHeaded(morphemes: readonly Morpheme[], at: number, lexicon: Lexicon): Morpheme[] {
  const topic = morphemes[at + 1];
  if (!(topic?.pos === '助詞' && TOPIC.has(topic.surface))) return [];
  const phrase: Morpheme[] = [];
  for (let k = at + 2; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (SENTENCE_ENDS.has(m.surface) || m.pos === '助動詞' || m.pos === '動詞') break;
    phrase.push(m);
  }
  return phrase.some((m) => m.pos === '助詞' && lexicon.contains.only.includes(m.base)) ? [] : phrase;
}

/** What ends a sentence (a comma does not: 「名前と症状、対応です」 is one list). */
const SENTENCE_ENDS = new Set(['。', '.', '!', '?', '！', '？', '\n']);

/**
 * What a question says is inside a document, by the construction that says so (2-2(5)③: the
 * higher class wins): X が入っている・載っている・残っている, X を含む・まとめた (`contains.verbs`),
 * X つき・入り (`contains.suffixes`), and 中身は X です (`contains.heads`). Each phrase is returned as its morphemes, for describing on its
 * own: 「職員会議の資料に、ある生徒の生徒指導の経過が1ページ入っています」 → ある生徒の生徒指導の経過.
 */
export function containedPhrases(morphemes: readonly Morpheme[], lexicon: Lexicon): Morpheme[][] {
  const verbs = new Set(lexicon.contains.verbs);
  const suffixes = new Set(lexicon.contains.suffixes);
  const heads = new Set(lexicon.contains.heads);
  const out: Morpheme[][] = [];
  morphemes.forEach((m, i) => {
    if (m.pos === '名詞' && suffixes.has(m.base)) {
      const phrase = phraseBefore(morphemes, i, lexicon);
      if (phrase.length > 0) out.push(phrase);
      return;
    }
    if (m.pos === '名詞' && heads.has(m.base)) {
      const phrase = phraseHeaded(morphemes, i, lexicon);
      if (phrase.length > 0) out.push(phrase);
      return;
    }
    // Said not to be inside (個人情報は入ってない, 住所や電話番号は入っていません): nothing to add.
    // A verb of writing holds its object only in a clause describing the document (パスワードを控えた表).
    const written = m.pos === '動詞' && lexicon.contains.written.includes(m.base) && describesNoun(morphemes, i);
    if (m.pos !== '動詞' || (!verbs.has(m.base) && !written)) return;
    if (scopeOf(morphemes, m.start, m.end, lexicon).negated) return;
    let k = i;
    while (k > 0 && (isMeasure(morphemes[k - 1]!) || morphemes[k - 1]!.pos === '副詞')) k--;
    // A share of people (全員|分, 人数|分): the noun and its 分 say how much, as a count does.
    if (k > 1 && morphemes[k - 1]!.pos1 === '接尾' && morphemes[k - 1]!.surface === '分' && morphemes[k - 2]!.pos === '名詞')
      k -= 2;
    const mark = morphemes[k - 1];
    // In a clause that describes the document, の marks what is inside (病名「の」入った一覧).
    const marks =
      mark?.pos === '助詞' && (CONTAINED_MARKS.has(mark.surface) || (mark.surface === 'の' && describesNoun(morphemes, i)));
    if (!marks) return;
    const phrase = phraseBefore(morphemes, k - 1, lexicon);
    if (phrase.length > 0) out.push(phrase);
  });
  return out;
}

/** Particles that join two nouns as two things (作品「と」評価点, 名簿「や」調査票). */
const JOINS = new Set(['と', 'や']);
/**
 * What ends the noun phrase after a join: the particle that gives it its role (評価点「を」); が
 * only when none of these comes, as it may mark a subject inside the phrase (先生「が」つけた評価点を).
 */
const CONJUNCT_ENDS = [new Set(['を', 'は', 'も', 'で']), new Set(['が'])];

/** The noun phrase after the join at `i`, up to the particle that gives it its role; none if it does not end in a noun. */
function phraseAfter(morphemes: readonly Morpheme[], i: number): Morpheme[] {
  let start = i + 1;
  while (morphemes[start] && CLAUSE_ENDS.has(morphemes[start]!.surface)) start++;
  let end = start;
  while (morphemes[end] && !CLAUSE_ENDS.has(morphemes[end]!.surface)) end++;
  const clause = morphemes.slice(start, end);
  for (const ends of CONJUNCT_ENDS) {
    const k = clause.findIndex((m) => m.pos === '助詞' && ends.has(m.surface));
    if (k > 0) return clause[k - 1]!.pos === '名詞' ? clause.slice(0, k) : [];
  }
  // A list set off by a comma (「来室記録と保健だより、どっちも…」, 「…と、提出された欠席届の束、」): the
  // phrase up to it, when it ends in a noun or no verb or adjective in it says something of its own.
  if (clause.length === 0 || morphemes[end]?.surface !== '、') return [];
  const noun = clause.at(-1)!.pos === '名詞' || !clause.some((m) => m.pos === '動詞' || m.pos === '形容詞');
  return noun ? clause : [];
}

/**
 * Two things joined by と or や (「子どもの作品と、その作品につけた評価点を」): each is information
 * of its own, the higher class wins (2-2(5)③). Each pair of phrases is returned, for describing
 * one beside the other; a と after a verb (配ろうと思う) quotes and joins nothing.
 */
export function conjunctPhrases(morphemes: readonly Morpheme[], lexicon: Lexicon): [Morpheme[], Morpheme[]][] {
  const out: [Morpheme[], Morpheme[]][] = [];
  morphemes.forEach((m, i) => {
    if (m.pos !== '助詞' || !JOINS.has(m.surface) || morphemes[i - 1]?.pos !== '名詞') return;
    const pair: [Morpheme[], Morpheme[]] = [phraseBefore(morphemes, i, lexicon), phraseAfter(morphemes, i)];
    if (pair[0].length > 0 && pair[1].length > 0) out.push(pair);
  });
  return out;
}

/** Words that open what an English clause says a document holds or whom it is about. */
const EN_OPENS =
  /\b(?:with|including|includes?|containing|contains?|listing|showing|plus|along with|as well as|who|whose|that|which)\b/g;
/** Where such a clause ends: a stop, or a word that goes on to what is done or why. */
const EN_ENDS = /[,.;:!?]|\b(?:so|to|for|because|since|can|could|may|might|should|would|will|via|by|before|after|if|when|then)\b/;

/**
 * English: what a question says a document holds or whom it is about, each as its words: "the
 * class list with the kids' allergies", "the list of students who get help with school costs",
 * "the roster plus a note of who has counselling" → "the kids' allergies", "get help", "school
 * costs", "a note of". A clause ends at a stop or where the sentence goes on (to, so, for, can).
 */
export function englishContainedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const open of text.matchAll(EN_OPENS)) {
    const from = open.index! + open[0].length;
    const rest = text.slice(from);
    const end = EN_ENDS.exec(rest);
    const phrase = rest.slice(0, end ? end.index : rest.length).trim();
    if (/[a-z]{3,}/.test(phrase)) out.push(phrase);
  }
  return out;
}
