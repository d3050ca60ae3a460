import type { Morpheme } from './analyzer.js';
import { CLAUSE_ENDS } from './contain.js';
import type { Lexicon } from './lexicon.js';

const OPENS = new Set(['(', '（', '[', '［']);
const CLOSES = new Set([')', '）', ']', '］']);

const isOpen = (m: Morpheme) => m.pos1 === '括弧開' || OPENS.has(m.surface);
const isClose = (m: Morpheme) => m.pos1 === '括弧閉' || CLOSES.has(m.surface);

/**
 * What a question says a document holds, by where it says it, for reading the sensitive matters
 * in it (matters.ts) as the file classifier reads them in a file: the clause that runs up to a
 * word for a document and so modifies it (「けがの治療中の子の一覧」, 「『いじめられた』と書いてある子の
 * アンケート用紙」) from after a で that says why or how it was made, and what brackets add to what is named (「内容のメモ（家庭の事情）」,
 * 「（理由欄に病名あり）」). Each is returned as its morphemes.
 */
export function describingClauses(morphemes: readonly Morpheme[], lexicon: Lexicon): Morpheme[][] {
  const nouns = new Set(lexicon.document_nouns.ja);
  const out: Morpheme[][] = [];
  let from = 0;
  let open = -1;
  morphemes.forEach((m, i) => {
    if (isOpen(m)) {
      open = i;
      return;
    }
    if (isClose(m)) {
      if (open >= 0 && i > open + 1) out.push(morphemes.slice(open + 1, i));
      open = -1;
      from = i + 1;
      return;
    }
    if (CLAUSE_ENDS.has(m.surface)) {
      from = i + 1;
      return;
    }
    if (open < 0 && m.pos === '名詞' && (nouns.has(m.surface) || nouns.has(m.base)) && i >= from) {
      out.push(morphemes.slice(from, i + 1));
      from = i + 1;
      return;
    }
    // What the clause says with で is why or how the document was made (感染症対応「で」集めた表),
    // not what it holds: the description runs from after it.
    if (m.pos === '助詞' && m.pos1 === '格助詞' && m.surface === 'で' && open < 0) from = i + 1;
  });
  return out;
}
