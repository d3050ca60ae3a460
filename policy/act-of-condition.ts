/**
 * The act a story's unmet condition belongs to: a story may tell what is done (広報誌に使う, 全家庭
 * に配布) in words that read as handing over and copying, and say a condition is not met that only
 * another act's ruling asks for (「承諾はまだ取っていません」: 保護者の公開承諾, asked only by
 * publishing, 第3表). When the information goes to others outside and an act read is a means of
 * that other act (lexicon `absorbs`: copies handed out are how a newsletter is published), the
 * condition says what the others will do with it: that act is done too, when its ruling is
 * stricter than every act read (it only ever makes the answer stricter). Shared inside the school
 * (学年の先生とTeamsで共有) or shown to someone (他校の先生に見せる), nothing is added. A device
 * described as its declaration says it is not (家族と共用のPC) is the device of that act too.
 */
import type { Pack } from './compile-pack.js';
import { type ActionId, type ClassId, type RuledDecision, stricter } from './contract.js';
import { lexiconFor } from './understand/lexicon.js';

/** Handing the information to others (given outside, copies handed out): what they then do is theirs. */
const HANDED_OUT: readonly ActionId[] = ['provide_external', 'copy'];

/** The acts to add: for each unmet condition no act read asks for, the one act whose ruling of a class read asks for it. */
export function actsOfUnmet(
  pack: Pack,
  unmet: readonly string[],
  classes: readonly ClassId[],
  actions: readonly ActionId[],
): ActionId[] {
  // Only a story that already does something with the information (not a measure asked alone), or
  // a device said to be what its declaration says it is not (家族と共用のPCで見る: a private device).
  const declared = unmet.some((c) => pack.conditionsMetBy.get(c) === 'declarations');
  if (!(declared || actions.some((a) => HANDED_OUT.includes(a))) || classes.length === 0) return [];
  const absorbs = lexiconFor(pack).absorbs;
  const meansOf = (owner: ActionId): boolean => actions.some((a) => (absorbs[owner] ?? []).includes(a));
  const asks = (action: ActionId, condition: string): boolean =>
    classes.some((c) => pack.rulings.get(action)?.get(c)?.conditions.includes(condition) ?? false);
  const decisionOf = (action: ActionId): RuledDecision | undefined =>
    classes
      .map((c) => pack.rulings.get(action)?.get(c)?.decision)
      .reduce<RuledDecision | undefined>((a, d) => (a && d ? stricter(a, d) : (a ?? d)), undefined);
  const raises = (owner: ActionId): boolean => {
    const own = decisionOf(owner);
    return (
      own !== undefined &&
      actions.every((a) => {
        const read = decisionOf(a);
        return read === undefined || (stricter(read, own) === own && read !== own);
      })
    );
  };
  const added: ActionId[] = [];
  for (const condition of unmet) {
    if (!pack.conditions.has(condition) || actions.some((a) => asks(a, condition))) continue;
    const owners = [...pack.rulings.keys()].filter((a) => asks(a, condition));
    const owner = owners.length === 1 ? owners[0]! : undefined;
    // A condition that lifts the act's prohibition in some class (FAX the recipient designated, 2-2(9)②)
    // tells which case of the act it is, not what the information is used for.
    if (owner && [...(pack.rulings.get(owner)?.values() ?? [])].some((r) => r.except?.condition === condition)) continue;
    if (owner && !added.includes(owner) && meansOf(owner) && raises(owner)) added.push(owner);
  }
  return added;
}
