import type { Pack } from '../compile-pack.js';
import type { ActionId } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import type { Morpheme } from './analyzer.js';
import { phraseBefore } from './arg-acts.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { roleWords, sideOf } from './recipients.js';

const WANT = new Set(['欲しい', 'ほしい']);
/** What stands between a request quoted and its verb of saying (と「電話」が, と「の」ご依頼). */
const LINKS = new Set(['は', 'も', 'の', 'が', 'で', 'お', 'ご']);
/** Words that end a sentence: a request is looked for within one. */
const STOPS = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * Someone asks the school for a thing: 警察から「住所を教えてほしい」と電話, 同窓会の人が欲しがってる,
 * 一覧が欲しいと言われました, 成績を口頭で教えてほしいと言われた. With no act of the teacher's own
 * named, the act asked about is giving it to them (2-2(9) 外部への情報提供). Not when who asks is one
 * of the school's staff (担任の先生から…教えてほしいと頼まれた: handed round inside, as written), nor
 * when the teacher is the one who wants it (教えてほしいです: a question to mamoru).
 */
export function requestedAct(pack: Pack, lexicon: Lexicon, q: Analyzed): { action: ActionId; start: number; end: number } | null {
  const ms = q.morphemes;
  const roles = roleWords(pack);
  const send = new Set((lexicon.arguments.verbs.send ?? []).map(normalize));
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (!WANT.has(m.base)) continue;
    // 欲しがる: someone else's wish. Else a request quoted: 〜てほしい or 〜が欲しい, then と or って and a word of saying.
    const theirs = ms[i + 1]?.base === 'がる';
    const verb = ms[i - 1]?.surface === 'て' ? ms[i - 2] : undefined;
    if (!theirs && verb && !send.has(normalize(verb.base))) continue;
    if (!theirs && !quoted(ms, i, lexicon)) continue;
    if (askers(ms, i, theirs || verb !== undefined).some((p) => sideOf(p, lexicon, roles) === 'inside')) continue;
    return { action: 'provide_external', start: m.start, end: m.end };
  }
  return null;
}

/** The wish at `i` is quoted (と, って) and a word of saying or asking follows (言われた, 頼まれた, 電話があった, とのこと). */
function quoted(ms: readonly Morpheme[], i: number, lexicon: Lexicon): boolean {
  let j = i + 1;
  while (ms[j]?.pos1 === '括弧閉') j++;
  const q = ms[j];
  if (!q || !(q.surface === 'って' || (q.surface === 'と' && q.pos === '助詞'))) return false;
  const speech = new Set([...lexicon.request.ja, '電話', 'メール', '相談']);
  for (let k = j + 1; k < ms.length && k <= j + 4; k++) {
    const w = ms[k]!;
    if (speech.has(w.base)) return true;
    if (!LINKS.has(w.surface) && w.pos !== '接頭詞') return false;
  }
  return false;
}

/**
 * Who asks, in the sentence before the wish: the noun phrase before から, and before が when the wish
 * is someone's act (警察の人が…見せてほしい, 同窓会の人が欲しがってる), not the thing wanted (一覧が欲しい).
 */
function askers(ms: readonly Morpheme[], i: number, subject: boolean): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && !STOPS.has(ms[k]!.surface); k--) {
    const p = ms[k]!;
    if (p.pos !== '助詞' || p.pos1 !== '格助詞') continue;
    if (p.surface === 'から' || (subject && p.surface === 'が')) {
      const phrase = phraseBefore(ms, k);
      if (phrase) out.push(phrase);
    }
  }
  return out;
}
