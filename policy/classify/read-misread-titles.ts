/**
 * OCR reads a kanji of a title as one that looks like it (事故報告 as 事故報吾, 休暇 as 休策): the
 * title is then no catalog term and the photo of a record goes unnamed. A title word of the
 * catalog is found again in a line read by OCR when all its letters but one stand in order and
 * the one that differs is a kanji read as another kanji. Only terms of four letters or more are
 * read so: in a shorter one a single letter changes the word (出席簿, 出席者).
 */
export interface MisreadIndex {
  /** A normalised term with one kanji hidden (事故\0告) → the term; null when two terms share it. */
  keys: Map<string, string | null>;
  lengths: number[];
}

const MIN_LENGTH = 4;
const HAN = /^\p{sc=Han}$/u;
/** Letters of a title word: kanji and kana, no digits or Latin (OCR noise there is no misread kanji). */
const TITLE_WORD = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u;
const HIDDEN = '\0';

/** Indexes normalised catalog terms by each of their kanji hidden in turn (the first letter kept). */
export function compileMisreads(terms: Iterable<string>): MisreadIndex {
  const keys = new Map<string, string | null>();
  for (const term of new Set(terms)) {
    const letters = [...term];
    if (letters.length < MIN_LENGTH || !TITLE_WORD.test(term)) continue;
    for (let j = 1; j < letters.length; j++) {
      if (!HAN.test(letters[j]!)) continue;
      const key = [...letters.slice(0, j), HIDDEN, ...letters.slice(j + 1)].join('');
      const prev = keys.get(key);
      keys.set(key, prev === undefined || prev === term ? term : null);
    }
  }
  return { keys, lengths: [...new Set([...keys.values()].filter((t) => t !== null).map((t) => [...t].length))] };
}

const MAX_TEXT = 20_000;

/**
 * A text read by OCR with every word of the index it misread put right, line by line (an NFKC
 * text in, the same letters out but those put right): 「病気休策」 → 「病気休暇」.
 */
export function repairMisreads(index: MisreadIndex, text: string): string {
  if (index.keys.size === 0) return text;
  const head = text.slice(0, MAX_TEXT);
  const repaired = head
    .split('\n')
    .map((line) => {
      let out = line;
      // A line may hold more than one word misread; each pass puts one right.
      for (let pass = 0; pass < 4; pass++) {
        const next = repairMisread(index, out);
        if (!next) break;
        out = next;
      }
      return out;
    })
    .join('\n');
  return repaired + text.slice(MAX_TEXT);
}

/**
 * The line with the first catalog term OCR misread in it put right, or null (a normalised line in, a
 * normalised line out).
 *
 * @example repairMisread(index, '事故報吾めも') // '事故報告めも'
 */
export function repairMisread(index: MisreadIndex, line: string): string | null {
  const letters = [...line];
  for (const length of index.lengths) {
    for (let start = 0; start + length <= letters.length; start++) {
      for (let j = 1; j < length; j++) {
        const read = letters[start + j]!;
        if (!HAN.test(read)) continue;
        const window = letters.slice(start, start + length);
        window[j] = HIDDEN;
        const term = index.keys.get(window.join(''));
        if (!term || [...term][j] === read) continue;
        return [...letters.slice(0, start), ...term, ...letters.slice(start + length)].join('');
      }
    }
  }
  return null;
}
