import type { Morpheme } from './analyzer.js';

/** Nouns of time or case a clause ends in (何かあった「とき」, 紛失した「場合」). */
const CASE_NOUNS = new Set(['とき', '時', '場合', '際']);
/** What makes such a clause a preparation: のため(に), に備えて, 用. */
const PREPARING = new Set(['ため', '備える', '用']);

/**
 * The time noun at morpheme `i` closes a clause that is a contingency prepared for (バスの中で何か
 * あった「ときのため」, 紛失した「場合に備えて」): what the clause names may happen, it is not done,
 * nor where the teacher does anything.
 */
export function preparedFor(morphemes: readonly Morpheme[], i: number): boolean {
  const m = morphemes[i];
  if (m?.pos !== '名詞' || !CASE_NOUNS.has(m.surface)) return false;
  const prev = morphemes[i - 1];
  if (!prev || (prev.pos !== '動詞' && prev.pos !== '助動詞' && prev.pos !== '形容詞')) return false;
  const link = morphemes[i + 1];
  const next = link && (link.surface === 'の' || link.surface === 'に') ? morphemes[i + 2] : link;
  return next !== undefined && (PREPARING.has(next.base) || PREPARING.has(next.surface));
}
