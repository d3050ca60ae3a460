import type { ActionId } from '../contract.js';
import type { Morpheme } from './analyzer.js';

/** Nouns of a time after something (配った後, 使ったあと, 終えたのち). */
const AFTER = new Set(['後', 'あと', 'のち']);

/**
 * Acts said only in a clause of the time after them (「配り終わった後の捨て方は？」, 「会議で使った
 * あとで消していい？」), in a message that says another act outside such a clause: done before the act
 * asked about, they may rule (the stricter answer still stands) but the act asked is the other one.
 */
export function doneBeforeOnly(
  morphemes: readonly Morpheme[],
  saidAt: ReadonlyMap<ActionId, readonly { start: number; end: number }[]>,
): Set<ActionId> {
  const before = new Set<ActionId>();
  let other = false;
  for (const [id, spans] of saidAt) {
    if (spans.length === 0) continue;
    if (spans.every((s) => endsInAfter(morphemes, s.end))) before.add(id);
    else other = true;
  }
  return other ? before : new Set();
}

/** From `end`, the verb's endings run into た and a noun of the time after (っ|た|後, 終わっ|た|あと). */
function endsInAfter(morphemes: readonly Morpheme[], end: number): boolean {
  let k = morphemes.findIndex((m) => m.end >= end);
  if (k < 0) return false;
  k++;
  let past = false;
  for (let n = 0; n < 6 && morphemes[k]; n++, k++) {
    const m = morphemes[k]!;
    if (m.pos === '助動詞' && m.base === 'た') {
      past = true;
      continue;
    }
    if (!past && (m.pos === '動詞' || m.pos === '助動詞' || (m.pos === '助詞' && /^(て|で)$/.test(m.surface)))) continue;
    return past && m.pos === '名詞' && AFTER.has(m.surface);
  }
  return false;
}
