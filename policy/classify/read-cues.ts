import { escapeRegex } from '../escape-regex.js';
import type { ProseSettings } from '../schema.js';
import { analyze, hasKanji, type Morpheme, readingOf, toHiragana } from '../understand/analyzer.js';

/**
 * Matters told in plain words (pack.yaml `classify.prose.matters[].heads` and `suffixes`), read
 * by the analyzer rather than by letters: a head is a word of its own in any of its forms
 * (倒れる in 倒れて or たおれた, 薬 but not 薬物), a suffix ends a noun that names a condition
 * (認知症, 糖尿病, 気管支炎, 切り傷). Only lines a cheap pattern picks go to the analyzer.
 */
export interface CompiledCues {
  /** `kind`: a column kind's word (腹痛, 捻挫), read in prose only: a table row's is the columns'. */
  /** `lacking`: told only when the clause after it denies it (朝食なし). */
  heads: { matter: string; parts: { base: string; kana: string }[]; kind: boolean; lacking?: boolean }[];
  suffixes: Map<string, string>;
  /** The heads as a child or a chat writes them, in kana (たたかれる, びょういん): the lines the analyzer reads too. */
  kana: RegExp | null;
}

/**
 * The cues of a pack. `pick` needs no analyzer: it chooses the lines that may hold a cue (a
 * head's leading kanji or the head as written, a kanji before a suffix). The heads are analyzed
 * on first use (`get`), so the analyzer (about 100 MB) is loaded only for a text with such a
 * line or with kana, where a head may be written without its kanji (`kana`); never for one
 * with neither (a refused file, a table of figures).
 */
export interface LazyCues {
  pick: RegExp;
  get(): CompiledCues;
}

/** The least kana a head's reading keeps to pick a line (たたく → たた, くすり): one kana picks every line. */
const MIN_KANA = 2;

export interface CueHit {
  matter: string;
  word: string;
  /** Where it starts in the text read. */
  at: number;
}

const MAX_LINES = 200;
/** Nouns that form no compound with the word after them: ため, こと (非自立), 今日 (副詞可能), それ (代名詞). */
const LEANING = new Set(['非自立', '副詞可能', '代名詞']);
const MAX_LINE = 1200;
/** Two kana in a row: a line that may write a head in kana. */
const KANA = /\p{sc=Hiragana}{2}/u;

/** A pack's matter, with the words of the column kinds it names (`kinds`). */
type CueMatter = ProseSettings['matters'][number] & { kindWords?: string[] };

export function compileCues(matters: CueMatter[]): LazyCues | null {
  const stems = new Set<string>();
  for (const m of matters) {
    for (const head of [...m.heads, ...m.lacking, ...(m.kindWords ?? [])])
      stems.add(escapeRegex(/^[\p{sc=Han}々]+/u.exec(head)?.[0] ?? head));
    // A kanji, or a kanji and its okurigana (切り傷, 擦り傷; not a particle: 市の病院), before a suffix.
    for (const s of m.suffixes) stems.add(`\\p{sc=Han}(?:(?![のがをにはとでもへやか])\\p{sc=Hiragana})?${escapeRegex(s)}`);
    for (const s of m.suffixes) stems.add(`の${escapeRegex(s)}`);
  }
  if (stems.size === 0) return null;
  let compiled: CompiledCues | undefined;
  return {
    pick: new RegExp([...stems].join('|'), 'u'),
    get: () => {
      compiled ??= buildCues(matters);
      return compiled;
    },
  };
}

function buildCues(matters: CueMatter[]): CompiledCues {
  const heads: CompiledCues['heads'] = [];
  const suffixes = new Map<string, string>();
  const kana = new Set<string>();
  for (const m of matters) {
    const kind = new Set(m.kindWords ?? []);
    for (const head of [...m.heads, ...kind]) {
      const words = analyze(head.normalize('NFKC'));
      const parts = words.map((w) => ({ base: w.base, kana: readingOf(w.base) }));
      if (parts.length === 0) continue;
      heads.push({ matter: m.id, parts, kind: kind.has(head) && !m.heads.includes(head) });
      const stem = kanaStem(words[0]!, parts[0]!.kana);
      if (stem) kana.add(stem);
    }
    for (const head of m.lacking) {
      const parts = analyze(head.normalize('NFKC')).map((w) => ({ base: w.base, kana: readingOf(w.base) }));
      if (parts.length > 0) heads.push({ matter: m.id, parts, kind: false, lacking: true });
    }
    for (const s of m.suffixes) suffixes.set(s.normalize('NFKC'), m.id);
  }
  return { heads, suffixes, kana: kana.size > 0 ? new RegExp([...kana].join('|')) : null };
}

/** The kana a verb's ending turns into as it inflects (蹴る: けらない, けります, けって …), by its last kana. */
const ENDING_ROW: Record<string, string> = {
  く: 'かきくけこい',
  ぐ: 'がぎぐげごい',
  す: 'さしすせそ',
  つ: 'たちつてとっ',
  ぬ: 'なにぬねのん',
  ぶ: 'ばびぶべぼん',
  む: 'まみむめもん',
  る: 'らりるれろっ',
  う: 'わいうえおっ',
};

/**
 * How a head's first word begins when written in kana (叩かれる as たたかれる, 倒れて as たおれて), as a
 * pattern: its reading, less the ending a verb or an adjective inflects; a stem of one kana (蹴る: け)
 * only with a kana its ending turns into after it (けられた), or it would pick every line.
 */
function kanaStem(word: Morpheme, reading: string): string {
  if (!hasKanji(word.base)) return '';
  const inflects = word.pos === '動詞' || word.pos === '形容詞';
  const stem = inflects ? reading.slice(0, -1) : reading;
  if (stem.length >= MIN_KANA) return escapeRegex(stem);
  const row = inflects ? ENDING_ROW[reading.slice(-1)] : undefined;
  return stem && row ? `${escapeRegex(stem)}[${row}]` : '';
}

/** The cues in a text, each once per place, with the matter it tells. */
export function readCues(lazy: LazyCues, text: string): CueHit[] {
  const out: CueHit[] = [];
  let offset = 0;
  let read = 0;
  for (const line of text.split('\n')) {
    if (read < MAX_LINES && (lazy.pick.test(line) || (KANA.test(line) && lazy.get().kana?.test(line)))) {
      read++;
      const c = lazy.get();
      const words = analyze(line.slice(0, MAX_LINE));
      const row = line.includes('\t');
      for (let i = 0; i < words.length; i++) {
        const hit = headAt(c, words, i, row) ?? suffixAt(c, words, i);
        if (hit) out.push({ ...hit, at: offset + words[i]!.start });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

const sameWord = (w: Morpheme, part: { base: string; kana: string }) =>
  w.base === part.base || (!hasKanji(w.base) && toHiragana(w.base) === part.kana);

function headAt(c: CompiledCues, words: readonly Morpheme[], i: number, row: boolean): { matter: string; word: string } | null {
  // The last part of a compound is another word: 動物病院 is no hospital of the pupil's. A verb after
  // a noun is no compound (夜眠れず, 昨日倒れた).
  // A noun that only leans on what follows (ため, こと: 非自立) or tells when (今日: 副詞可能) makes no
  // compound with it: 「受診できないため受診できず」「今日受診した」 tell the matter.
  // An act (受診, 入院: サ変接続) ending a compound is still that act, done where its first part says
  // (小児科受診, 緊急入院), unless the compound goes on (受診率, 入院費).
  const before = words[i - 1];
  const after = words[i + 1];
  const act = words[i]!.pos1 === 'サ変接続' && !(after?.pos === '名詞' && after.start === words[i]!.end);
  const compound =
    words[i]!.pos === '名詞' && before?.pos === '名詞' && !LEANING.has(before.pos1) && before.end === words[i]!.start;
  if (compound && !act) return null;
  for (const { matter, parts, kind, lacking } of c.heads) {
    if (kind && row) continue;
    if (
      parts.every((part, k) => words[i + k] && sameWord(words[i + k]!, part)) &&
      (!lacking || deniedAfter(words, i + parts.length))
    )
      return {
        matter,
        word: words
          .slice(i, i + parts.length)
          .map((w) => w.surface)
          .join(''),
      };
  }
  return null;
}

/** The most words read after a thing a child goes without for the clause's denial (ご飯 / が / 出 / て / い / ない). */
const DENIAL_WINDOW = 7;
/** A denial: ない (なかった), なし (無し), ず (ぬ). */
const DENIAL = new Set(['ない', 'なし', '無し', 'ぬ']);

/** Whether the clause from `j` denies what stands before it (朝食なし, 出ていない, はいてなかった), before a stop (、 。). */
function deniedAfter(words: readonly Morpheme[], j: number): boolean {
  for (let k = j; k < Math.min(words.length, j + DENIAL_WINDOW); k++) {
    const w = words[k]!;
    if (w.pos === '記号') return false;
    if (DENIAL.has(w.base) && (w.pos === '助動詞' || w.pos === '形容詞' || w.pos1 === '非自立' || w.pos === '名詞')) return true;
  }
  return false;
}

/** A noun ending with a suffix (後遺症, 切り傷), or a noun followed by the suffix as its own word (認知 / 症). */
function suffixAt(c: CompiledCues, words: readonly Morpheme[], i: number): { matter: string; word: string } | null {
  const w = words[i]!;
  if (w.pos !== '名詞' || w.pos1 === '数' || w.pos1 === '接尾') return null;
  const next = words[i + 1];
  if (next?.pos1 === '接尾' && c.suffixes.has(next.surface))
    return { matter: c.suffixes.get(next.surface)!, word: w.surface + next.surface };
  // The suffix as the last noun of a compound (聴覚 / 障害, 言語 / 障害): a condition, unless the
  // compound goes on (障害 / 者 / 手帳 names a document, 障害 / 物 a race). A noun that names an act
  // (通信, 運用: サ変接続) before it tells of a system's failure, not of a person's condition.
  const organ = w.pos1 !== 'サ変接続' && /^\p{sc=Han}+$/u.test(w.surface);
  if (next && organ && isFinalNoun(c, words, i + 1) && w.end === next.start)
    return { matter: c.suffixes.get(next.surface)!, word: w.surface + next.surface };
  // The suffix as a noun of its own after の tells the same (カッターの傷, 手首の傷): a mark on someone.
  if (words[i - 1]?.surface === 'の' && isFinalNoun(c, words, i)) return { matter: c.suffixes.get(w.surface)!, word: w.surface };
  for (const [suffix, matter] of c.suffixes)
    if (w.surface.length > suffix.length && w.surface.endsWith(suffix) && /^\p{sc=Han}/u.test(w.surface))
      return { matter, word: w.surface };
  return null;
}

function isFinalNoun(c: CompiledCues, words: readonly Morpheme[], j: number): boolean {
  const w = words[j]!;
  if (w.pos !== '名詞' || w.pos1 === '接尾' || !c.suffixes.has(w.surface)) return false;
  const after = words[j + 1];
  return !(after && after.pos === '名詞' && after.start === w.end);
}
