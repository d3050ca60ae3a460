/**
 * A document named only by the event it records: 「家庭訪問で聞いたこと」「家庭訪問のときのメモ」.
 * The phrase 家庭訪問で reads as an act (taken out on a home visit), which hides the item word inside
 * it; when the phrase describes a noun that names no document of its own (こと, 内容, メモ), that
 * noun is what the event left on paper: the item, not the act.
 */
import type { Morpheme } from './analyzer.js';
import type { Candidate } from './word-index.js';

const CLAUSE_END = new Set(['、', '。', '，', '！', '？', '!', '?', '\n']);

/** The index of the noun the phrase ending at `end` describes, or -1 when it attaches to a verb. */
function describedNoun(morphemes: readonly Morpheme[], end: number): number {
  let i = morphemes.findIndex((m) => m.start >= end);
  if (i < 0) return -1;
  const first = morphemes[i]!;
  // 「家庭訪問のときの」メモ: the phrase joined by の to a noun.
  if (first.surface === 'の' && first.pos1 === '連体化') return morphemes[i + 1]?.pos === '名詞' ? i + 1 : -1;
  // 「家庭訪問で（保護者から）聞いた」こと: a clause whose verb, in a plain form, goes straight on to a noun.
  let verb = false;
  for (; i < morphemes.length; i++) {
    const m = morphemes[i]!;
    if (CLAUSE_END.has(m.surface)) return -1;
    // Before the verb, only what else the clause says (保護者「から」聞いた): nouns and their case particles.
    if (!verb && (m.pos === '名詞' || (m.pos === '助詞' && m.pos1 === '格助詞'))) continue;
    if (m.pos === '動詞' || m.pos === '助動詞') verb = true;
    // A prefix goes on the noun that follows it (聞いた「お」うちの事情, 「ご」家族).
    else if (verb && m.pos === '接頭詞' && morphemes[i + 1]?.pos === '名詞') continue;
    else if (!verb || m.pos !== '名詞') return -1;
    else {
      // What the event left is told in the past (聞いた内容); a plain present (使う名簿) is a use of the event.
      let before = i - 1;
      while (morphemes[before]!.pos === '接頭詞') before--;
      const prev = morphemes[before]!;
      return prev.pos === '助動詞' && prev.base === 'た' ? i : -1;
    }
  }
  return -1;
}

/**
 * The items hidden inside an act's phrase that describes a noun naming no document: they are added
 * to `taken`, and the act's phrase is dropped (it is where the document comes from, not what is done).
 */
export function eventDocuments(candidates: readonly Candidate[], taken: Candidate[], morphemes: readonly Morpheme[]): void {
  const named = (at: Morpheme) => taken.some((t) => t.value.type !== 'action' && t.start <= at.start && t.end > at.start);
  for (const act of taken.filter((t) => t.value.type === 'action' && !t.term.startsWith('lemma:'))) {
    const inner = candidates.filter(
      (c) => c.value.type === 'item' && c.how === 'exact' && c.start === act.start && c.end <= act.end && !taken.includes(c),
    );
    if (inner.length === 0) continue;
    const noun = describedNoun(morphemes, act.end);
    if (noun < 0 || named(morphemes[noun]!)) continue;
    taken.splice(
      taken.indexOf(act),
      1,
      ...inner.filter((c) => c.end - c.start === Math.max(...inner.map((x) => x.end - x.start))).slice(0, 1),
    );
  }
  taken.sort((a, b) => a.start - b.start);
}
