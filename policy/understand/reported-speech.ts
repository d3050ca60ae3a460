import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { englishNegated, scopeOf } from './scope.js';
import { PUNCTUATION } from './scope-signs.js';

/** Particles that may come between a quotation and the verb of saying: 「…と『は』言われていない」, 「…と『の』ご依頼」. */
const QUOTE_LINKS = new Set(['は', 'も', 'の']);

/**
 * The quoting って after a て form, which the dictionary splits as っ (a verb) and て (送ってって →
 * 送っ|て|っ|て): the second て is the quotation's end.
 */
function splitTte(m: Morpheme, before: Morpheme | undefined): boolean {
  return m.surface === 'て' && before?.surface === 'っ' && before.pos === '動詞' && before.pos1 === '非自立';
}

/** A quotation's end: the quoting と, って, or よう(に) of an indirect request (送るように指定). */
function quoteEnd(m: Morpheme, before?: Morpheme): boolean {
  if (splitTte(m, before)) return true;
  if (m.pos !== '助詞' && !(m.base === 'よう' && m.pos1 === '非自立')) return false;
  return m.base === 'よう' || (m.surface === 'と' && m.pos2 === '引用') || (m.surface === 'って' && m.pos1 === '格助詞');
}

/**
 * Whether the words from `start` to `end` are inside a request someone reports (「FAXでって言ってる」,
 * 「FAXで送ってほしいとのご依頼」, 「FAXで送るように指定された」): the clause after them closes a
 * quotation (と, って, よう(に)) that a verb or noun of saying or asking takes (`lexicon.request`).
 * Returns null when they are not, else whether that saying is denied (「FAXでとは言われていない」).
 */
export function quotedRequest(
  morphemes: readonly Morpheme[],
  start: number,
  end: number,
  lexicon: Lexicon,
): { negated: boolean } | null {
  const speech = new Set(lexicon.request.ja);
  const boundaries = new Set(lexicon.negation.ja_boundaries);
  let i = morphemes.findIndex((m) => m.start >= end);
  if (i < 0 || start >= end) return null;
  for (let n = 0; i < morphemes.length && n < 12; i++, n++) {
    const m = morphemes[i]!;
    // A comma before the quoting と closes the words quoted, not the clause (「FAXで、と言われた」).
    const closesQuote = m.surface === '、' && morphemes[i + 1] !== undefined && quoteEnd(morphemes[i + 1]!, m);
    if (
      (PUNCTUATION.has(m.surface) && m.surface !== '」' && m.surface !== '』' && !closesQuote) ||
      (m.pos1 === '接続助詞' && boundaries.has(m.base))
    )
      return null;
    if (!quoteEnd(m, morphemes[i - 1])) continue;
    const tte = m.surface === 'って' || splitTte(m, morphemes[i - 1]);
    // A って that ends the sentence leaves the verb of saying unsaid (「向こうがFAXで欲しいって」:
    // they say so); not one asked back (「FAXでいいって？」).
    if (tte && endsStatement(morphemes[i + 1]) && !ownIntent(morphemes[i - 1]))
      return { negated: scopeOf(morphemes, start, end, lexicon).negated };
    let k = i + 1;
    if (m.base === 'よう' && morphemes[k]?.surface === 'に') k++;
    while (k < morphemes.length && (QUOTE_LINKS.has(morphemes[k]!.surface) || morphemes[k]!.pos === '接頭詞')) k++;
    // Who says it may stand between (「FAXで、と先方が言っている」); with nothing after it, the verb of
    // saying is left unsaid (「FAXで、と先方が」).
    const speaker = m.surface === 'と' ? speakerAt(morphemes, k, lexicon) : 0;
    if (speaker > 0 && endsStatement(morphemes[k + speaker])) return { negated: scopeOf(morphemes, start, end, lexicon).negated };
    k += speaker;
    const said = morphemes[k];
    if (!said || !speech.has(said.base)) return null;
    // Not asked (FAXでとは言われていない), or asked not to (FAXでは送らないでと言われた).
    const askedNot = scopeOf(morphemes, start, end, lexicon).negated;
    return { negated: askedNot || scopeOf(morphemes, said.start, said.end, lexicon).negated };
  }
  return null;
}

/**
 * From `k`: nouns, then が or は (と「先方が」): who says it; how many morphemes that takes, or 0. Not
 * one of the school's own staff (`recipients.inside`: と「教頭が」言ってる is no request from outside).
 */
function speakerAt(morphemes: readonly Morpheme[], k: number, lexicon: Lexicon): number {
  const staff = new Set(lexicon.recipients.inside);
  const speech = new Set(lexicon.request.ja);
  let n = k;
  while (morphemes[n]?.pos === '名詞') {
    // と「依頼」が: the saying itself, not who says it.
    if (staff.has(morphemes[n]!.base) || speech.has(morphemes[n]!.base)) return 0;
    n++;
  }
  const particle = morphemes[n];
  return n > k && particle?.pos === '助詞' && ['が', 'は'].includes(particle.surface) ? n + 1 - k : 0;
}

/** The teacher's own intent or wondering before a quoting って (送ろうって, 送るかって): not a request. */
function ownIntent(before: Morpheme | undefined): boolean {
  return before !== undefined && (['う', 'よう', 'まい'].includes(before.base) || before.pos1.includes('終助詞'));
}

/** Nothing, or a full stop or exclamation, after a word: the statement ends there. */
function endsStatement(next: Morpheme | undefined): boolean {
  return next === undefined || ['。', '.', '!', '！', '」', '\n'].includes(next.surface);
}

/**
 * Whether the words from `start` to `end` stand inside a bracketed quotation that someone else said
 * or asked of the teacher (「うちの子の調査書のコピーがほしい」と言われました): the 「 before them is not
 * closed before them, and its 」 is followed by the quoting と or って and a verb of saying or asking
 * (`lexicon.request`) in the passive. What a parent says of their own child is not the teacher's purpose.
 */
export function insideReportedQuote(morphemes: readonly Morpheme[], start: number, end: number, lexicon: Lexicon): boolean {
  let open = -1;
  for (let i = 0; i < morphemes.length && morphemes[i]!.end <= start; i++) {
    const surface = morphemes[i]!.surface;
    if (surface === '「' || surface === '『') open = i;
    else if (surface === '」' || surface === '』') open = -1;
  }
  if (open < 0) return false;
  const close = morphemes.findIndex((m) => m.start >= end && (m.surface === '」' || m.surface === '』'));
  if (close < 0) return false;
  const quoting = morphemes[close + 1];
  if (!quoting || !quoteEnd(quoting)) return false;
  let k = close + 2;
  while (k < morphemes.length && (QUOTE_LINKS.has(morphemes[k]!.surface) || morphemes[k]!.pos === '接頭詞')) k++;
  const said = morphemes[k];
  if (!said || !new Set(lexicon.request.ja).has(said.base)) return false;
  // Said to the teacher (言われた, 頼まれた): the passive. 「年賀状に使うから」と言って is the teacher's own.
  const next = morphemes[k + 1];
  return Boolean(next && next.pos === '動詞' && next.pos1 === '接尾' && (next.base === 'れる' || next.base === 'られる'));
}

/**
 * English: the words are what someone is reported to ask for ("they asked us to fax it", "they
 * only accept it by fax"): a word of asking (`lexicon.request`) a few words before, in the same
 * clause. Returns null when not, else whether the asking is denied ("nobody asked us to fax").
 */
export function englishRequest(text: string, start: number, lexicon: Lexicon): { negated: boolean } | null {
  const window = text.slice(Math.max(0, start - 60), start);
  const clause = window.split(/[,.;!?]|\bbut\b|\bor\b/).at(-1) ?? '';
  const offset = start - clause.length;
  const words = [...clause.matchAll(/[a-z']+/g)].slice(-8);
  // What the teacher asks or wants for themselves ("I want to fax", "should I ask") is not a request made to them.
  const asked = words.filter((w, k) => lexicon.request.en.includes(w[0]) && !/^(i|we)$/.test(words[k - 1]?.[0] ?? '')).at(-1);
  if (!asked) return null;
  // Not asked ("nobody asked us to fax"), or asked not to ("they told us not to fax").
  const between = clause.slice(asked.index! + asked[0].length).split(/[^a-z']+/);
  const askedNot = between.some((w) => lexicon.negation.en.includes(w) || w.endsWith("n't"));
  return { negated: askedNot || englishNegated(text, offset + asked.index!, lexicon) };
}

/**
 * A request said as a noun (「先方の依頼で」, 「病院の指定により」, 「依頼があったので」): a noun of
 * asking (`lexicon.request`: 依頼, 指定, 希望, 要望) after someone's の, or followed by が and ある,
 * then で, により or ので. Null when there is none; else whether it is denied (依頼はない).
 */
export function requestNoun(morphemes: readonly Morpheme[], lexicon: Lexicon): { negated: boolean } | null {
  const speech = new Set(lexicon.request.ja);
  for (let i = 1; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    if (m.pos !== '名詞' || m.pos1 !== 'サ変接続' || !speech.has(m.base)) continue;
    const next = morphemes[i + 1];
    const someones = morphemes[i - 1]!.surface === 'の' && morphemes[i - 2]?.pos === '名詞';
    const because =
      next?.pos === '助詞' && (next.surface === 'で' || (next.surface === 'に' && morphemes[i + 2]?.base === 'よる'));
    const there = next?.surface === 'が' && morphemes[i + 2]?.base === 'ある';
    if ((someones && because) || there) return { negated: scopeOf(morphemes, m.start, m.end, lexicon).negated };
  }
  return null;
}
