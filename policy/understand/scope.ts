import type { Morpheme } from './analyzer.js';
import { preparedFor } from './contingency.js';
import type { Lexicon } from './lexicon.js';

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
const PUNCTUATION = new Set([
  '、',
  '。',
  '，',
  '．',
  ',',
  '.',
  '!',
  '?',
  '！',
  '？',
  '\n',
  '（',
  '）',
  '(',
  ')',
  '「',
  '」',
  '『',
  '』',
]);
/** Particles that keep a verb chain going: 送っ「て」しまった, 「は」いない, 書い「て」「も」. */
const CHAIN_PARTICLES = new Set(['て', 'で', 'ちゃ', 'じゃ', 'は', 'も', 'てる']);
/** Copulas a noun phrase is negated through: 個人契約「じゃ」なくて, 記入済み「では」ない. */
const COPULAS = new Set(['だ', 'じゃ', 'では', 'で', 'は', 'も', 'が']);
const PREDICATE = new Set(['動詞', '形容詞', '助動詞']);
/** Case particles that keep a noun with the next one (承諾「の」ない, 承諾「が」ない): not a detachment. */
const NOUN_LINKS = new Set(['の', 'が', 'と', 'や']);
/** The question's own frame: 「よくない？」「大丈夫じゃない？」 ask, they do not deny what came before. */
const EVALUATIVE = new Set([
  ...['よい', 'いい', '良い', 'よろしい', '大丈夫', 'だめ', 'ダメ', '駄目', 'まずい', '問題', 'ok', 'OK', 'アウト', 'セーフ'],
  ...['差し支え', '差し支える', '差支え', '差支える', '構う', 'かまう', '支障'],
]);

const EVALUATIVE_KANA = ['もんだい', 'だいじょうぶ', 'よろしい', 'さしつかえ', 'かまわ', 'かまいません', 'だめ'];

/** Copulas that may close a clause after まだ: まだ「です」, まだ「だ」けど, まだ「でした」. */
const CLAUSE_COPULAS = new Set(['だ', 'です', 'た']);

/**
 * 「掲載許可はまだ」: a not-yet adverb (`negation.ja_not_yet`) that closes its clause, with only a
 * copula after it, says what it follows has not happened. Before a verb it means "still" (まだ持ってる).
 */
function notYet(morphemes: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  const m = morphemes[i]!;
  if (m.pos !== '副詞' || !lexicon.negation.ja_not_yet.includes(m.base)) return false;
  const boundaries = new Set(lexicon.negation.ja_boundaries);
  for (let k = i + 1; k < morphemes.length; k++) {
    const next = morphemes[k]!;
    if (PUNCTUATION.has(next.surface) || (next.pos1 === '接続助詞' && boundaries.has(next.base))) return true;
    if (!(next.pos === '助動詞' && CLAUSE_COPULAS.has(next.base))) return false;
  }
  return true;
}

/**
 * The negation at morpheme `i` makes a duty, not a denial: 〜なければ・〜なきゃ (a conditional form of
 * ない), 〜なくちゃ・〜なくては, or 〜ないと followed by a word of obligation (`negation.ja_obligation`:
 * いけない, ならない, だめ) or by the end of the sentence (出さないと。).
 */
function obliges(morphemes: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  const neg = morphemes[i]!;
  const next = morphemes[i + 1];
  if (neg.form.startsWith('仮定')) return true;
  if (next?.pos1 === '接続助詞' && (next.surface === 'ちゃ' || (next.surface === 'て' && morphemes[i + 2]?.surface === 'は')))
    return true;
  if (next?.surface !== 'と' || next.pos1 !== '接続助詞') return false;
  const after = morphemes[i + 2];
  return !after || PUNCTUATION.has(after.surface) || lexicon.negation.ja_obligation.includes(after.base);
}

/** A verb by its dictionary form, a noun made a verb by する by the noun (記入|して → 記入). */
function verbOf(morphemes: readonly Morpheme[], head: Morpheme): { base: string; start: number; end: number } {
  const noun = morphemes[morphemes.indexOf(head) - 1];
  if (head.base === 'する' && noun?.pos1 === 'サ変接続' && noun.end === head.start)
    return { base: noun.base, start: noun.start, end: head.end };
  return { base: head.base, start: head.start, end: head.end };
}

/** Particles that make the word before them the topic or object of a verb: 公開のOK「は」もらってない. */
const ARGUMENT_PARTICLES = new Set(['は', 'を', 'が', 'も']);

/**
 * A word of the question's frame (OK, 許可) used as a thing given or got (「公開のOKはもらってない」):
 * a particle, then a verb. 「問題はない」「大丈夫じゃない」 stay the frame.
 */
function heldAsNoun(morphemes: readonly Morpheme[], i: number): boolean {
  const particle = morphemes[i + 1];
  const verb = morphemes[i + 2];
  return particle?.pos === '助詞' && ARGUMENT_PARTICLES.has(particle.surface) && verb?.pos === '動詞' && verb.pos1 === '自立';
}

/** Particles that list nouns sharing one predicate: 許可「も」、確認「も」取ってない. */
const LISTING = new Set(['も']);

/**
 * Morpheme `i` is a comma right after the word and a listing particle (許可も「、」): the list goes on
 * past it to the predicate the words share.
 */
function listedBefore(morphemes: readonly Morpheme[], i: number, end: number): boolean {
  const m = morphemes[i]!;
  const prev = morphemes[i - 1];
  return (
    (m.surface === '、' || m.surface === ',') &&
    prev !== undefined &&
    prev.start === end &&
    prev.pos === '助詞' &&
    LISTING.has(prev.surface)
  );
}

/**
 * A perfective asked leave for (入れ「ちゃって」いい？, 送っ「ちゃって」も大丈夫？): how it would be
 * done, not that it was: て, perhaps も, then the question's frame.
 */
function askedLeave(morphemes: readonly Morpheme[], i: number): boolean {
  let k = i + 1;
  if (morphemes[k]?.surface !== 'て' && morphemes[k]?.surface !== 'で') return false;
  k++;
  if (morphemes[k]?.surface === 'も') k++;
  const m = morphemes[k];
  return m !== undefined && (EVALUATIVE.has(m.base) || EVALUATIVE.has(m.surface));
}

/** The text from morpheme `i` to the end of its sentence, as written. */
function surfaceFrom(morphemes: readonly Morpheme[], i: number): string {
  let out = '';
  for (let k = i; k < morphemes.length && out.length < 12; k++) out += morphemes[k]!.surface;
  return out;
}

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
    if (PUNCTUATION.has(m.surface) || (m.pos === '助詞' && m.pos1 === '接続助詞' && boundaries.has(m.base))) break;
    if (m.pos === '助詞' && m.pos1 === '接続助詞' && hypothetical.has(m.surface)) {
      scope.hypothetical = true;
      break;
    }
    // なくした read as ない+する: the verb なくす, not a negation.
    const lost = m.base === 'ない' && morphemes[i + 1]?.base === 'する';
    if ((EVALUATIVE.has(m.base) || EVALUATIVE.has(m.surface)) && !heldAsNoun(morphemes, i)) break;
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
        if (!detached) scope.negated = true;
        continue;
      }
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
      // 〜てもらえないか, 〜ないでしょうか: a request or a question, not a denial.
      const asked =
        morphemes[i + 1]?.surface === 'か' || (morphemes[i + 1]?.base === 'です' && morphemes[i + 2]?.surface === 'う');
      // An auxiliary right after a noun is a kana word cut in two (ほぞ|ん for ほぞん), not a negation.
      const cut = m.pos === '助動詞' && morphemes[i - 1]?.pos === '名詞';
      const negator = (negators.has(m.base) && m.pos === '助動詞' && !cut) || (m.base === 'ない' && m.pos === '形容詞');
      if (!lost && !asked && negator) {
        if (obliges(morphemes, i, lexicon)) scope.obliged = true;
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

/** Particles that may come between a quotation and the verb of saying: 「…と『は』言われていない」, 「…と『の』ご依頼」. */
const QUOTE_LINKS = new Set(['は', 'も', 'の']);

/** A quotation's end: the quoting と, って, or よう(に) of an indirect request (送るように指定). */
function quoteEnd(m: Morpheme): boolean {
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
    if (
      (PUNCTUATION.has(m.surface) && m.surface !== '」' && m.surface !== '』') ||
      (m.pos1 === '接続助詞' && boundaries.has(m.base))
    )
      return null;
    if (!quoteEnd(m)) continue;
    let k = i + 1;
    if (m.base === 'よう' && morphemes[k]?.surface === 'に') k++;
    while (k < morphemes.length && (QUOTE_LINKS.has(morphemes[k]!.surface) || morphemes[k]!.pos === '接頭詞')) k++;
    const said = morphemes[k];
    if (!said || !speech.has(said.base)) return null;
    // Not asked (FAXでとは言われていない), or asked not to (FAXでは送らないでと言われた).
    const askedNot = scopeOf(morphemes, start, end, lexicon).negated;
    return { negated: askedNot || scopeOf(morphemes, said.start, said.end, lexicon).negated };
  }
  return null;
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
 * The word ending at `end` names the time of an event (三者面談「を前に」, 個人面談「の間」, 家庭訪問
 * 「の際」): の or を, then a word of time (`event_time`) that ends its phrase (not 前の記録); or the
 * subject of a verb of its coming (個人面談が始まる).
 */
export function namesTime(morphemes: readonly Morpheme[], end: number, lexicon: Lexicon): boolean {
  let i = morphemes.findIndex((m) => m.start >= end);
  if (i < 0 || morphemes[i]!.start !== end) return false;
  if (comesAsEvent(morphemes, i, lexicon)) return true;
  if (morphemes[i]!.pos === '助詞' && (morphemes[i]!.surface === 'の' || morphemes[i]!.surface === 'を')) i++;
  const time = morphemes[i];
  if (!time || !lexicon.event_time.ja.includes(time.surface)) return false;
  const next = morphemes[i + 1];
  return !next || (next.pos !== '名詞' && !(next.surface === 'の' && morphemes[i + 2]?.pos === '名詞'));
}

/** 個人面談「が始まる」: the word as the subject (が, は, も) of a verb of the event's coming (`event_time.ja_verbs`). */
function comesAsEvent(morphemes: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  const particle = morphemes[i];
  if (particle?.pos !== '助詞' || !['が', 'は', 'も'].includes(particle.surface)) return false;
  const verb = morphemes[i + 1];
  return verb !== undefined && PREDICATE.has(verb.pos) && lexicon.event_time.ja_verbs.includes(verb.base);
}
