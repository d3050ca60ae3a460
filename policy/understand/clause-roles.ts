import type { ActionId } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { type Sentence, sentenceRoles, toldIn } from './sentence-roles.js';

const COMMA = new Set(['、', '，', ',']);

/**
 * The clauses of a message: each sentence cut after a conjunctive particle and its comma
 * (〜と言っていますが、/ 〜見てもらって、). A clause that reports someone else's words or acts
 * (〜と言っていますが, 頼まれました, 持って帰ってもらう) is `told`; the last clause of an asking
 * sentence `asks`; any other is `plain` (the teacher's own story).
 */
export function clauseRoles(morphemes: readonly Morpheme[], lexicon: Lexicon): Sentence[] {
  const clauses: Sentence[] = [];
  for (const sentence of sentenceRoles(morphemes, lexicon)) {
    const words = morphemes.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    let from = 0;
    for (let i = 0; i < words.length; i++) {
      const cut = COMMA.has(words[i]!.surface) && words[i - 1]?.pos1 === '接続助詞';
      if (!cut && i < words.length - 1) continue;
      const part = words.slice(from, i + 1);
      const last = i === words.length - 1;
      const asks = last && sentence.role === 'asks';
      const role = asks ? 'asks' : toldIn(part, lexicon) || byOthersFor(part) ? 'told' : 'plain';
      clauses.push({ start: part[0]!.start, end: part.at(-1)!.end, role });
      from = i + 1;
    }
  }
  return clauses;
}

/**
 * An act another does for the teacher in a clause that does not ask (持って帰ってもらうつもりです:
 * the visitor takes it home): て and もらう after a verb.
 */
function byOthersFor(part: readonly Morpheme[]): boolean {
  return part.some(
    (m, k) => m.base === 'もらう' && m.pos1 === '非自立' && (part[k - 1]?.surface === 'て' || part[k - 1]?.surface === 'で'),
  );
}

/**
 * Acts said only in clauses that tell what someone else said or does (ほかの先生は自分のスマホで撮っていく
 * と言っていますが、どちらが…), in a message that asks and says another act in a clause of the
 * teacher's own: the story around the question, not the act asked about.
 */
export function toldOnly(
  saidAt: ReadonlyMap<ActionId, readonly { start: number }[]>,
  clauses: readonly Sentence[],
): Set<ActionId> {
  if (!clauses.some((c) => c.role === 'asks')) return new Set();
  const told = (x: { start: number }) => clauses.some((c) => c.role === 'told' && x.start >= c.start && x.start < c.end);
  const background = new Set<ActionId>();
  let own = false;
  for (const [id, spans] of saidAt) {
    if (spans.length > 0 && spans.every(told)) background.add(id);
    else if (spans.length > 0) own = true;
  }
  return own ? background : new Set();
}
