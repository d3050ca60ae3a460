import type { Analyzed } from './analyze-question.js';
import { type Morpheme, readingOf, toHiragana } from './analyzer.js';

/**
 * Whether the question says the parents' consent to publishing is had (第2表: photos and pupils' work
 * with 保護者の承諾 are class Ⅳ), read through the analyzer rather than from phrases:
 * a consent noun (the pack's `consent` words: 承諾, 同意, 了解, OK …, or いいという返事), held by the
 * parents or unstated, then a predicate that has it (もらう, 得る, 取る, ある, 済み, 返ってきた) or the
 * pupils it marks out (承諾ある子だけ, 公開OKの家庭の子だけ); not negated (まだ返ってきていない),
 * supposed (もらえたら) or asked (あるか). Refusals (断られている子もいる) deny it for the whole question.
 *
 * A wrong "had" makes publishing 可, so each doubt reads as not had.
 */
export function consentHad(q: Analyzed, nouns: readonly string[], language: 'ja' | 'en'): boolean {
  if (language === 'en') return englishConsent(q.normalized);
  const ms = q.morphemes;
  if (refused(ms, q.reading)) return false;
  const set = new Set(nouns.map((n) => n.toLowerCase()));
  const readings = new Set(nouns.map((n) => toHiragana(readingOf(n))).filter((r) => r.length >= 4));
  let had = false;
  let denied = false;
  let only = false;
  let seen = false;
  ms.forEach((_, i) => {
    if (!isConsent(ms, i, set, readings)) return;
    seen = true;
    if (byOthers(ms, i)) return;
    const said = predicate(ms, i + 1);
    if (said === 'denied' || before(ms, i)) denied = true;
    else if (said === 'had' || said === 'only') {
      had = true;
      if (said === 'only') only = true;
    }
  });
  // Kana typed by sound is cut badly by the analyzer (ほごしゃしょうだくあり): read its reading instead.
  if (!seen) {
    const r = kanaConsent(q.reading, readings);
    if (r === 'denied') denied = true;
    else if (r === 'had') had = true;
  }
  // One occurrence denied (承諾がまだの家庭): only the pupils said to have it may count (承諾済みの子だけ).
  return had && (!denied || only);
}

function isConsent(ms: readonly Morpheme[], i: number, nouns: Set<string>, readings: Set<string>): boolean {
  const m = ms[i]!;
  const base = (m.base && m.base !== '*' ? m.base : m.surface).toLowerCase();
  if (nouns.has(base) || nouns.has(m.surface.toLowerCase())) return true;
  if (m.reading && readings.has(toHiragana(m.reading)) && m.pos === '名詞') return true;
  // いいという返事 / 載せていいって返事: an answer saying yes.
  if (m.base === '返事') {
    const prev = ms.slice(Math.max(0, i - 4), i);
    return prev.some((p) => ['いい', '良い', 'よい', 'ok'].includes(p.base.toLowerCase()));
  }
  return false;
}

/** Held by someone other than the parents (校長の了解, 委員会の許可): not the consent 第2表 means. */
function byOthers(ms: readonly Morpheme[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const m = ms[k]!;
    if (m.pos === '記号' || (m.pos === '助詞' && !['の', 'から', 'に', 'は', 'にも'].includes(m.surface))) return false;
    if (['校長', '教頭', '管理職', '委員会', '教育委員会', '上司', '先生', '学校'].includes(m.base)) return true;
  }
  return false;
}

/** 未承諾: the noun denied by its prefix. */
function before(ms: readonly Morpheme[], i: number): boolean {
  return ms[i - 1]?.surface === '未';
}

const HAVE = new Set([
  'もらう',
  'もらえる',
  'もろう',
  '得る',
  '取る',
  'とる',
  '取れる',
  'とれる',
  'ある',
  'いただく',
  '頂く',
  '頂ける',
  'いただける',
  '返る',
  '届く',
  '出る',
  'くれる',
]);
const JOIN = new Set(['は', 'を', 'が', 'も', 'の', 'まで', 'だけ', 'から']);
const PUPILS = new Set([
  '子',
  '子ども',
  '子供',
  '児童',
  '生徒',
  '家庭',
  '家',
  '分',
  '人',
  '者',
  '方',
  'ご家庭',
  '保護者',
  '写真',
  '作品',
  '動画',
]);
/** Nouns after the verb that make it needed, planned or supposed (とる必要, ある場合). */
const NOT_YET = new Set(['必要', 'べき', 'こと', '予定', 'つもり', '場合', '時', 'とき', '際', '限り']);
const DOUBT = new Set(['か', 'かどうか', 'ば', 'たら', 'なら', 'なければ', 'ないと', 'ても']);

/**
 * What follows a consent noun says of it: had (もらっている, あり, 済み), only (…の子だけ), denied
 * (もらっていない, まだ, なし), or nothing (asked, supposed, needed, or another word).
 */
function predicate(ms: readonly Morpheme[], from: number): 'had' | 'only' | 'denied' | 'none' {
  let k = from;
  let still = false;
  // 同意書, 承諾書: the form that carries it.
  if (ms[k]?.base === '書') k++;
  // 済み / 済 / 有り right on the noun.
  if (ms[k] && ['済み', '済', 'ずみ', '済む'].includes(ms[k]!.base)) return marks(ms, k + 1) ?? 'had';
  if (ms[k] && ['なし', '無し', '未', '不可', 'NG', 'ng'].includes(ms[k]!.base)) return 'denied';
  while (ms[k] && ((ms[k]!.pos === '助詞' && JOIN.has(ms[k]!.surface)) || ms[k]!.base === 'まだ' || ms[k]!.pos === '副詞')) {
    if (ms[k]!.base === 'まだ') still = true;
    // 公開OKの家庭の子だけ: the consent marks the pupils out.
    if (ms[k]!.surface === 'の' && ms[k + 1] && PUPILS.has(ms[k + 1]!.base)) return only(ms, k + 1) ? 'only' : 'had';
    k++;
  }
  const v = ms[k];
  if (!v) return still ? 'denied' : 'none';
  if (['ない', '無い', 'なし', '無し'].includes(v.base) && v.pos !== '動詞') return 'denied';
  // もろ|とる (もらっとる, colloquial): the analyzer cuts it as a noun and とる.
  const verb = v.pos === '動詞' && HAVE.has(v.base) ? k : v.base === 'もろ' && ms[k + 1]?.base === 'とる' ? k + 1 : -1;
  if (verb < 0) return still ? 'denied' : 'none';
  // Up to 返っ|て|き|て|い|ない: the verb's ending.
  for (let j = verb + 1; j < ms.length && j < verb + 7; j++) {
    const m = ms[j]!;
    if (m.pos === '助動詞' && ['ない', 'ぬ', 'ん'].includes(m.base)) return 'denied';
    if ((m.pos === '助詞' || m.pos === '助動詞') && DOUBT.has(m.surface)) return 'none';
    if (m.pos === '名詞' && NOT_YET.has(m.base)) return 'none';
    if (m.pos === '助動詞' && ['べし', 'たい', 'う'].includes(m.base)) return 'none';
    if (m.pos === '助動詞' || (m.pos === '助詞' && m.surface === 'て') || (m.pos === '動詞' && m.pos1 === '非自立')) continue;
    if (m.pos === '助詞' && m.surface === 'から' && ms[j - 1]?.surface === 'て') return 'none';
    break;
  }
  if (still) return 'denied';
  return marks(ms, verb + 1) ?? 'had';
}

/** After the verb, a supposition or question (あれば, あるか) says nothing; 子だけ marks pupils out. */
function marks(ms: readonly Morpheme[], from: number): 'only' | 'none' | 'denied' | undefined {
  for (let j = from; j < ms.length && j < from + 4; j++) {
    const m = ms[j]!;
    if ((m.pos === '助詞' || m.pos === '助動詞') && DOUBT.has(m.surface)) return 'none';
    if (m.pos === '助動詞' && ['ない', 'ぬ', 'ん'].includes(m.base)) return 'denied';
    if (m.pos === '名詞' && NOT_YET.has(m.base)) return 'none';
    if (PUPILS.has(m.base)) return only(ms, j) ? 'only' : undefined;
  }
  return undefined;
}

function only(ms: readonly Morpheme[], from: number): boolean {
  return ms.slice(from, from + 4).some((m) => ['だけ', 'のみ', '限定'].includes(m.base));
}

/** 断られている, 拒否, 嫌がる: some families refused. */
function refused(ms: readonly Morpheme[], reading: string): boolean {
  return (
    ms.some((m) => ['断る', '拒否', '拒む', '嫌がる', '反対', '混ざる', '混在', 'NG', 'ng'].includes(m.base)) ||
    /ことわら|きょひ|まざ|ng/.test(reading)
  );
}

/** The reading of a kana question: a consent word, then あり/もらっ/ずみ/とっ, not then ない. */
function kanaConsent(reading: string, readings: Set<string>): 'had' | 'denied' | 'none' {
  const words = [...readings, 'ok', 'おっけー', 'おーけー', 'おっけ'].join('|');
  const re = new RegExp(
    `(${words})\\s*[をはがも]?\\s*(もら|もろ|あり|ある|ずみ|すみ|とっ|とれ|え[たて])([^。.!?！？\\s]{0,8})`,
    'g',
  );
  let out: 'had' | 'denied' | 'none' = 'none';
  if (/こうちょう|きょうとう|いいんかい/.test(reading)) return 'none';
  for (const m of reading.matchAll(re)) {
    const tail = m[3] ?? '';
    if (/ない|なく|ず|ません|たら|れば|か$|かな|から/.test(tail)) return 'denied';
    if (/^(ませ|まし)?/.test(tail)) out = 'had';
  }
  if (new RegExp(`(み|まだ)(${words})|(${words})\\s*[をはがも]?\\s*(なし|ない|まだ)`).test(reading)) return 'denied';
  return out;
}

/** Parents have consented / families agreed / consent was obtained; not negated or asked. */
function englishConsent(text: string): boolean {
  const t = text.toLowerCase();
  if (/\b(not|n't|no|without|never|refused|declined|yet|if|whether|once|unless|need|should|do|does)\b/.test(t)) return false;
  return (
    /\b(parents?|families|guardians?)\b[^.?!]{0,25}\b(have|has|had|all)?\s*(consented|agreed|given (their )?(consent|permission|ok))\b/.test(
      t,
    ) || /\b(consent|permission)\b[^.?!]{0,20}\b(obtained|received|given|signed)\b/.test(t)
  );
}
