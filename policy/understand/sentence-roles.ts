import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

/**
 * What a sentence of a long message does: `asks` the question (〜いいですか, 〜でしょうか, a
 * question mark), `told` what someone else said, asked or proposed (〜と言われました, 頼まれました,
 * 〜送ってほしいそうです, 〜とのこと), or `plain` (the teacher's own story: 紙で持っていくつもりです).
 */
export type SentenceRole = 'asks' | 'told' | 'plain';

export interface Sentence {
  start: number;
  end: number;
  role: SentenceRole;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);
const QUESTION_MARK = new Set(['？', '?']);

/** The sentences of a message, each with its role, read from the analyzer's morphemes. */
export function sentenceRoles(morphemes: readonly Morpheme[], lexicon: Lexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i <= morphemes.length; i++) {
    const m = morphemes[i];
    if (m && !SENTENCE_END.has(m.surface)) continue;
    if (i > from) {
      const part = morphemes.slice(from, m ? i + 1 : i);
      sentences.push({ start: part[0]!.start, end: part.at(-1)!.end, role: roleOf(part, lexicon) });
    }
    from = i + 1;
  }
  return sentences;
}

function roleOf(part: readonly Morpheme[], lexicon: Lexicon): SentenceRole {
  const last = part.at(-1)!;
  if (QUESTION_MARK.has(last.surface)) return 'asks';
  const words = part.filter((m) => !SENTENCE_END.has(m.surface));
  const end = words.at(-1);
  if (end && end.pos === '助詞' && end.pos1.includes('終助詞') && end.surface.startsWith('か')) return 'asks';
  // 〜していいのか教えてください: a word of asking leave (`lexicon.asks`), then the questioning か.
  const leave = words.findIndex((m) => lexicon.asks.ja.includes(m.base));
  if (leave >= 0 && words.slice(leave + 1).some((m) => m.pos === '助詞' && m.surface === 'か')) return 'asks';
  return toldIn(words, lexicon) ? 'told' : 'plain';
}

/** Words that report what someone else said or did toward the teacher (tells, byOthers). */
export function toldIn(words: readonly Morpheme[], lexicon: Lexicon): boolean {
  return words.some((_, k) => !SENTENCE_END.has(words[k]!.surface) && (tells(words, k, lexicon) || byOthers(words, k)));
}

/**
 * What another did toward the teacher (送ってきました: て and くる).
 */
function byOthers(words: readonly Morpheme[], k: number): boolean {
  const m = words[k]!;
  const before = words[k - 1];
  return m.base === 'くる' && m.pos1 === '非自立' && (before?.surface === 'て' || before?.surface === 'で');
}

/**
 * Someone else's words reported at `k`: a verb or noun of saying or asking (`lexicon.request`) after
 * the quoting と, って or よう(に), or in the passive (頼まれました); or hearsay そう after a plain
 * form (送ってほしいそうです).
 */
function tells(words: readonly Morpheme[], k: number, lexicon: Lexicon): boolean {
  const m = words[k]!;
  const before = words[k - 1];
  const after = words[k + 1];
  if (m.surface === 'そう' && m.pos2 === '助動詞語幹') return before?.form === '基本形';
  if (!lexicon.request.ja.includes(m.base) || m.base === 'こと') {
    // 〜とのこと: the quoting と, の, こと.
    return m.base === 'こと' && before?.surface === 'の' && words[k - 2]?.surface === 'と';
  }
  const quoted = before !== undefined && before.pos === '助詞' && (before.surface === 'と' || before.surface === 'って');
  const passive = after !== undefined && after.pos1 === '接尾' && (after.base === 'れる' || after.base === 'られる');
  return quoted || passive;
}

/**
 * Incident words said only in background sentences (what someone else told, sent or did before:
 * 卒業生の保護者から、なくしてしまったので…と連絡がありました) of a message that asks leave in a
 * sentence of its own: what happened there is the setting, not a report. The found words kept.
 */
export function outsideBackground<T extends { start: number; value: { type: string } }>(
  found: readonly T[],
  sentences: readonly Sentence[],
): T[] {
  if (!sentences.some((s) => s.role === 'asks')) return [...found];
  const background = (x: { start: number }) => sentences.some((s) => s.role === 'told' && x.start >= s.start && x.start < s.end);
  return found.filter((f) => f.value.type !== 'incident' || !background(f));
}
