import type { Morpheme } from './analyzer.js';
import { doneAfter } from './said-done.js';

/** Verbs of seeing another's act, in dictionary form (見る, 見かける, 目撃する's noun). */
const SEEING = new Set(['見る', '見かける', '目撃']);
/**
 * Verbs of finding out, in dictionary form: what was found is a state of things, told with の or
 * こと and を, に or が (「…ログインしていたのを見つけました」, 「…写っていたことに気づきました」,
 * 「…書き込んでいたことがわかりました」).
 */
const FINDING = new Set(['見つける', '発見', '気づく', '気付く', 'わかる', '分かる', '判明']);
/** The particles a clause made a noun takes before a verb of seeing, and of finding. */
const SEEN_BY = new Set(['を']);
const FOUND_BY = new Set(['を', 'に', 'が']);

/**
 * The writer says they saw an act done (「同僚が要録を家に持って帰ってるのを見た」) or found a state
 * of things out (「…ログインしていたのを見つけました」): a clause made a noun by の or こと, then a
 * verb of seeing or finding said done (見た, 見つけました, 気づきました). What is seen or found is what
 * happened, reported, not an act the writer asks leave for. `finding` says whether it was found out.
 */
export function witnessed(morphemes: readonly Morpheme[]): { finding: boolean } | null {
  for (let j = 2; j < morphemes.length; j++) {
    const m = morphemes[j]!;
    const finding = FINDING.has(m.base);
    if (!finding && !SEEING.has(m.base)) continue;
    const particle = morphemes[j - 1]!;
    const no = morphemes[j - 2]!;
    const nominal = (no.surface === 'の' || (finding && no.surface === 'こと')) && no.pos === '名詞';
    if (particle.pos !== '助詞' || !(finding ? FOUND_BY : SEEN_BY).has(particle.surface) || !nominal) continue;
    // A clause: a verb or an auxiliary ends it (ログインしていた|の), not a noun (先生の|を).
    const before = morphemes[j - 3];
    if (!before || !['動詞', '助動詞', '形容詞'].includes(before.pos)) continue;
    const verb = m.pos === '名詞' && morphemes[j + 1]?.base === 'する' ? j + 1 : m.pos === '動詞' ? j : -1;
    if (verb >= 0 && doneAfter(morphemes, verb)) return { finding };
  }
  return null;
}
