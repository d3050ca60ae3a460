import type { Pack } from '../compile-pack.js';
import type { ActionId } from '../contract.js';
import type { Candidate } from './word-index.js';

const cache = new WeakMap<Pack, Map<string, ActionId>>();

/** The conditions that the rulings of one action only need, with that action (lock_when_away: leave_on_desk). */
function ownedConditions(pack: Pack): Map<string, ActionId> {
  let owned = cache.get(pack);
  if (owned) return owned;
  const actionsOf = new Map<string, Set<ActionId>>();
  for (const [action, perClass] of pack.rulings)
    for (const ruling of perClass.values())
      for (const id of ruling.conditions) actionsOf.set(id, (actionsOf.get(id) ?? new Set()).add(action));
  owned = new Map();
  for (const [id, actions] of actionsOf) if (actions.size === 1) owned.set(id, [...actions][0]!);
  cache.set(pack, owned);
  return owned;
}

/**
 * The occasion of a measure only one action needs, said (席を外す, 授業に行ってくる for locking up
 * when away), names that action weakly: a document out when the teacher goes away is left
 * (「調査書、開いたまま席外しても」 is 机上への置き去り), where no other act is said.
 */
export function occasionActs(pack: Pack, taken: readonly Candidate[]): Candidate[] {
  const owned = ownedConditions(pack);
  const out: Candidate[] = [];
  for (const c of taken) {
    if (c.value.type !== 'condition' || !c.value.occasion) continue;
    const action = owned.get(c.value.id);
    if (action) out.push({ ...c, value: { type: 'action', id: action, weak: true, lang: c.value.lang } });
  }
  return out;
}
