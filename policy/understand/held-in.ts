import type { CatalogItem } from '../schema.js';
import type { Morpheme } from './analyzer.js';
import type { Found } from './find-words.js';
import type { QuestionReading } from './question-reading.js';

/**
 * The item whose system the question names (catalog `held_in`), when an act is said apart from the
 * name (学習系クラウド's クラウド is no act: 「学習系クラウドって何？」 asks about no information).
 */
export function heldIn(r: QuestionReading): CatalogItem | undefined {
  for (const item of r.pack.items.values()) {
    if (!item.held_in) continue;
    // The name with the nouns compounded onto it (学習系「クラウド」, 学習系「サーバ」).
    const spans = r.reader.occurrences(item.held_in).map((s) => ({ start: s.start, end: compoundEnd(r.q.morphemes, s.end) }));
    const apart = (f: Found) => !spans.some((s) => f.start < s.end && f.end > s.start);
    if (spans.length > 0 && r.found.some((f) => f.value.type === 'action' && apart(f))) return item;
  }
  return undefined;
}

/** Where the nouns that follow `end` without a break end (a compound's tail). */
function compoundEnd(morphemes: readonly Morpheme[], end: number): number {
  let at = end;
  for (const m of morphemes) if (m.start === at && m.pos === '名詞') at = m.end;
  return at;
}
