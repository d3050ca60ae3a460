/**
 * Words found by their morphemes rather than by their letters: phrases whatever their ending,
 * verbs by their dictionary forms or readings, and places by the particle after them.
 */
import { hasKanji, type Morpheme, toHiragana } from './analyzer.js';
import { normalize } from './normalize.js';
import { type Candidate, keyOf, type WordIndex } from './word-index.js';

/**
 * Phrases found by their morphemes, whatever their ending and with or without their particles
 * (見てしまいました for 見てしまっ, 添付ファイル開いちゃった for 添付ファイルを開い).
 */
export function inflectedPhrases(ix: WordIndex, all: readonly Morpheme[]): Candidate[] {
  const morphemes = all.filter((m) => m.pos !== '助詞');
  const keys = morphemes.map(keyOf);
  const out: Candidate[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (const { term, seq, value } of ix.inflected.get(keys[i]!) ?? []) {
      if (i + seq.length > keys.length || !seq.every((key, k) => keys[i + k] === key)) continue;
      out.push({ start: morphemes[i]!.start, end: morphemes[i + seq.length - 1]!.end, term, value, how: 'exact' });
    }
  }
  return out;
}

/** Verbs too common to stand for an action by their reading (刷る is read する). */
const COMMON_VERBS = new Set([
  'する',
  'なる',
  'いる',
  'ある',
  'くる',
  'いく',
  'みる',
  'いう',
  'おく',
  'でる',
  'とる',
  'もつ',
  'かく',
  'きる',
  'よむ',
]);

/**
 * Verbs in a row by their dictionary forms, particles and auxiliaries between them skipped; a
 * verb written in kana (もってかえる) by its reading, when the readings are long enough not to be
 * another common verb (刷る is read する).
 */
export function lemmaActions(ix: WordIndex, morphemes: readonly Morpheme[]): Candidate[] {
  const verbs = morphemes.filter((m) => m.pos === '動詞' || (m.pos === '名詞' && m.pos1 === 'サ変接続'));
  const out: Candidate[] = [];
  for (let i = 0; i < verbs.length; i++) {
    for (const { seq, value } of ix.lemmas) {
      if (i + seq.length > verbs.length) continue;
      const run = verbs.slice(i, i + seq.length);
      const byForm = seq.every(([form], k) => run[k]!.base === form);
      const readingLength = seq.reduce((n, forms) => n + (forms[1]?.length ?? 0), 0);
      const byReading =
        !byForm &&
        readingLength >= 3 &&
        !(seq.length === 1 && COMMON_VERBS.has(toHiragana(run[0]!.base))) &&
        seq.every((forms, k) => !hasKanji(run[k]!.surface) && forms[1] === toHiragana(run[k]!.base));
      // Consecutive: nothing but particles and auxiliaries between them (持って帰る, 持ってく).
      const span = morphemes.indexOf(run.at(-1)!) - morphemes.indexOf(run[0]!);
      if ((byForm || byReading) && span <= 2 * seq.length) {
        out.push({
          start: run[0]!.start,
          end: run.at(-1)!.end,
          term: `lemma:${seq.map((f) => f[0]).join('+')}`,
          value,
          how: 'exact',
        });
      }
    }
  }
  return out;
}

/** Verbs of going somewhere: a place followed by で and one of them is the means, not the place of work. */
const MOVING = new Set(['行く', '来る', '帰る', '向かう', '通う', '出かける', '戻る', '移動', '出張']);

/** Nouns that only say where inside a place (電車の中で, 家の方で): skipped between a place and its particle. */
const WITHIN = new Set(['中', 'なか', '方', 'ほう', '車内']);

/**
 * A place noun (自宅, 電車, スマホ) followed by one of the case particles the lexicon names for it
 * (で, にて, から), or by の and a word for inside it (電車の中で): the action the place says,
 * whatever the particle, where the written phrases name only some (自宅で, 家で).
 */
export function placeActions(ix: WordIndex, morphemes: readonly Morpheme[]): Candidate[] {
  const out: Candidate[] = [];
  const noun = (m: Morpheme | undefined) => m !== undefined && (m.pos === '名詞' || m.pos === 'UNK');
  for (let i = 0; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    if (!noun(m)) continue;
    // The analyzer may cut a word it reads as two (スマ|ホ): the noun and the next one together.
    const two = noun(morphemes[i + 1]) ? ix.places.get(normalize(m.surface + morphemes[i + 1]!.surface)) : undefined;
    const place = two ?? ix.places.get(normalize(m.surface));
    if (!place) continue;
    let k = two ? i + 2 : i + 1;
    if (morphemes[k]?.surface === 'の' && WITHIN.has(normalize(morphemes[k + 1]?.surface ?? ''))) k += 2;
    const next = morphemes[k];
    if (next?.pos !== '助詞' || !place.particles.has(normalize(next.surface))) continue;
    // A vehicle one goes by (バスで行く) is how one travels, not where the work is done.
    if (next.surface === 'で' && MOVING.has(morphemes[k + 1]?.base ?? '')) continue;
    out.push({ start: m.start, end: next.end, term: `place:${m.surface}`, value: place.value, how: 'exact' });
  }
  return out;
}
