import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { scopeOf } from './scope.js';
import { PREDICATE } from './scope-signs.js';

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

/**
 * The word from `start` to `end` names an event said as where something happened (先日の職員会議「で」、
 * …載せる話になりました) or as what is prepared for (三者面談「に向けて」準備している): a noun of an
 * activity (its last morpheme a verbal noun, 会議・面談・訪問, or 会: 説明会) before a locative で whose
 * clause describes no noun after it (職員会議で配った資料 is that meeting's paper), or before に向けて・
 * に備えて. The meeting, not its papers.
 */
export function namesOccasion(morphemes: readonly Morpheme[], start: number, end: number, lexicon: Lexicon): boolean {
  const i = morphemes.findIndex((m) => m.start >= end);
  const particle = morphemes[i];
  if (i < 1 || !particle || particle.start !== end || particle.pos !== '助詞' || particle.pos1 !== '格助詞') return false;
  const last = morphemes[i - 1]!;
  const activity = (last.pos === '名詞' && last.pos1 === 'サ変接続') || (last.pos1 === '接尾' && last.surface === '会');
  if (!activity) return false;
  // 三者面談「に向けて」準備: the event prepared for, not its record.
  if (particle.surface === 'に') return TOWARDS.has(morphemes[i + 1]?.base ?? '');
  return particle.surface === 'で' && !scopeOf(morphemes, start, end, lexicon).attributive;
}

/** Verbs after に that make an event what is prepared for: 面談に「向けて」, 会議に「備えて」. */
const TOWARDS = new Set(['向ける', '備える', '先立つ']);
