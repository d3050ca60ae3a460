import type { Morpheme } from './analyzer.js';

/** Particles that mark the doer of a clause: 前任者「が」入れて, 業者さん「は」持ち帰った. */
const SUBJECT = new Set(['が', 'は']);
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * A person by how the analyzer reads the noun: a person's name (田中), a suffix of persons
 * (さん, 様, くん: 接尾 人名), or one of a doer (前任「者」, 看護「師」, 職「員」).
 */
function person(m: Morpheme): boolean {
  if (m.pos !== '名詞') return false;
  if (m.pos1 === '固有名詞' && m.pos2 === '人名') return true;
  return m.pos1 === '接尾' && (m.pos2 === '人名' || /^(者|師|員|士)$/.test(m.surface));
}

/**
 * The act whose word starts at `start` and whose verb is at or after `end` is someone else's: the
 * verb goes on with て and くる (送ってきました: toward the teacher), or its sentence names a person
 * other than the teacher as the doer (前任者が…持ち歩いていたようです, ある保護者が…送ってきました):
 * a person (`person`, or one of `people`: 生徒, 先生) then が or は, before the act, with no clause
 * closed on a noun between (生徒が撮った写真を…: the photo is what the teacher's act is on), and not
 * the teacher (私は).
 */
export function othersAct(morphemes: readonly Morpheme[], start: number, end: number, people: readonly string[]): boolean {
  const at = morphemes.findIndex((m) => m.end > start);
  if (at < 0) return false;
  if (towardTeacher(morphemes, start, end)) return true;
  for (let j = at - 1; j > 0; j--) {
    const m = morphemes[j]!;
    if (SENTENCE_END.has(m.surface)) return false;
    // A clause closed on a noun (撮った写真): what comes before describes the noun.
    const next = morphemes[j + 1];
    if ((m.pos === '動詞' || m.pos === '助動詞') && next?.pos === '名詞' && next.pos1 !== '接尾' && next.pos1 !== '非自立')
      return false;
    if (m.pos !== '助詞' || !SUBJECT.has(m.surface)) continue;
    const doer = morphemes[j - 1]!;
    if (doer.pos1 === '代名詞') return false;
    if (person(doer) || people.includes(doer.base) || people.includes(doer.surface)) return true;
  }
  return false;
}

/** The verb ending the act's word, or right after it, goes on with て and くる (送ってきた): done toward the teacher. */
function towardTeacher(morphemes: readonly Morpheme[], start: number, end: number): boolean {
  let k = morphemes.findIndex((m) => m.end > start && m.pos === '動詞' && m.pos1 === '自立');
  if (k < 0 || morphemes[k]!.start > end + 2) return false;
  k++;
  while (morphemes[k]?.pos === '動詞' && morphemes[k]!.pos1 === '接尾') k++;
  const te = morphemes[k];
  const next = morphemes[k + 1];
  return (te?.surface === 'て' || te?.surface === 'で') && next?.pos1 === '非自立' && next.base === 'くる';
}
