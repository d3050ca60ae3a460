import type { Morpheme } from './analyzer.js';
import { preparedFor } from './contingency.js';
import type { Lexicon } from './lexicon.js';
import {
  askedLeave,
  EVALUATIVE,
  EVALUATIVE_KANA,
  heldAsNoun,
  listedBefore,
  needed,
  notYet,
  obliges,
  PREDICATE,
  PUNCTUATION,
  prohibits,
  surfaceFrom,
  verbOf,
} from './scope-signs.js';

/** What the rest of its clause says of a word: negated (承諾がない), already done (送っちゃった), or supposed (送ったら). */
export interface Scope {
  negated: boolean;
  done: boolean;
  hypothetical: boolean;
  /** The verb describes the noun after it (なくした「子」, 全員に配った「もの」), it is not what is asked or told. */
  attributive?: boolean;
  /** A duty, not a fact (出さないといけない, かけなければならない): to be done, not said to be done or not. */
  obliged?: boolean;
  /**
   * The verb a negation denies, by its dictionary form and place (まとめが「進み」ません, 「送ら」ないで);
   * absent when the negation is of the word itself (承諾なし, 未記入, 記入済みじゃない).
   */
  deniedVerb?: { base: string; start: number; end: number };
  /** The clause is a contingency prepared for (何かあったときのため): it may happen, it is not done. */
  contingency?: boolean;
  /** The negation comes with しか (自分のPCしか持っていない): it says only the word, so the word holds. */
  only?: boolean;
}

const NONE: Scope = { negated: false, done: false, hypothetical: false };
/** Nouns after a verb that make a clause of it, not a description (なくした「こと」に気づいた). */
const NOMINALIZERS = new Set([
  'こと',
  'の',
  'ん',
  'ところ',
  'ため',
  'よう',
  'はず',
  'つもり',
  '方',
  'ほう',
  'とき',
  '時',
  '場合',
  'まま',
  'あと',
  '後',
  '前',
  'そう',
  'みたい',
  'らしい',
]);
/** Particles that keep a verb chain going: 送っ「て」しまった, 「は」いない, 書い「て」「も」. */
const CHAIN_PARTICLES = new Set(['て', 'で', 'ちゃ', 'じゃ', 'は', 'も', 'てる']);
/** Copulas a noun phrase is negated through: 個人契約「じゃ」なくて, 記入済み「では」ない. */
const COPULAS = new Set(['だ', 'じゃ', 'では', 'で', 'は', 'も', 'が']);
/** Case particles that keep a noun with the next one (承諾「の」ない, 承諾「が」ない): not a detachment. */
const NOUN_LINKS = new Set(['の', 'が', 'と', 'や']);

/** The particle that, with a negation, means "only" (〜しか〜ない): the word is what holds. */
const ONLY_WITH_NEGATION = 'しか';

/**
 * Reads the clause after a word (the morphemes from `end` to the next comma, conjunction or
 * sentence end) for what it says of that word: a negation of the predicate the word belongs to
 * (〜ていない, 〜ずに, 〜じゃなくて, 〜なし), a past or perfective ending (〜た, 〜ちゃった, 〜てしまった),
 * or a conditional one (〜たら, 〜ても) that makes it a supposition. A 未 right before the word
 * negates it too (未記入).
 */
export function scopeOf(morphemes: readonly Morpheme[], start: number, end: number, lexicon: Lexicon): Scope {
  if (morphemes.length === 0) return NONE;
  const negators = new Set(lexicon.negation.ja_auxiliaries);
  const negWords = new Set(lexicon.negation.ja_words);
  const boundaries = new Set(lexicon.negation.ja_boundaries);
  const perfective = new Set(lexicon.done.ja_auxiliaries);
  const hypothetical = new Set(lexicon.done.ja_hypothetical);
  const scope: Scope = { negated: false, done: false, hypothetical: false };

  const before = morphemes.filter((m) => m.end <= start).at(-1);
  if (before && negWords.has(before.surface) && before.pos === '接頭詞') scope.negated = true;

  // Start after the word; a morpheme the word ends inside (持ち出|さ, 見当たらな|い) is the word's own.
  let i = morphemes.findIndex((m) => m.end >= end);
  if (i < 0) return scope;
  const own = morphemes[i]!;
  i++;
  // A noun the dictionary joins with the ない after it (許可なく → 許可ない): the word is denied.
  if (own.end > end && own.pos === '形容詞' && own.base.endsWith('ない') && /^[な無]/.test(own.surface.slice(end - own.start))) {
    // 「許可なしじゃだめ？」: asked as a duty, as 申請なしでは is.
    if (obliges(morphemes, i - 1, lexicon)) scope.obliged = true;
    else scope.negated = true;
  }
  let inChain = own.end > start && PREDICATE.has(own.pos);
  // The verb that heads the chain of predicates: what a negation in the chain denies.
  let head: Morpheme | undefined = inChain ? own : undefined;
  // Past a case particle (通知表「を」パスワードなしで送る) the nouns that follow are not the word's:
  // a なし among them negates them, not it; the predicate the word attaches to still can.
  let detached = false;
  let onlyThis = false;
  for (; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    // 「許可も、確認も取ってない」: a word listed with も before a comma shares the predicate after it.
    if (!inChain && listedBefore(morphemes, i, end)) continue;
    if (inChain && commaRelative(morphemes, i)) {
      scope.attributive = true;
      break;
    }
    if (PUNCTUATION.has(m.surface) || (m.pos === '助詞' && m.pos1 === '接続助詞' && boundaries.has(m.base))) break;
    if (m.pos === '助詞' && m.pos1 === '接続助詞' && hypothetical.has(m.surface)) {
      scope.hypothetical = true;
      break;
    }
    // なくした read as ない+する: the verb なくす, not a negation.
    const lost = m.base === 'ない' && morphemes[i + 1]?.base === 'する';
    if ((EVALUATIVE.has(m.base) || EVALUATIVE.has(m.surface)) && !heldAsNoun(morphemes, i)) break;
    if (prohibits(morphemes, i)) break;
    // The same frame written in kana, which the analyzer cuts badly (もんだいない → もん|だ|い|ない).
    if (m.pos !== '助詞' && EVALUATIVE_KANA.some((w) => surfaceFrom(morphemes, i).startsWith(w))) break;
    if (!inChain) {
      if (m.pos === '助詞' && m.pos1 === '格助詞' && !NOUN_LINKS.has(m.surface)) detached = true;
      // 「自分のPCしか持っていない」: しか with a negation says only the word, not that it is denied.
      if (m.surface === ONLY_WITH_NEGATION && m.pos === '助詞') onlyThis = true;
      if (!detached && notYet(morphemes, i, lexicon)) {
        scope.negated = true;
        break;
      }
      const negation = negWords.has(m.base) || negWords.has(m.surface) || (m.base === 'ない' && m.pos === '形容詞');
      if (!lost && negation) {
        // 「申請なしではダメ？」: whether it is needed, as a duty is asked, not said to be left out.
        if (!detached && obliges(morphemes, i, lexicon)) scope.obliged = true;
        else if (!detached) scope.negated = true;
        continue;
      }
      // 「一斉メールをBCCじゃなくTOで送って」: past a case particle, a noun negated through a copula
      // is another noun set against the word's clause, not the word.
      if (detached && m.pos === '助動詞' && negators.has(m.base) && COPULAS.has(morphemes[i - 1]?.surface ?? '')) continue;
      if (PREDICATE.has(m.pos)) {
        inChain = true;
        head = m;
      } else if (m.pos === '名詞' || m.pos === '接頭詞' || m.pos === 'UNK') {
        // Another noun: the word was a modifier of it (承諾書の写真); keep reading for its predicate.
        continue;
      } else if (m.pos === '助詞' || COPULAS.has(m.base)) continue;
      else continue;
    }
    if (inChain) {
      if (preparedFor(morphemes, i)) {
        scope.contingency = true;
        scope.hypothetical = true;
        break;
      }
      const prev = morphemes[i - 1];
      // Right after a verb's or an auxiliary's plain form (配った「もの」, 作る「表」), not after て (保存して持参).
      const plainBefore = prev && (prev.pos === '動詞' || prev.pos === '助動詞') && /^(基本形|体言接続)/.test(prev.form);
      // A noun made a verb by する (返信して, which the dictionary may file as a plain noun) goes on
      // the chain; a verbal noun inside a compound (スキャンした「通知」表) is the noun described.
      const verbal = morphemes[i + 1]?.base === 'する' && morphemes[i + 1]?.pos === '動詞';
      const compound = morphemes[i + 1]?.pos === '名詞';
      if (
        plainBefore &&
        m.pos === '名詞' &&
        (m.pos1 !== 'サ変接続' || compound) &&
        !NOMINALIZERS.has(m.surface) &&
        (m.pos1 !== '非自立' || m.surface === 'もの') &&
        m.pos1 !== '接尾'
      ) {
        scope.attributive = true;
        break;
      }
      if (((m.pos === '名詞' && m.pos1 !== '非自立' && m.pos1 !== '接尾') || m.pos === 'UNK') && !verbal) break;
      if (m.pos === '助詞' && !CHAIN_PARTICLES.has(m.surface) && !CHAIN_PARTICLES.has(m.base)) break;
      // 〜てもらえないか, 〜ないでしょうか: a request or a question, not a denial; 〜ない方がいい(？):
      // advice on the act, which is what is asked about (SNSにあげない方がいい？).
      const next = morphemes[i + 1];
      const asked =
        next?.surface === 'か' ||
        (next?.base === 'です' && morphemes[i + 2]?.surface === 'う') ||
        next?.base === '方' ||
        next?.surface === 'ほう';
      // An auxiliary right after a noun is a kana word cut in two (ほぞ|ん for ほぞん), not a negation.
      const cut = m.pos === '助動詞' && morphemes[i - 1]?.pos === '名詞';
      const negator = (negators.has(m.base) && m.pos === '助動詞' && !cut) || (m.base === 'ない' && m.pos === '形容詞');
      if (!lost && !asked && negator) {
        if (obliges(morphemes, i, lexicon) || needed(morphemes[i - 1], lexicon)) scope.obliged = true;
        else {
          scope.negated = true;
          // A verb that is not the negation itself (ない as an adjective denies the word: 承諾がない).
          if (head && head !== m && head.pos === '動詞') scope.deniedVerb = verbOf(morphemes, head);
        }
      }
      if (perfective.has(m.base)) {
        const next = morphemes[i + 1];
        // 送った方がいい is advice, 送ったら a supposition: neither says it was done.
        if (m.form.startsWith('仮定') || hypothetical.has(m.surface) || next?.base === '方' || next?.surface === 'ほう')
          scope.hypothetical = true;
        // 置いた「まま」: a state the act leaves, asked about (置いたままでいい？), not a report that it was.
        else if (next?.surface !== 'まま' && !askedLeave(morphemes, i)) scope.done = true;
      }
      if (hypothetical.has(m.surface)) scope.hypothetical = true;
    }
  }
  if (scope.hypothetical) scope.done = false;
  if (onlyThis && scope.negated) scope.only = true;
  return scope;
}

/** English: a negation in the few words before (nobody asked, without consent, not filled in). */
export function englishNegated(text: string, start: number, lexicon: Lexicon): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const clause = window.split(/[,.;!?]|\bbut\b/).at(-1) ?? '';
  const words = clause
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean)
    .slice(-5);
  return words.some((w) => lexicon.negation.en.includes(w) || w.endsWith("n't"));
}

/**
 * A relative clause cut off by a comma (「保護者に配る、まだ誰も書き込んでいない用紙、メールで配っていい？」):
 * a verb's plain form, a comma, then words that end in a noun before the next comma with more said
 * after it. The verb describes that noun, the document, and is not what is asked.
 */
function commaRelative(morphemes: readonly Morpheme[], i: number): boolean {
  const prev = morphemes[i - 1];
  if (morphemes[i]?.surface !== '、' || !prev || !(prev.pos === '動詞' || prev.pos === '助動詞') || !/^基本形/.test(prev.form))
    return false;
  const next = morphemes.findIndex((m, k) => k > i && PUNCTUATION.has(m.surface));
  if (next < 0 || morphemes[next]!.surface !== '、' || next === morphemes.length - 1) return false;
  const last = morphemes[next - 1]!;
  return next - i > 1 && last.pos === '名詞' && last.pos1 !== '非自立' && last.pos1 !== '代名詞';
}

/**
 * The noun ending at `end` is said not to be the matter: 授業以外, 授業と関係ない, 業務とは無関係の.
 * Particles between are skipped; 関係 must be negated within its clause (関係のない, 関係ありません).
 */
export function saidUnrelated(morphemes: readonly Morpheme[], end: number, lexicon: Lexicon): boolean {
  const otherThan = new Set(lexicon.negation.ja_other_than);
  const related = new Set(lexicon.negation.ja_related);
  const negators = new Set([...lexicon.negation.ja_auxiliaries, ...lexicon.negation.ja_words]);
  const skipParticles = (k: number) => {
    while (k < morphemes.length && morphemes[k]!.pos === '助詞') k++;
    return k;
  };
  let i = morphemes.findIndex((m) => m.start >= end);
  if (i < 0) return false;
  i = skipParticles(i);
  const m = morphemes[i];
  if (!m) return false;
  // 無関係 is cut 無|関係 by the analyzer, or kept whole.
  const joined = morphemes
    .slice(i, i + 2)
    .map((x) => x.surface)
    .join('');
  if (otherThan.has(m.base) || [...otherThan].some((w) => joined.startsWith(w))) return true;
  if (!related.has(m.base)) return false;
  for (let k = i + 1; k < Math.min(morphemes.length, i + 5); k++) {
    const x = morphemes[k]!;
    if (negators.has(x.base) || negators.has(x.surface)) return true;
    if (x.pos === '名詞' || x.pos === '記号') return false;
  }
  return false;
}
