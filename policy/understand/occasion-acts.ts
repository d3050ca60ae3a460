import type { Pack } from '../compile-pack.js';
import type { ActionId } from '../contract.js';
import type { Morpheme } from './analyzer.js';
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
export function occasionActs(pack: Pack, taken: readonly Candidate[], morphemes: readonly Morpheme[] = []): Candidate[] {
  const owned = ownedConditions(pack);
  const out: Candidate[] = [];
  for (const c of taken) {
    if (c.value.type !== 'condition' || !c.value.occasion || c.value.actless) continue;
    const action = owned.get(c.value.id);
    if (!action) continue;
    const later = workedOnAfter(morphemes, c.end);
    // Gone home, then worked on (家に帰ってから仕上げよう): it went home with the teacher.
    if (later === 'home') out.push({ ...c, value: { type: 'action', id: 'take_home', weak: true, lang: c.value.lang } });
    // Gone away, then worked on: it went along, not left behind.
    else if (!later) out.push({ ...c, value: { type: 'action', id: action, weak: true, lang: c.value.lang } });
  }
  return out;
}

/** Verbs of going home: worked on after them, the work is done at home. */
const HOMEWARD = new Set(['帰る', '帰宅', 'かえる']);

/**
 * The occasion ending at `end` is followed by てから and a verb (帰ってから「仕上げよう」, 帰宅して
 * から「やる」): the teacher works on it after going away. 'home' when the going is going home.
 */
function workedOnAfter(morphemes: readonly Morpheme[], end: number): 'home' | 'away' | undefined {
  const i = morphemes.findIndex((m) => m.end >= end);
  if (i < 0) return undefined;
  let k = morphemes[i]!.end === end ? i + 1 : i;
  while (morphemes[k]?.pos === '動詞' && (morphemes[k]!.pos1 !== '自立' || morphemes[k]!.base === 'する')) k++;
  if (!/^[てで]$/.test(morphemes[k]?.surface ?? '') || morphemes[k + 1]?.surface !== 'から') return undefined;
  const verb = morphemes[k + 2];
  const works = verb && (verb.pos === '動詞' || (verb.pos === '名詞' && verb.pos1 === 'サ変接続'));
  if (!works) return undefined;
  const going =
    morphemes
      .slice(0, k)
      .reverse()
      .find((m) => m.pos === '動詞' && m.pos1 === '自立') ?? morphemes[i];
  const homeward = HOMEWARD.has(going?.base ?? '') || morphemes.slice(Math.max(0, i - 1), k).some((m) => HOMEWARD.has(m.base));
  return homeward ? 'home' : 'away';
}
