/**
 * The readings a kanji plausibly has, from the analyzer's own dictionary: how it reads alone
 * (母 → はは), and how it reads inside the dictionary's two-kanji words with a common kanji beside
 * it (母校 → ぼこう, 校 → こう, so 母 → ぼ; 診断 → しんだん, so 診 → しん). A teacher typing in kana
 * writes a word by its usual reading (けんしん for 健診, which the analyzer reads けんみ), and a
 * teacher choosing the wrong kanji picks one that reads the same (出席母 for 出席簿).
 */
import { analyze, toHiragana } from './analyzer.js';

const KANJI = /^[\u3400-\u9fff\uf900-\ufaff]$/;
const HAS_KANJI = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Kanji read the same in most of the dictionary's words that hold them (on-readings): the
 * partner whose reading is taken off a two-kanji word to leave the other kanji's.
 */
const PARTNERS = [
  ...'校茶化会者生学人的性地物用表書室員品式長部所法点文場面中上下大小年日月時間子入出本事業料金作成定期理断察査',
];

const cache = new Map<string, Set<string>>();

/** How the analyzer reads one word as one morpheme (診断 → しんだん), or null. */
function readWhole(word: string): string | null {
  const ms = analyze(word);
  return ms.length === 1 && ms[0]!.surface === word && ms[0]!.reading ? toHiragana(ms[0]!.reading) : null;
}

/** The kanji's readings: alone, and inside two-kanji words of the dictionary with a partner. */
export function kanjiReadings(kanji: string): ReadonlySet<string> {
  let set = cache.get(kanji);
  if (set) return set;
  set = new Set<string>();
  cache.set(kanji, set);
  if (!KANJI.test(kanji)) return set;
  const alone = readWhole(kanji);
  if (alone) set.add(alone);
  for (const p of PARTNERS) {
    if (p === kanji || !KANJI.test(p)) continue;
    const partner = readWhole(p);
    if (!partner) continue;
    const before = readWhole(kanji + p);
    if (before && before.endsWith(partner) && before.length > partner.length) set.add(before.slice(0, -partner.length));
    const after = readWhole(p + kanji);
    if (after && after.startsWith(partner) && after.length > partner.length) set.add(after.slice(partner.length));
  }
  return set;
}

/** At most this many readings of one word: kanji with many readings multiply. */
const MAX_READINGS = 24;

/** A kanji's readings learned from a list of words: alone, and what is left of a two-kanji word's reading once its other kanji's is taken off. */
export type LearnedReadings = Map<string, Set<string>>;

/**
 * The readings of the kanji in a list of words (a pack's catalog), learned from the words
 * themselves: 健康診断 reads 診断 しんだん and 断 alone reads だん, so 診 reads しん as well as み.
 */
export function learnReadings(words: Iterable<string>): LearnedReadings {
  const learned: LearnedReadings = new Map();
  const alone = (k: string) => {
    let set = learned.get(k);
    if (!set) {
      set = new Set<string>();
      const r = readWhole(k);
      if (r) set.add(r);
      learned.set(k, set);
    }
    return set;
  };
  for (const word of words) {
    for (const m of analyze(word)) {
      if (m.surface.length !== 2 || !m.reading || ![...m.surface].every((c) => KANJI.test(c))) continue;
      const r = toHiragana(m.reading);
      const [a, b] = [...m.surface] as [string, string];
      const [ra, rb] = [alone(a), alone(b)];
      for (const x of [...ra]) if (r.startsWith(x) && r.length > x.length) rb.add(r.slice(x.length));
      for (const y of [...rb]) if (r.endsWith(y) && r.length > y.length) ra.add(r.slice(0, -y.length));
    }
  }
  return learned;
}

/**
 * A term's other readings: its morphemes in kanji only read kanji by kanji as learned (評定一覧表
 * → ひょうていいちらんひょう besides ひょうじょう…), and a one-kanji morpheme the analyzer cut off a
 * kanji word (健|診 of 健診, read けんみ) by its learned readings too (けんしん); the rest as the
 * analyzer reads them, in hiragana. None if they are too many; a one-kanji morpheme alone (not
 * beside another kanji morpheme) keeps the analyzer's reading: a kanji alone has too many.
 */
export function termReadings(term: string, learned: LearnedReadings): string[] {
  const ms = analyze(term);
  const kanjiOnly = (k: number) => {
    const m = ms[k];
    return m !== undefined && [...m.surface].every((c) => KANJI.test(c));
  };
  const withSingles = readingsOf(ms, learned, (k) => kanjiOnly(k - 1) || kanjiOnly(k + 1));
  return withSingles.length > 0 ? withSingles : readingsOf(ms, learned, () => false);
}

function readingsOf(ms: ReturnType<typeof analyze>, learned: LearnedReadings, single: (k: number) => boolean): string[] {
  let out = [''];
  for (const [k, m] of ms.entries()) {
    const own = toHiragana(m.reading && HAS_KANJI.test(m.surface) ? m.reading : m.surface);
    const all = new Set([own]);
    const chars = [...m.surface];
    if (chars.every((c) => KANJI.test(c)) && (chars.length > 1 || single(k))) {
      let reads = [''];
      for (const c of chars) reads = reads.flatMap((p) => [...(learned.get(c) ?? [])].map((r) => p + r));
      if (reads.length <= MAX_READINGS) for (const r of reads) all.add(r);
    }
    out = out.flatMap((prefix) => [...all].map((r) => prefix + r));
    if (out.length > MAX_READINGS) return [];
  }
  return out;
}
