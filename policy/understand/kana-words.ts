import type { Morpheme } from './analyzer.js';

/** Written in hiragana only (a word typed in kana). */
export const KANA_ONLY = /^[\u3040-\u309fー]+$/;

/**
 * The morphemes of a question with each word it wrote in kana and mamoru found by its reading
 * (しゃしん = 写真), or that the analyzer cut into grammar (学級|だ|より), made one noun: the analyzer, which knows few words in kana, cuts them anywhere
 * (しゃし|ん), and a piece it took for an auxiliary (ん, ない) must not negate the words beside it.
 * Morphemes a word covers only in part keep their part outside it.
 */
export function withKanaWords(
  morphemes: readonly Morpheme[],
  words: readonly { start: number; end: number; term: string }[],
  text: string,
): readonly Morpheme[] {
  const spans = words
    .filter((w) => KANA_ONLY.test(text.slice(w.start, w.end)) || cutByGrammar(morphemes, w))
    .sort((a, b) => a.start - b.start)
    .filter((w, i, all) => i === 0 || w.start >= all[i - 1]!.end);
  if (spans.length === 0) return morphemes;
  const out: Morpheme[] = [];
  for (const m of morphemes) {
    const span = spans.find((s) => m.start < s.end && m.end > s.start);
    if (!span) {
      out.push(m);
      continue;
    }
    if (m.start < span.start) out.push(piece(m, m.start, span.start, text));
    if (!out.some((o) => o.start === span.start && o.end === span.end)) out.push(noun(span, text));
    if (m.end > span.end) out.push(piece(m, span.end, m.end, text));
  }
  return out;
}

/**
 * A word the analyzer cut into pieces one of which it took for grammar (学級|だ|より, 学年|だ|より:
 * an auxiliary and a particle): the pieces are the word, and the grammar is not there.
 */
function cutByGrammar(morphemes: readonly Morpheme[], w: { start: number; end: number }): boolean {
  const inside = morphemes.filter((m) => m.start >= w.start && m.end <= w.end);
  return inside.length > 1 && inside.some((m) => m.pos === '助動詞' || m.pos === '助詞');
}

function noun(span: { start: number; end: number; term: string }, text: string): Morpheme {
  const surface = text.slice(span.start, span.end);
  const { start, end } = span;
  return { surface, base: span.term, reading: '', pos: '名詞', pos1: '一般', pos2: '', pos3: '', form: '', start, end };
}

/** What is left of a morpheme outside a word: as unknown, since the analyzer's cut was wrong. */
function piece(m: Morpheme, start: number, end: number, text: string): Morpheme {
  const surface = text.slice(start, end);
  return { ...m, surface, base: surface, reading: '', pos: 'UNK', pos1: '', pos2: '', pos3: '', form: '', start, end };
}

/** Particles a short word typed in kana may run into (じむに, じむで): it ends there. */
const PARTICLES = new Set([...'でにをのがはへともやかまよ']);
/** Short words typed in kana stand alone only up to this length; longer ones are found inside text. */
const SHORT = 2;

/**
 * A short word found where the teacher wrote it in kana, running on into more kana that is no
 * particle (ジム in じむ|しつ 事務室): the start of another word, not this one. Where the teacher
 * put a space after it, or a particle, it is the word.
 */
export function insideKanaWord(text: string, start: number, end: number, spaces: ReadonlySet<number>): boolean {
  const written = text.slice(start, end);
  if (written.length > SHORT || !KANA_ONLY.test(written) || spaces.has(end)) return false;
  const next = text[end];
  return next !== undefined && KANA_ONLY.test(next) && !PARTICLES.has(next);
}

const SMALL: Readonly<Record<string, string>> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
};

/** Kana that end in o: the う after them is a long o, often left out (きぼちょさ for きぼうちょうさ). */
const O_ROW = new Set([...'おこごそぞとどのほぼぽもよろょ']);

/**
 * A reading as a slip leaves it alike: without long vowels (アンケト for アンケート, きぼ for きぼう) and with
 * small kana as large (しよるい for しょるい), and for each character kept where it was.
 *
 * @example foldKana('あんけーと').text // 'あんけと'
 */
export function foldKana(reading: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < reading.length; i++) {
    const ch = reading[i]!;
    if (ch === 'ー' || ch === '-' || (ch === 'う' && O_ROW.has(reading[i - 1] ?? ''))) continue;
    text += SMALL[ch] ?? ch;
    at.push(i);
  }
  return { text, at };
}

/** Sounds a loanword spells two ways (チーム and ティーム, ラジオ and ラディオ): the plain kana, and the kana with a small vowel. */
const LOAN_SOUNDS: Readonly<Record<string, string>> = { ち: 'てぃ', じ: 'でぃ' };
const SMALL_KANA = /[ぁぃぅぇぉゃゅょゎ]/;

/**
 * The other spellings of a word written in katakana (a loanword), as normalized (hiragana): ち as
 * てぃ, じ as でぃ, where no small kana follows (ちゃ stays). A teacher typing in kana spells the
 * English sound (てぃーむず for チームズ, Teams).
 *
 * @example loanSpellings('ちーむず') // ['てぃーむず']
 */
export function loanSpellings(normalized: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < normalized.length; i++) {
    const other = LOAN_SOUNDS[normalized[i]!];
    if (!other || SMALL_KANA.test(normalized[i + 1] ?? '')) continue;
    out.push(`${normalized.slice(0, i)}${other}${normalized.slice(i + 1)}`);
  }
  return out;
}
