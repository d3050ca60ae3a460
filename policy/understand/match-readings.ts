/**
 * Words found by how a Japanese question reads: by their reading (a question in kana, or with
 * the wrong kanji of the same reading), and with a slip (one wrong letter, a wrong kanji of the
 * same sound, a long vowel left out).
 */
import type { Analyzed } from './analyze-question.js';
import { hasKanji } from './analyzer.js';
import { foldKana, KANA_ONLY } from './kana-words.js';
import { byOtherReadings } from './other-readings.js';
import { slippedAtEnd } from './term-variants.js';
import type { Candidate, WordIndex } from './word-index.js';

/** Kana matches shorter than this are found inside other words' endings too easily (してい in していい). */
const SHORT_KANA = 5;

/** Where in the question a span of its reading stands. */
const spanOf = (q: Analyzed, start: number, end: number) => ({
  start: q.readingAt[start]!.start,
  end: q.readingAt[end - 1]!.end,
});

/** The span starts inside a particle, an auxiliary, a verb's or an adjective's ending (か in し|か, いそう in ほし|い|そう), where no word starts. */
const startsInsideEnding = (q: Analyzed, start: number) => {
  const inside = q.morphemes.find((x) => x.start < start && x.end > start);
  return inside !== undefined && ['助動詞', '助詞', '動詞', '形容詞'].includes(inside.pos);
};

/**
 * The span is one word the dictionary knows, written otherwise than the word it reads like: a
 * homophone, not a slip (指名 is no 氏名, 保健 no 保険). A slip is no word of its own: the analyzer
 * cuts it (通知|票) or does not know it.
 */
function otherWord(q: Analyzed, span: { start: number; end: number }, words: readonly string[]): boolean {
  const m = q.morphemes.find((x) => x.start === span.start && x.end === span.end);
  return m !== undefined && m.pos !== 'UNK' && Boolean(m.reading) && m.surface.length > 1 && !words.includes(m.surface);
}

/** The words whose reading the question reads, where it wrote them in kana or in kanji that read the same. */
export function byReading(ix: WordIndex, q: Analyzed): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ix.reading.findAll(q.reading)) {
    const span = spanOf(q, m.start, m.end);
    const written = q.normalized.slice(span.start, span.end);
    // By reading only where the teacher wrote kana, or whole words in kanji that read the same
    // (通知票 for 通知表; not こうかい inside りょこう|かいしゃ 旅行会社).
    const whole = q.readingEdges.has(m.start) && q.readingEdges.has(m.end);
    // Kana from the start of a word, or long enough not to be found inside another (not いそう in
    // 載せたいそう); kanji that share a character with the word (通知票 and 通知表, not 私 for 渡し).
    const words = ix.readingWords.get(m.term) ?? [];
    const shares = [...written].some((ch) => hasKanji(ch) && words.some((w) => w.includes(ch)));
    // A kana match that starts inside an ending (た|い|そう) is not a word of its own, nor a short
    // one that ends inside one (し|て|い|い is not してい, 指定); a long one is cut badly more often
    // (しどうようろくいえに: …ろ|くい|え).
    const cut = q.morphemes.find((x) => x.start < span.end && x.end > span.end);
    const kanaOk =
      KANA_ONLY.test(written) &&
      !startsInsideEnding(q, span.start) &&
      !(cut && written.length < SHORT_KANA && ['助動詞', '助詞', '形容詞', '動詞'].includes(cut.pos));
    if (kanaOk || (hasKanji(written) && whole && shares && !otherWord(q, span, words)))
      out.push({ ...span, term: m.term, value: m.value, how: 'reading' });
  }
  return out;
}

/** The long words written with one slip, as written or as read, and the short kanji words written with a homophone. */
export function withSlips(ix: WordIndex, q: Analyzed): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ix.typo.find(q.normalized)) out.push({ start: m.start, end: m.end, term: m.term, value: m.value, how: 'typo' });
  for (const m of ix.typoReading.find(q.reading)) {
    // Not from inside an ending: 家でやるし|かないじょうきょう is no slip of 家庭状況.
    const span = spanOf(q, m.start, m.end);
    if (!startsInsideEnding(q, span.start)) out.push({ ...span, term: m.term, value: m.value, how: 'typo' });
  }
  for (const m of ix.homophones.find(q.normalized, q.morphemes)) out.push({ ...m, how: 'typo' });
  for (const m of slippedAtEnd(ix.endSlips, q.normalized, q.morphemes)) out.push({ ...m, how: 'typo' });
  out.push(...byOtherReadings(ix, q));
  const folded = foldKana(q.reading);
  for (const m of ix.folded.findAll(folded.text)) {
    out.push({ ...spanOf(q, folded.at[m.start]!, folded.at[m.end - 1]! + 1), term: m.term, value: m.value, how: 'typo' });
  }
  return out;
}
