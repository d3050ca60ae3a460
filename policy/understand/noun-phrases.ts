/**
 * The noun phrases of a question or of a catalog name (運動会|の|プログラム, 面接|練習|カード): nouns in a
 * row or joined by の, each read as its content words and its head (what kind of document), with the
 * kinds of document the dictionary splits into other words (学校|だ|より) made one word again.
 * compound-reading.ts matches them against the catalog.
 */
import { analyze, type Morpheme } from './analyzer.js';
import { normalizeKeepKatakana } from './normalize.js';

/** A noun phrase of the question: its content words and its head (the last word). */
export interface NounPhrase {
  content: string[];
  head: string;
  start: number;
  end: number;
}

/** A noun the phrase is built of: not a pronoun, a number or a noun that only stands for another. */
function isNoun(m: Morpheme): boolean {
  if (m.pos === '名詞') return !['非自立', '代名詞', '数', '副詞可能', '形容動詞語幹'].includes(m.pos1);
  if (m.pos === '接頭詞') return true;
  // Unknown katakana words (パワポ, ロイロ): loanwords the dictionary lacks.
  return m.pos === 'UNK' && /^[\u30a0-\u30ffー]{2,}$/.test(m.surface);
}

/**
 * The words of a run of morphemes: a suffix (者, 会, 局, 届) or a prefix joins the noun beside it
 * (保護者, 説明会): one word, as the catalog's names are read.
 */
function wordsOf(run: readonly Morpheme[]): { words: string[] } {
  const words: string[] = [];
  let prefix = '';
  for (const m of run) {
    if (m.pos === '接頭詞') {
      prefix += m.surface;
      continue;
    }
    if (m.pos1 === '接尾' && words.length > 0) {
      words[words.length - 1] += m.surface;
      continue;
    }
    words.push(prefix + m.surface);
    prefix = '';
  }
  return { words };
}

/**
 * The noun phrases of the morphemes: nouns in a row, joined by の (運動会|の|プログラム), each of
 * two words or more.
 */
export function nounPhrases(morphemes: readonly Morpheme[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let run: Morpheme[] = [];
  const close = () => {
    if (run.length > 0) {
      const { words } = wordsOf(run);
      if (words.length >= 2)
        out.push({ content: words.slice(0, -1), head: words.at(-1)!, start: run[0]!.start, end: run.at(-1)!.end });
    }
    run = [];
  };
  let joined = false;
  for (let i = 0; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    const adjacent = run.length === 0 || run.at(-1)!.end === m.start || joined;
    joined = false;
    if (isNoun(m) && adjacent) run.push(m);
    else if (m.surface === 'の' && m.pos === '助詞' && run.length > 0 && morphemes[i + 1] && isNoun(morphemes[i + 1]!))
      joined = true;
    else {
      close();
      if (isNoun(m)) run.push(m);
    }
  }
  close();
  return out;
}

const HIRAGANA = /^[\u3041-\u309f]{2,}$/;

/**
 * The kinds of document the catalog writes in hiragana after a noun, which the dictionary splits
 * into other words (学校|だ|より): the hiragana after a name's last noun, when none of it is a noun.
 */
export function kanaKinds(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const ms = analyze(normalizeKeepKatakana(n));
    const last = ms.findLastIndex(isNoun);
    if (last < 0 || last === ms.length - 1) continue;
    const tail = ms.slice(last + 1);
    const text = tail.map((m) => m.surface).join('');
    if (HIRAGANA.test(text)) out.add(text);
  }
  return [...out];
}

/**
 * The morphemes with a kind of `kanaKinds` right after a noun made one noun (園|だより): what the
 * document is, as the catalog's names say it.
 */
export function withKanaKinds(morphemes: readonly Morpheme[], kinds: readonly string[]): Morpheme[] {
  const out: Morpheme[] = [];
  for (let i = 0; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    const before = out.at(-1);
    let text = '';
    let end = i;
    if (before && isNoun(before) && before.end === m.start)
      for (let j = i; j < morphemes.length && j < i + 4 && morphemes[j]!.start === (morphemes[j - 1] ?? before).end; j++) {
        text += morphemes[j]!.surface;
        if (kinds.includes(text)) {
          end = j;
          break;
        }
      }
    if (end > i) {
      out.push({
        ...m,
        surface: text,
        base: text,
        reading: '',
        pos: '名詞',
        pos1: '一般',
        pos2: '',
        pos3: '',
        form: '',
        end: morphemes[end]!.end,
      });
      i = end;
    } else out.push(m);
  }
  return out;
}

export function phrasesOf(text: string, kinds: readonly string[] = []): NounPhrase[] {
  const ms = withKanaKinds(analyze(normalizeKeepKatakana(text)), kinds);
  const ps = nounPhrases(ms);
  if (ps.length > 0) return ps;
  const { words } = wordsOf(ms.filter(isNoun));
  return words.length > 0 ? [{ content: words.slice(0, -1), head: words.at(-1)!, start: 0, end: text.length }] : [];
}
