/**
 * Kanji words written with kanji of the same sound that the analyzer reads another way in
 * context (家庭方門記録: 方 read かた beside 門, though alone it is ほう, as in 訪問): a run of kanji
 * morphemes is read again with each single kanji read as it is read alone.
 */
import type { Analyzed } from './analyze-question.js';
import { analyze, hasKanji, type Morpheme, toHiragana } from './analyzer.js';
import type { Candidate, WordIndex } from './word-index.js';

const KANJI_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/** How a single kanji is read when the analyzer reads it alone (方 → ほう), or null. */
function aloneReading(kanji: string): string | null {
  const [m] = analyze(kanji);
  return m && m.surface === kanji && m.reading ? toHiragana(m.reading) : null;
}

/** The runs of adjacent morphemes written in kanji only (家庭|方|門|記録). */
function kanjiRuns(morphemes: readonly Morpheme[]): Morpheme[][] {
  const runs: Morpheme[][] = [];
  let run: Morpheme[] = [];
  for (const m of morphemes) {
    const joins = run.length > 0 && run.at(-1)!.end === m.start;
    if (KANJI_ONLY.test(m.surface) && m.reading) {
      if (!joins) run = [];
      if (run.length === 0) runs.push(run);
      run.push(m);
    } else run = [];
  }
  return runs.filter((r) => r.length > 1);
}

/**
 * The words of the index read in a run of kanji once its single kanji are read as they are read
 * alone: whole morphemes, at least one of them read again, the word sharing a kanji with what is
 * written (as by reading: 通知票 for 通知表).
 */
export function byOtherReadings(ix: WordIndex, q: Analyzed): Candidate[] {
  const out: Candidate[] = [];
  for (const run of kanjiRuns(q.morphemes)) {
    const readings = run.map((m) => {
      const own = toHiragana(m.reading);
      const alone = m.surface.length === 1 ? aloneReading(m.surface) : null;
      return { own, alone: alone && alone !== own ? alone : null };
    });
    if (!readings.some((r) => r.alone)) continue;
    let text = '';
    const edges = new Map<number, number>();
    const changed: { from: number; to: number }[] = [];
    readings.forEach((r, k) => {
      edges.set(text.length, run[k]!.start);
      const read = r.alone ?? r.own;
      if (r.alone) changed.push({ from: text.length, to: text.length + read.length });
      text += read;
    });
    const ends = new Map(run.map((m, k) => [[...edges.keys()][k + 1] ?? text.length, m.end]));
    for (const m of ix.reading.findAll(text)) {
      const start = edges.get(m.start);
      const end = ends.get(m.end);
      if (start === undefined || end === undefined || !changed.some((c) => c.from >= m.start && c.to <= m.end)) continue;
      const written = q.normalized.slice(start, end);
      const words = ix.readingWords.get(m.term) ?? [];
      if (![...written].some((ch) => hasKanji(ch) && words.some((w) => w.includes(ch)))) continue;
      out.push({ start, end, term: m.term, value: m.value, how: 'typo' });
    }
  }
  return out;
}
