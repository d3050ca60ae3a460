import { escapeRegex } from '../escape-regex.js';
import { hasKanji, type Morpheme, toHiragana } from './analyzer.js';
import { kanjiReadings } from './kanji-readings.js';

const KANJI_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/**
 * Short kanji words (two to four characters) by every form with one character masked: 郵送 as
 * ?送 and 郵?. A word too short for the slip index (健康診段票) is found here only with the wrong
 * kanji of the same reading (郵層 for 郵送), never with any other.
 */
export class HomophoneIndex<T> {
  private readonly masked = new Map<string, { term: string; reading: string; value: T }[]>();

  add(term: string, reading: string, value: T): void {
    if (term.length < 2 || term.length > 4 || !KANJI_ONLY.test(term) || !reading) return;
    for (let p = 0; p < term.length; p++) {
      const key = `${term.slice(0, p)}?${term.slice(p + 1)}`;
      const list = this.masked.get(key) ?? [];
      if (list.length === 0) this.masked.set(key, list);
      list.push({ term, reading, value });
    }
  }

  /**
   * Spans of the text, made of whole morphemes, that are a word with one kanji replaced by a kanji
   * the analyzer reads alone as the word reads there: the other morphemes are read as anything,
   * the replaced one must match (郵|層: …そう = ゆうそう; 出席|母: …はは ≠ しゅっせきぼ).
   */
  find(text: string, morphemes: readonly Morpheme[]): { start: number; end: number; term: string; value: T }[] {
    const out: { start: number; end: number; term: string; value: T }[] = [];
    for (let i = 0; i < morphemes.length; i++) {
      for (let j = i; j < morphemes.length && morphemes[j]!.end - morphemes[i]!.start <= 4; j++) {
        const run = morphemes.slice(i, j + 1);
        const start = run[0]!.start;
        const written = text.slice(start, run.at(-1)!.end);
        if (written.length < 2 || !KANJI_ONLY.test(written)) continue;
        for (let p = 0; p < written.length; p++) {
          const key = `${written.slice(0, p)}?${written.slice(p + 1)}`;
          for (const entry of this.masked.get(key) ?? []) {
            if (entry.term[p] === written[p] || !sameReading(run, start + p, entry.reading)) continue;
            out.push({ start, end: start + written.length, term: entry.term, value: entry.value });
          }
        }
      }
    }
    return out;
  }
}

/**
 * The reading of the run, the morpheme holding the replaced kanji (alone, with a reading) read
 * any of its ways (母 as はは or ぼ, as in 母校: 出席母 for 出席簿), the others as anything.
 */
function sameReading(run: readonly Morpheme[], at: number, reading: string): boolean {
  const odd = run.find((m) => m.start <= at && m.end > at)!;
  if (odd.end - odd.start !== 1 || !odd.reading || !hasKanji(odd.surface)) return false;
  const ways = new Set([toHiragana(odd.reading), ...kanjiReadings(odd.surface)]);
  const read = `(?:${[...ways].map(escapeRegex).join('|')})`;
  const pattern = run.map((m) => (m === odd ? read : '.+')).join('');
  return new RegExp(`^${pattern}$`).test(reading);
}
