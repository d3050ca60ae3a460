import type { Morpheme } from './analyzer.js';
import { doneAfter } from './said-done.js';
import { wentOtherwise } from './went-otherwise.js';

/**
 * Verbs whose て form marks the act after it as a mistake (間違えて送った, 誤って載せた), by base form
 * (kanji or kana, as the analyzer gives it). Kana あやまる is left out: it is also 謝る.
 */
const MISTAKE_VERBS = new Set(['間違える', 'まちがえる', '間違う', 'まちがう', '誤る']);
/** Adverbs that mark the act they modify as a mistake (うっかり持ち帰った). */
const MISTAKE_ADVERBS = new Set(['うっかり', '誤って']);
/** Verbs that after て say a state reached or a coming back (届いている, 戻ってくる). */
const STATE_AFTER_TE = new Set(['いる', 'てる', 'くる', 'おる']);

/**
 * A mishap the sentence tells as already happened, read from its structure, not from incident words
 * (4-4(1)②: an event that may lead to leakage is reported):
 * - an act marked as a mistake (間違えて / まちがえて / 誤って / うっかり) and said done after it
 *   (投稿してしまいました, 載せてた); a plan (出しちゃおうかな) or a supposition (送ったら) is not done;
 * - an expected result said not reached (「郵送した調査書が…届いていない」, 戻ってこない): a verb in
 *   the state of て+いる/くる negated, its subject marked by が in the same sentence with no object
 *   after it (not the speaker's own act left undone: 「開いていません」), after an act said done;
 * - an act done otherwise than meant or believed (went-otherwise.ts: 送るはずが, したつもりが);
 * - a change no one made (「誰も触ってないのに書き換わってる」) or one done to it without leave,
 *   told in the passive (「勝手に操作されている」): someone else's act on the data (4-4(1)②ウ).
 */
export function mishapSaid(morphemes: readonly Morpheme[]): boolean {
  return mistakeDone(morphemes) || resultNotReached(morphemes) || wentOtherwise(morphemes) || doneByNoOne(morphemes);
}

/** A mistake marker followed by an act said done. */
export function mistakeDone(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    const verb = m.pos === '動詞' && MISTAKE_VERBS.has(m.base) && morphemes[i + 1]?.base === 'て';
    if (!verb && !MISTAKE_ADVERBS.has(m.base)) return false;
    for (let j = verb ? i + 2 : i + 1; j < morphemes.length; j++) {
      const later = morphemes[j]!;
      if (later.pos === '記号' && later.pos1 === '句点') return false;
      if (later.pos === '動詞' && later.pos1 === '自立' && !MISTAKE_VERBS.has(later.base) && doneAfter(morphemes, j)) return true;
    }
    return false;
  });
}

/**
 * Verbs of something sent arriving or coming back: said not yet (まだ届いてない), it went astray.
 * Not つく or かえる in kana: they are also 付く, 変える and 帰る (パスワードまだかえてない).
 */
const ARRIVAL = new Set(['届く', 'とどく', '着く', '戻る', 'もどる', '返る']);

/**
 * An expected result said not reached (届いていない), its subject marked by が, after an act done;
 * or a thing sent said not yet arrived (「まだ届いてないって連絡が来ました」), the act told before.
 */
export function resultNotReached(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (m.pos !== '動詞' || m.pos1 !== '自立' || !stateNegated(morphemes, i)) return false;
    if (ARRIVAL.has(m.base) && notYet(morphemes, i)) return true;
    let subject = false;
    let doneBefore = false;
    for (let k = i - 1; k >= 0; k--) {
      const p = morphemes[k]!;
      if (p.pos === '記号' && p.pos1 === '句点') break;
      if (p.pos === '助詞' && p.surface === 'を' && !subject) return false;
      if (p.pos === '助詞' && p.pos1 === '格助詞' && p.surface === 'が') subject = true;
      if (subject && p.pos === '動詞' && doneAfter(morphemes, k)) doneBefore = true;
    }
    return subject && doneBefore;
  });
}

/** まだ before the verb at `i`, in its sentence. */
function notYet(morphemes: readonly Morpheme[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const p = morphemes[k]!;
    if (p.pos === '記号' && p.pos1 === '句点') return false;
    if (p.surface === 'まだ') return true;
  }
  return false;
}

/** The verb at `i` goes on with て and a verb of state (いる, くる), then a negation (ない, ません). */
function stateNegated(morphemes: readonly Morpheme[], i: number): boolean {
  let state = morphemes[i + 1]?.base === 'てる';
  let k = i + 1;
  if (!state) {
    if (morphemes[k]?.base !== 'て') return false;
    k++;
    state = STATE_AFTER_TE.has(morphemes[k]?.base ?? '');
  }
  if (!state) return false;
  for (k = k + 1; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.pos !== '助動詞') return false;
    if (m.base === 'ない' || m.base === 'ぬ' || m.surface === 'ん') return true;
  }
  return false;
}

/** Said without leave (勝手に, 無断で): the act is not the speaker's nor allowed. */
const WITHOUT_LEAVE = new Set(['勝手', '無断']);

/**
 * A change no one made: 誰も, a verb negated, のに, then a verb done or in a state (書き換わってる).
 * Or without leave (勝手に) a verb in the passive (操作されている, 使われた).
 */
export function doneByNoOne(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (m.base === '誰' && morphemes[i + 1]?.surface === 'も') return changedYet(morphemes, i + 2);
    if (WITHOUT_LEAVE.has(m.base) && /^[にで]$/.test(morphemes[i + 1]?.surface ?? '')) return passiveAfter(morphemes, i + 2);
    return false;
  });
}

/** From `from`: a negation, のに, then a verb done or in a state, within the sentence. */
function changedYet(morphemes: readonly Morpheme[], from: number): boolean {
  let negated = false;
  for (let k = from; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.pos === '記号' && m.pos1 === '句点') return false;
    if (m.pos === '助動詞' && (m.base === 'ない' || m.base === 'ぬ')) negated = true;
    const noni = m.surface === 'のに' || (m.surface === 'の' && morphemes[k + 1]?.surface === 'に');
    if (negated && noni) {
      return morphemes.slice(k + 1).some((v, j) => {
        const at = k + 1 + j;
        return v.pos === '動詞' && v.pos1 === '自立' && doneOrState(morphemes, at);
      });
    }
  }
  return false;
}

/** From `from`, before the clause ends: a verb followed by the passive (れる, られる). */
function passiveAfter(morphemes: readonly Morpheme[], from: number): boolean {
  for (let k = from; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.pos === '記号') return false;
    if (m.pos === '動詞' && m.pos1 === '接尾' && (m.base === 'れる' || m.base === 'られる')) return doneOrState(morphemes, k);
  }
  return false;
}

/**
 * The verb at `i` is said done or in the state it left (書き換わってる, 操作されている, 使われた),
 * not negated, planned or supposed (使われないように, 見られたら).
 */
function doneOrState(morphemes: readonly Morpheme[], i: number): boolean {
  if (doneAfter(morphemes, i)) return true;
  let state = false;
  for (let k = i + 1; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.base === 'てる' || (m.pos === '動詞' && m.pos1 === '非自立' && (m.base === 'いる' || m.base === 'おる'))) state = true;
    else if (m.pos === '助動詞' && (m.base === 'ない' || m.base === 'ぬ' || m.base === 'う' || m.surface === 'ん')) return false;
    else if (!(m.pos === '助動詞' || (m.pos === '助詞' && m.base === 'て'))) return state;
  }
  return state;
}
