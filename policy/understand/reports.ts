import type { Language } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import { endAspect } from './end-aspect.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { wentOtherwise } from './went-otherwise.js';

/**
 * How a sentence that states what happened or what is so ends (見当たりません, 出てます, 跡があります,
 * 知られたかもしれません, 言いにくいんですが, 画面が出て動かない), not one that says what one means to
 * do (送ります).
 */
const REPORT_END_JA =
  /(た|ました|ちゃった|ちまった|でした|ません|ないです|ない|ています|ている|てる|てます|ていて|あります|かもしれない|かもしれません|みたい|みたいです|ようだ|ようです|らしい|らしいです|っぽい|んです|のです|んですが|んですけど|のですが)$/;

/**
 * A report rather than a question: it asks what to do about something (どうしよう, 誰に報告すれば),
 * or it states something done (a past ending) without asking leave (no いい？, 大丈夫？, "can I").
 */
export function reports(
  question: string,
  normalized: string,
  morphemes: readonly Morpheme[],
  lexicon: Lexicon,
  language: Language,
): boolean {
  const has = (words: string[]) => words.some((w) => normalized.includes(normalize(w)));
  if (has(language === 'en' ? lexicon.report.en : lexicon.report.ja)) return true;
  if (language === 'ja' && asksWhomToTell(morphemes)) return true;
  if (asksLeave(normalized, morphemes, lexicon, language)) return false;
  const end = question
    .normalize('NFKC')
    .trim()
    .replace(/[\s。.!！…]+$/, '');
  // A question asks, unless what it asks is whether something happened (「消えてるんですが、誰か
  // 触った？」): its last predicate past or done, read from the auxiliaries, and no leave asked.
  const aspect = language === 'ja' ? endAspect(morphemes) : 'plain';
  if (/[?？]/.test(question) && aspect !== 'past' && aspect !== 'perfect') return false;
  // A plan told (送りたい, 作ろうと思っています, "I'm going to") asks in its own way.
  // Not a wish supposed (復元したければ, in what a screen says), which plans nothing.
  // Not つもり after a past (かけたつもりの記録): what one believed done, no plan.
  const plans = (m: Morpheme, i: number) =>
    (m.pos === '助動詞' && m.base === 'たい' && !m.form.startsWith('仮定')) ||
    (/^(つもり|予定)$/.test(m.base) && morphemes[i - 1]?.base !== 'た');
  // Not a plan set against what followed (BCCにするつもりが、TOで送ってしまいました): a mistake told.
  if (language === 'ja' && morphemes.some(plans) && !wentOtherwise(morphemes)) return false;
  if (language === 'ja' && /う(と|って)(思|考え)/.test(normalized)) return false;
  if (
    language === 'en' &&
    /\b(want to|wanna|plan to|planning to|going to|gonna|would like to|'d like to|intend to|thinking of|thinking about|hoping to)\b/i.test(
      question,
    )
  )
    return false;
  // A statement of what happened or what is so (見当たりません, 知られたかもしれません, おかしいんです,
  // "files are getting renamed"), not of what one means to do (送りたい, 送っとくね): its ending, or the
  // aspect its auxiliaries give the last predicate (次々出てくる: a change under way).
  return language === 'en'
    ? /\b(lost|left|sent|emailed|opened|clicked|gave|found|saw|noticed|started|got|happened|[a-z]+ed)\b|\b(is|are|was|were) [a-z]+ing\b/i.test(
        end,
      )
    : REPORT_END_JA.test(end) || aspect !== 'plain';
}

/** Particles after which a word is part of a noun phrase, not what is asked: 試験「の」問題「を」. */
const PHRASE_PARTICLE = new Set(['の', 'を', 'に', 'へ', 'で', 'から', 'と']);

/**
 * The message asks leave or a judgement: いい？, 大丈夫？, "can I". In Japanese, not a word that
 * only names a thing inside a phrase (「定期考査の問題を入れていたUSB」, 「許可をもらって」).
 */
export function asksLeave(normalized: string, morphemes: readonly Morpheme[], lexicon: Lexicon, language: Language): boolean {
  if (language === 'en') return lexicon.asks.en.some((w) => normalized.includes(normalize(w)));
  return lexicon.asks.ja.some((w) => {
    const word = normalize(w);
    for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
      const end = at + word.length;
      const next = morphemes.find((m) => m.start >= end);
      const inPhrase = next?.start === end && next.pos === '助詞' && PHRASE_PARTICLE.has(next.surface);
      if (!inPhrase && !advised(morphemes, at) && !qualifies(morphemes, end)) return true;
    }
    return false;
  });
}

/**
 * The word of leave at `at` closes advice asked (「電源、切った方がいいですか」: a past verb, 方, が):
 * which step to take now, not leave for an act on information.
 */
function advised(morphemes: readonly Morpheme[], at: number): boolean {
  const k = morphemes.findIndex((m) => m.start >= at);
  const ga = morphemes[k - 1];
  const way = morphemes[k - 2];
  const past = morphemes[k - 3];
  return ga?.surface === 'が' && (way?.base === '方' || way?.surface === 'ほう') && past?.pos === '助動詞' && past.base === 'た';
}

/**
 * The word of leave ending at `end` is inside what is asked, not the question: か and a request to
 * be told after it (「何を書いたらいいか教えてください」: the way asked, embedded).
 */
function qualifies(morphemes: readonly Morpheme[], end: number): boolean {
  const k = morphemes.findIndex((m) => m.start >= end);
  const next = morphemes[k];
  if (!next || next.start !== end) return false;
  // 「送ってもいいか教えて」 still asks leave.
  if (morphemes[k - 2]?.surface === 'も') return false;
  return next.surface === 'か' && morphemes.slice(k + 1).some((m) => m.base === '教える' || m.base === '知る');
}

/** Who or where, asked of whom to tell: どこ, 誰, だれ, どちら. */
const WHO_WHERE = new Set(['どこ', '誰', 'だれ', 'どちら', 'どなた']);
/** Verbs of telling someone what happened: 連絡, 報告, 通報 (with する), 知らせる. */
const TELLING = new Set(['連絡', '報告', '通報', '知らせる']);

/**
 * The message asks whom to tell (「どこに連絡すればいいですか」「誰に報告したら」): a word of who or
 * where, then a verb of telling in the conditional, in the same sentence. Asked, what happened is
 * reported, as 「誰に報告」 says.
 */
function asksWhomToTell(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (!WHO_WHERE.has(m.base)) return false;
    for (let j = i + 1; j < Math.min(morphemes.length, i + 6); j++) {
      const v = morphemes[j]!;
      if (/^[。！？!?\n]$/.test(v.surface)) return false;
      if (!TELLING.has(v.base)) continue;
      // 連絡「すれ|ば」, 知らせ「たら」: the verb (する after a verbal noun) in the conditional.
      const verb = morphemes[j + 1]?.base === 'する' ? j + 1 : j;
      const next = morphemes[verb + 1];
      return next?.surface === 'ば' || next?.surface === 'たら' || morphemes[verb]!.form.startsWith('仮定');
    }
    return false;
  });
}
