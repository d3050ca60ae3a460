/**
 * Long terms found with one slip (健康診段票 → 健康診断票, けんこうしんだんひよう → けんこうしんだんひょう):
 * a term of `minLength` characters or more matches a stretch of text of the same length with
 * one character different (two from `twoFrom` characters on), its first and last characters
 * right; with `kanjiOnly`, the different character is a kanji for a kanji (the wrong kanji, not
 * a word cut short or another word). Candidates come from shared character pairs, so a question
 * is compared with a handful of terms, not all of them.
 */
import type { TermMatch } from './term-index.js';

export interface FuzzyMatch<T> extends TermMatch<T> {
  distance: number;
}

export class FuzzyIndex<T> {
  private readonly terms: { term: string; value: T; pairs: number }[] = [];
  private readonly byPair = new Map<string, number[]>();

  constructor(
    private readonly minLength = 4,
    private readonly twoFrom = 9,
    private readonly options: { kanjiOnly?: boolean } = {},
  ) {}

  add(term: string, value: T): void {
    if ([...term].length < this.minLength) return;
    const index = this.terms.length;
    const pairs = pairsOf(term);
    this.terms.push({ term, value, pairs: pairs.size });
    for (const pair of pairs) {
      const list = this.byPair.get(pair) ?? [];
      if (list.length === 0) this.byPair.set(pair, list);
      list.push(index);
    }
  }

  /** Every term found at distance 1 (or 2) somewhere in `text`, not at distance 0 (exact matches are found elsewhere). */
  find(text: string): FuzzyMatch<T>[] {
    const shared = new Map<number, number>();
    for (const pair of pairsOf(text)) for (const i of this.byPair.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const out: FuzzyMatch<T>[] = [];
    for (const [i, count] of shared) {
      const entry = this.terms[i]!;
      const allowed = entry.term.length >= this.twoFrom ? 2 : 1;
      // One substitution breaks at most two pairs of the term; an insertion or a deletion two as well.
      if (count < entry.pairs - 2 * allowed) continue;
      const found = substituted(text, entry.term, allowed, this.options.kanjiOnly ?? false);
      if (found) out.push({ ...found, term: entry.term, value: entry.value });
    }
    return out;
  }
}

function pairsOf(s: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) pairs.add(s.slice(i, i + 2));
  return pairs;
}

const KANJI = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The first stretch of `text` as long as `term` that differs from it in 1 to `allowed` places,
 * none of them the first or the last character (and, with `kanjiOnly`, only kanji for kanji).
 */
function substituted(
  text: string,
  term: string,
  allowed: number,
  kanjiOnly: boolean,
): { start: number; end: number; distance: number } | null {
  const m = term.length;
  for (let start = 0; start + m <= text.length; start++) {
    if (text[start] !== term[0] || text[start + m - 1] !== term[m - 1]) continue;
    let distance = 0;
    for (let k = 1; k < m - 1 && distance <= allowed; k++) {
      const a = text[start + k]!;
      const b = term[k]!;
      if (a === b) continue;
      if (kanjiOnly && !(KANJI.test(a) && KANJI.test(b))) distance = allowed + 1;
      else distance++;
    }
    if (distance >= 1 && distance <= allowed) return { start, end: start + m, distance };
  }
  return null;
}
