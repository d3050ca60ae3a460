import type { Morpheme } from './analyzer.js';
import { normalize } from './normalize.js';
import { doneAfter } from './said-done.js';
import { SENTENCE_END } from './supposed-then.js';

/** Particles that make the outsider the subject of what follows: 業者さん「が」見てました. */
const SUBJECT = new Set(['が', 'も']);

/**
 * Someone outside the school (`who`: 業者, 保護者 …) said to have done one of `did` to what the
 * message names, done (「座席表を、来校した業者さんがじっと見てました」「業者さんが回収して行きました」):
 * the outsider (with さん, 方 after it), が or も, then in the same sentence a verb whose dictionary
 * form is in `did` (a noun made a verb: 回収する), said done. The information left the school's
 * hands by another's act, not the teacher's.
 */
export function outsiderDid(
  normalized: string,
  morphemes: readonly Morpheme[],
  who: readonly string[],
  did: readonly string[],
): boolean {
  if (who.length === 0 || did.length === 0) return false;
  const verbs = new Set(did.map((d) => d.replace(/する$/, '')));
  for (const w of who) {
    const word = normalize(w);
    for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
      let k = morphemes.findIndex((m) => m.start >= at + word.length);
      if (k < 0) continue;
      // さん, 方, の方 after the outsider.
      while (morphemes[k]?.pos1 === '接尾' || (morphemes[k]?.surface === 'の' && morphemes[k + 1]?.surface === '方')) k++;
      if (morphemes[k]?.surface === '方') k++;
      if (morphemes[k]?.pos !== '助詞' || !SUBJECT.has(morphemes[k]!.surface)) continue;
      for (let j = k + 1; j < morphemes.length && !SENTENCE_END.test(morphemes[j]!.surface); j++) {
        const m = morphemes[j]!;
        if (!verbs.has(m.base)) continue;
        const verb = m.pos === '名詞' && morphemes[j + 1]?.base === 'する' ? j + 1 : m.pos === '動詞' ? j : -1;
        if (verb >= 0 && doneAfter(morphemes, verb)) return true;
      }
    }
  }
  return false;
}
