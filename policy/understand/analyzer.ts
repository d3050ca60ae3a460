import { createRequire } from 'node:module';

/**
 * One morpheme of a Japanese sentence, as the analyzer's dictionary (IPADIC) has it: the word
 * as written, its dictionary form (送っ → 送る), its reading in katakana, its part of speech and
 * conjugation. Offsets are in UTF-16 code units of the analyzed text.
 */
export interface Morpheme {
  surface: string;
  /** The dictionary form; the surface for words the dictionary does not know. */
  base: string;
  /** Katakana; empty for words the dictionary does not know (ASCII, new coinages). */
  reading: string;
  /** 名詞, 動詞, 助動詞, 助詞, 形容詞 … ; UNK for unknown words. */
  pos: string;
  /** The first subcategory: 固有名詞, サ変接続, 自立, 非自立, 接尾, 格助詞 … */
  pos1: string;
  /** The second subcategory: 人名, 地域 … */
  pos2: string;
  /** The third subcategory: 姓 and 名 for people's names (山田 / 太郎) … */
  pos3: string;
  /** 連用タ接続, 未然形, 基本形 … */
  form: string;
  start: number;
  end: number;
}

interface LinderaToken {
  surface: string;
  baseForm?: string;
  reading?: string;
  partOfSpeech?: string;
  partOfSpeechSubcategory1?: string;
  partOfSpeechSubcategory2?: string;
  partOfSpeechSubcategory3?: string;
  conjugationType?: string;
}

interface Tokenizer {
  tokenize(text: string): LinderaToken[];
}

let tokenizer: Tokenizer | null = null;
let loadMs = 0;

/**
 * Lindera (a maintained morphological analyzer, compiled to WebAssembly) with IPADIC embedded
 * in its npm package: no files to find, no network, and it loads synchronously, so answering
 * stays a plain function call. Loaded on first use (about a second); servers warm it at start.
 */
function load(): Tokenizer {
  if (tokenizer) return tokenizer;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const { TokenizerBuilder } = require('lindera-wasm-nodejs-ipadic') as {
    TokenizerBuilder: new () => {
      setDictionary(uri: string): void;
      setMode(mode: string): void;
      build(): Tokenizer;
    };
  };
  const builder = new TokenizerBuilder();
  builder.setDictionary('embedded://ipadic');
  builder.setMode('normal');
  tokenizer = builder.build();
  loadMs = performance.now() - started;
  return tokenizer;
}

/** Loads the analyzer now (a server calls this at start-up); returns how long loading took, in ms. */
export function warmAnalyzer(): number {
  load();
  return loadMs;
}

const field = (value: string | undefined) => (value && value !== '*' ? value : '');

/**
 * The morphemes of a text. Text past `maxChars` is not analyzed (questions are short; the
 * validator bounds them before they get here).
 *
 * @example analyze('送っちゃった').map((m) => m.base) // ['送る', 'ちゃう', 'た']
 */
export function analyze(text: string, maxChars = 20_000): readonly Morpheme[] {
  const input = text.length > maxChars ? text.slice(0, maxChars) : text;
  if (input.length === 0) return [];
  // A question is read by several parts (its words, its descriptions): the analyzer, about half
  // of an answer's time, runs once for it. Results are never changed by their readers.
  const known = recent.get(input);
  if (known) return known;
  const out = tokenize(input);
  if (input.length > RECENT_CHARS) return out;
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(input, out);
  return out;
}

/**
 * The last texts analyzed (insertion order), for the parts that read the same text: the parts of
 * one answer, and the lines of one document that its title, its prose and its subject ask about.
 */
const RECENT = 64;
/** Longer texts are not kept: 64 short lines or questions stay small. */
const RECENT_CHARS = 2_000;
const recent = new Map<string, readonly Morpheme[]>();

function tokenize(input: string): readonly Morpheme[] {
  const tokens = load().tokenize(input);
  const out: Morpheme[] = [];
  let at = 0;
  for (const t of tokens) {
    const surface = t.surface;
    const start = input.indexOf(surface, at);
    const from = start < 0 ? at : start;
    const end = from + surface.length;
    at = end;
    const pos = field(t.partOfSpeech) || 'UNK';
    out.push({
      surface,
      base: field(t.baseForm) || surface,
      reading: field(t.reading),
      pos,
      pos1: field(t.partOfSpeechSubcategory1),
      pos2: field(t.partOfSpeechSubcategory2),
      pos3: field(t.partOfSpeechSubcategory3),
      form: field(t.conjugationType),
      start: from,
      end,
    });
  }
  readContractedOku(out);
  readItsu(out);
  readToran(out);
  readHairanai(out);
  readShitoru(out);
  readN(out);
  readQuotingTo(out);
  return out;
}

/** What may follow the contracted ておこう at the end of a clause: nothing, う, か, な, a mark. */
const ENDS_CLAUSE = (m: Morpheme | undefined) =>
  m === undefined || m.pos === '記号' || m.pos === '助動詞' || (m.pos === '助詞' && m.pos1.includes('終助詞'));

/**
 * 写しとこ, 出しとこ (写しておこう): IPADIC reads a verb's stem in し and the contracted ておこ as two
 * nouns (写し|とこ, a copy and a place), though it reads 写しとく as the verb. Where the stem with
 * とく is read as that verb, the two are the verb and the auxiliary とく (ておく).
 */
function readContractedOku(out: Morpheme[]): void {
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    const stem = out[i - 1]!;
    if (m.surface !== 'とこ' || m.pos !== '名詞' || !ENDS_CLAUSE(out[i + 1])) continue;
    const oku = { ...m, base: 'とく', pos: '動詞', pos1: '非自立', pos2: '', pos3: '', form: '未然ウ接続' };
    if (stem.pos === '動詞' && stem.form.startsWith('連用')) out[i] = oku;
    if (stem.pos !== '名詞') continue;
    const verb = verbStem(stem, 'とく');
    if (!verb) continue;
    out[i - 1] = verb;
    out[i] = oku;
  }
}

/**
 * A noun that is a verb's stem (写し, 答え), as the verb: where the analyzer reads it as a verb
 * with `ending` after it (写しとく, 答えていない), or null.
 */
function verbStem(stem: Morpheme, ending: string): Morpheme | null {
  const verb = load()
    .tokenize(`${stem.surface}${ending}`)
    .find((t) => t.surface === stem.surface);
  if (field(verb?.partOfSpeech) !== '動詞' || !field(verb?.baseForm)) return null;
  return {
    ...stem,
    base: field(verb!.baseForm),
    reading: field(verb!.reading),
    pos: '動詞',
    pos1: '自立',
    pos2: '',
    pos3: '',
    form: '連用形',
  };
}

/**
 * いつですか, はいつまで: IPADIC reads the interrogative いつ there as いる's stem and the classical
 * auxiliary つ (い|つ), which modern questions never use. The two are the pronoun いつ (when).
 */
function readItsu(out: Morpheme[]): void {
  for (let i = out.length - 1; i > 0; i--) {
    const i_ = out[i - 1]!;
    const tsu = out[i]!;
    if (i_.surface !== 'い' || i_.pos !== '動詞' || tsu.surface !== 'つ' || tsu.pos !== '助動詞') continue;
    out.splice(i - 1, 2, {
      surface: 'いつ',
      base: 'いつ',
      reading: 'イツ',
      pos: '名詞',
      pos1: '代名詞',
      pos2: '一般',
      pos3: '',
      form: '',
      start: i_.start,
      end: tsu.end,
    });
  }
}

/**
 * 書いとらん用紙, 答えとらん用紙 (書いておらん, Kumamoto's 書いていない): before a noun IPADIC reads
 * the contracted とらん as the particle と and a noun らん, though it reads 送っとらん as the verb とる
 * and ん. After a verb's stem (答え read as the noun too), they are that helping verb and the negation.
 */
function readToran(out: Morpheme[]): void {
  for (let i = out.length - 2; i > 0; i--) {
    const [stem, to, ran] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (to.surface !== 'と' || ran.surface !== 'らん' || to.end !== ran.start || stem.end !== to.start) continue;
    const verb = stem.pos === '名詞' ? verbStem(stem, 'ていない') : stem;
    if (verb?.pos !== '動詞' || !verb.form.startsWith('連用')) continue;
    out[i - 1] = verb;
    const tora = { ...to, surface: 'とら', base: 'とる', reading: 'トラ', pos: '動詞', pos1: '非自立', pos2: '', pos3: '' };
    const n = { ...ran, surface: 'ん', base: 'ん', reading: 'ン', pos: '助動詞', pos1: '', pos2: '', pos3: '', form: '基本形' };
    out.splice(i, 2, { ...tora, form: '未然形', end: to.end + 1 }, { ...n, start: ran.end - 1 });
  }
}

/**
 * 「FAXで、と先方が」: after a comma that closes the words quoted, IPADIC reads the quoting と as a
 * filler. Right after a comma that follows a word, it is the particle that quotes them.
 */
function readQuotingTo(out: Morpheme[]): void {
  for (let i = 2; i < out.length; i++) {
    const m = out[i]!;
    if (m.surface !== 'と' || m.pos !== 'フィラー' || !['、', '，', ','].includes(out[i - 1]!.surface)) continue;
    if (out[i - 2]!.pos === '記号') continue;
    out[i] = { ...m, base: 'と', pos: '助詞', pos1: '格助詞', pos2: '引用', pos3: '', form: '' };
  }
}

/**
 * あるんでした, 書いとらんです: IPADIC reads ん after a verb or an auxiliary as either the negation
 * (ませ|ん) or the nominalizer of 〜んです (ある|ん|です), not always as the verb's form says. The form
 * decides: after a 未然形 it negates (分から|ん, 書いとら|ん), after a 基本形 or 連体形 it is the の of
 * an explanation (ある|ん|でし|た, 送っ|た|ん|です).
 */
function readN(out: Morpheme[]): void {
  for (let i = 1; i < out.length; i++) {
    const [prev, m] = [out[i - 1]!, out[i]!];
    if (m.surface !== 'ん' || prev.end !== m.start || (prev.pos !== '動詞' && prev.pos !== '助動詞')) continue;
    const negation = m.pos === '助動詞';
    if (negation && /^(基本形|連体)/.test(prev.form))
      out[i] = { ...m, base: 'ん', pos: '名詞', pos1: '非自立', pos2: '一般', pos3: '', form: '' };
    else if (!negation && m.pos === '名詞' && prev.form.startsWith('未然'))
      out[i] = { ...m, base: 'ん', pos: '助動詞', pos1: '', pos2: '', pos3: '', form: '基本形' };
  }
}

/**
 * 立会いはいらない (立会い|は|いらない, "no witness needed"): after a noun or a verb's stem with no
 * particle between, IPADIC reads は and 要ら as one verb 入る (はいら). Negated there, they are the
 * topic particle and 要る, as the same words after a particle are read (パスワードは|いら|ない).
 */
function readHairanai(out: Morpheme[]): void {
  for (let i = out.length - 2; i > 0; i--) {
    const [before, m, neg] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (m.pos !== '動詞' || m.base !== 'はいる' || !m.surface.startsWith('はい') || before.end !== m.start) continue;
    if (before.pos !== '名詞' && !(before.pos === '動詞' && before.form.startsWith('連用'))) continue;
    if (neg.pos !== '助動詞' || !['ない', 'ん', 'ぬ'].includes(neg.base)) continue;
    const wa = { ...m, surface: 'は', base: 'は', reading: 'ハ', pos: '助詞', pos1: '係助詞', pos2: '', pos3: '', form: '' };
    const iru = { ...m, surface: m.surface.slice(1), base: '要る', reading: m.reading.slice(1), start: m.start + 1 };
    out.splice(i, 1, { ...wa, end: m.start + 1 }, iru);
  }
}

/**
 * 同じにしとって, 保存しとる (Kyushu's している): IPADIC reads しとる as a verb of its own, though it
 * reads コピーしとった as する and the helping verb とる. After a noun or a particle they are that
 * pair (し|とる), so that する's phrases (同じにする) are found in every dialect's form.
 */
function readShitoru(out: Morpheme[]): void {
  for (let i = out.length - 1; i > 0; i--) {
    const m = out[i]!;
    const before = out[i - 1]!;
    if (m.pos !== '動詞' || m.base !== 'しとる' || !m.surface.startsWith('し') || m.surface.length < 2) continue;
    if (before.pos !== '名詞' && before.pos !== '助詞' && before.pos !== '連体詞') continue;
    const suru = { ...m, surface: 'し', base: 'する', reading: 'シ', pos1: '自立', form: '連用形', end: m.start + 1 };
    const toru = {
      ...m,
      surface: m.surface.slice(1),
      base: 'とる',
      reading: m.reading.slice(1),
      pos1: '非自立',
      start: m.start + 1,
    };
    out.splice(i, 1, suru, toru);
  }
}

const KATAKANA = /[\u30a1-\u30f6]/g;
/** Katakana as hiragana (the form mamoru compares readings in). */
export const toHiragana = (s: string) => s.replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

const HAS_KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆]/;

/**
 * How a word or phrase is read, in hiragana: 通知表 → つうちひょう. Words without kanji are their
 * own reading; a part the dictionary cannot read keeps its surface.
 */
export function readingOf(text: string): string {
  if (!HAS_KANJI.test(text)) return toHiragana(text);
  return analyze(text)
    .map((m) => toHiragana(m.reading && HAS_KANJI.test(m.surface) ? m.reading : m.surface))
    .join('');
}

export const hasKanji = (s: string) => HAS_KANJI.test(s);

/** A morpheme's dictionary form (座っ → 座る), or its surface where the dictionary has none. */
export const dictionaryForm = (m: Morpheme) => (m.base && m.base !== '*' ? m.base : m.surface);
