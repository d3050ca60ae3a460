/**
 * Which of the words found in a question stand, where they overlap: words as written before
 * those by reading and those with a slip, the longest first, and only words of the same layer
 * competing for a place.
 */
import type { Morpheme } from './analyzer.js';
import type { Candidate, WordValue } from './word-index.js';

/** The candidates that hold their place, in the order they stand in the question. */
export function chooseWords(candidates: readonly Candidate[], morphemes: readonly Morpheme[]): Candidate[] {
  // Words as written first, then by reading, then with a slip: a later pass never takes a place
  // an earlier one holds (テストの点 with a slip is not read into 確認テストの問題). Within a pass the
  // longest wins; the same place may hold two meanings (住所録: an item and its reading alias).
  // Words compete for a place only with words of the same layer: what the information is, what
  // is done with it, and the situations, measures and incidents named beside them.
  const taken: Candidate[] = [];
  for (const how of ['exact', 'reading', 'typo'] as const) {
    const pass = candidates.filter((c) => c.how === how).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const held = taken.slice();
    for (const c of pass) {
      const lemma = c.term.startsWith('lemma:');
      const overlap = (t: Candidate) => !(c.end <= t.start || c.start >= t.end);
      const within = (inner: Candidate, outer: Candidate) => inner.start >= outer.start && inner.end <= outer.end;
      // A neutral word (保護者の携帯) hides the words inside it, not one that reaches past it (携帯番号).
      const neutralApart = (t: Candidate) =>
        (t.value.type === 'neutral' && c.value.type !== 'action' && !within(c, t)) ||
        (c.value.type === 'neutral' && t.value.type !== 'action' && !within(t, c));
      const rivals = (t: Candidate) => overlap(t) && sharesLayer(t.value, c.value) && !neutralApart(t);
      // A longer word read with a slip (出席簿保助簿) takes the place of the shorter one inside it (出席簿).
      const inside = (t: Candidate) => t.start >= c.start && t.end <= c.end && t.end - t.start < c.end - c.start;
      // A document named with a slip (成積一覧) says more than the vague word it overlaps (一覧表).
      const yields = (t: Candidate) => t.value.type === 'vague' && c.value.type === 'item' && c.end - c.start > t.end - t.start;
      const rivalsHeld = held.filter(rivals);
      if (!lemma && rivalsHeld.some((t) => !inside(t) && !yields(t))) continue;
      // A verb inside a request to mamoru (教えてください, 教えてほしい) is asked of mamoru, not done.
      if (lemma && taken.some((t) => t.value.type === 'neutral' && within(c, t) && t.end - t.start > c.end - c.start + 1))
        continue;
      if (!lemma) for (const t of rivalsHeld) taken.splice(taken.indexOf(t), 1);
      // A verb found by its dictionary form may sit inside a longer word as written.
      if (!lemma && taken.some((t) => rivals(t) && !(t.start === c.start && t.end === c.end) && t.how === how)) continue;
      if (taken.some((t) => t.start === c.start && t.end === c.end && sameValue(t.value, c.value))) continue;
      taken.push(c);
    }
  }
  // A word of what happened that a suffix makes another noun (感染|症, 紛失|物) names no incident.
  const compound = (c: Candidate) =>
    c.value.type === 'incident' && morphemes.some((m) => m.start === c.end && m.pos === '名詞' && m.pos1 === '接尾');
  for (let i = taken.length - 1; i >= 0; i--) if (compound(taken[i]!)) taken.splice(i, 1);
  taken.sort((a, b) => a.start - b.start);
  return taken;
}

const LAYERS: Record<WordValue['type'], string[]> = {
  // What the information is and what is done with it compete (メールアドレス is information, not e-mail).
  item: ['word', 'incident'],
  vague: ['word', 'incident'],
  neutral: ['word', 'incident'],
  action: ['word'],
  // A rule's words and a document's name compete too: the longer says what it is (動画配信サービス is
  // a web service, not a video of pupils; IDとパスワードの一覧 is a ledger, not a password shared).
  situation: ['situation', 'incident'],
  condition: ['measure'],
  // An incident word inside a document's name (事故報告書) or a rule's words (ウイルス対策ソフト) is not one.
  incident: ['incident', 'word', 'situation'],
};
// What happened (送っちゃった) reports an incident only with its `with`: it takes no word's place.
const layersOf = (v: WordValue) => (v.type === 'incident' && v.done ? ['incident'] : LAYERS[v.type]);
const sharesLayer = (a: WordValue, b: WordValue) => layersOf(a).some((l) => layersOf(b).includes(l));

function sameValue(a: WordValue, b: WordValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
