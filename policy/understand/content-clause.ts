/**
 * A document described by what it holds (「どの子が給食で何を食べられないかが書いてある紙」,
 * 「生徒がどの高校を第一志望にしているかをまとめたExcel」, 「子どもたちの誕生日と性別だけが並んだリスト」):
 * a clause, a verb that says the record holds it (書いてある, まとめた, 並んだ: lexicon `contains.verbs`
 * and `contains.written`) and the noun that verb modifies. The noun is the document, whatever word
 * it is (紙, Excel, 帳面): the construction says so. The verb and the time it is done at (毎日, 朝)
 * are the frame, not what the record is about; the clause before them is its content, compared
 * with the catalog's profiles (describe.ts). 「X だけ」 limits the content to X: nothing more is in it.
 */
import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

export interface ContentClause {
  /** The words that say what the record holds. */
  content: Morpheme[];
  /** The noun for the document (紙, 一覧表, 手帳). */
  document: Morpheme[];
  /** Where the noun for the document ends. */
  documentAt: number;
  /** The content was limited (だけ, のみ): it says what the document is, and nothing stricter. */
  only: boolean;
}

/** Auxiliaries that negate the verb of holding. */
const NEGATIONS = new Set(['ない', 'ぬ', 'ん']);
const SENTENCE_ENDS = new Set(['。', '!', '?', '！', '？', '\n']);
/** Particles that end the phrase a limiting particle closes (誕生日と性別「だけ」: back to が, を, に …). */
const PHRASE_STOPS = new Set(['が', 'を', 'に', 'で', 'へ', 'から', 'より', 'まで', 'は', 'も', '、', ',']);

/** A verb of holding or writing at `i` (書い, まとめ, 記録|し): how many morphemes it takes, or 0. */
function frameVerb(morphemes: readonly Morpheme[], i: number, verbs: ReadonlySet<string>): number {
  const m = morphemes[i]!;
  if (m.pos === '動詞' && m.pos1 === '自立' && verbs.has(m.base)) return 1;
  const next = morphemes[i + 1];
  if (m.pos === '名詞' && verbs.has(m.base) && next?.pos === '動詞' && next.base === 'する') return 2;
  return 0;
}

/** A noun that can be the document the frame modifies: a noun of its own or a loanword (Excel, パワポ). */
function isDocumentNoun(m: Morpheme | undefined): boolean {
  if (!m) return false;
  if (m.pos === '名詞') return !['非自立', '接尾', '代名詞', '数', '副詞可能'].includes(m.pos1);
  return m.pos === 'UNK' && /^[A-Za-z\u30a0-\u30ffー]{2,}$/.test(m.surface);
}

/** The morphemes after the verb that go on it (て|いる, た, て|ある) up to the noun: their count. */
function ending(morphemes: readonly Morpheme[], from: number): number {
  let k = from;
  while (
    morphemes[k] &&
    (morphemes[k]!.pos === '助動詞' ||
      (morphemes[k]!.pos === '動詞' && morphemes[k]!.pos1 === '非自立') ||
      (morphemes[k]!.pos === '助詞' && /^[てで]$/.test(morphemes[k]!.surface)))
  )
    k++;
  return k - from;
}

/** The clause a verb of holding says the first document described holds, or null. */
export function contentClause(morphemes: readonly Morpheme[], lexicon: Lexicon): ContentClause | null {
  const verbs = new Set([...lexicon.contains.verbs, ...(lexicon.contains.written ?? [])]);
  let from = 0;
  for (let i = 0; i < morphemes.length; i++) {
    if (SENTENCE_ENDS.has(morphemes[i]!.surface)) from = i + 1;
    const size = frameVerb(morphemes, i, verbs);
    if (size === 0) continue;
    const tail = ending(morphemes, i + size);
    const at = i + size + tail;
    const noun = morphemes[at];
    if (!isDocumentNoun(noun) || i === from) continue;
    // Nothing written yet (まだ何も書き込んでいない用紙): a blank form, no content.
    if (morphemes.slice(i + size, at).some((m) => m.pos === '助動詞' && NEGATIONS.has(m.base))) return null;
    // The noun and the nouns it is compounded with (一覧|表, 手帳): what kind of document it is.
    let last = at;
    while (isDocumentNoun(morphemes[last + 1]) && morphemes[last + 1]!.start === morphemes[last]!.end) last++;
    const document = morphemes.slice(at, last + 1);
    // The particle that marks what is held (…か「が」, …を) and the adverbs of the verb (毎日, きちんと): the frame.
    let end = i;
    while (end > from && (morphemes[end - 1]!.pos1 === '副詞可能' || morphemes[end - 1]!.pos === '副詞')) end--;
    while (end > from && morphemes[end - 1]!.pos === '助詞' && morphemes[end - 1]!.pos1 === '格助詞') end--;
    let content = morphemes.slice(from, end);
    const limit = content.findLastIndex((m) => m.pos === '助詞' && lexicon.contains.only.includes(m.base));
    const only = limit > 0;
    if (only) {
      let start = limit;
      while (
        start > 0 &&
        !(content[start - 1]!.pos === '助詞' && PHRASE_STOPS.has(content[start - 1]!.surface)) &&
        !PHRASE_STOPS.has(content[start - 1]!.surface)
      )
        start--;
      content = content.slice(start, limit);
    }
    if (content.length === 0) continue;
    return { content, document, documentAt: morphemes[last]!.end, only };
  }
  return null;
}
