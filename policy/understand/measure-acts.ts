import type { Pack } from '../compile-pack.js';
import type { ActionId } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import type { Found } from './find-words.js';

/**
 * The negation an act's word shares is the measure's (「メールでパスワードかけなくて大丈夫？」): a
 * measure's word stands between the act's word and the verb the negation denies, so that verb is
 * the measure's (パスワードを「かける」), and the act is still what is asked about. Not when the
 * act's word only qualifies the measure's noun (ホームページ掲載のOKはもらってない): a case particle
 * other than の must close the act's phrase first.
 */
export function measureDenied(m: Found, found: readonly Found[], morphemes: readonly Morpheme[]): boolean {
  const verb = m.scope.deniedVerb;
  if (!m.scope.negated || !verb) return false;
  return found.some(
    (c) =>
      c.value.type === 'condition' &&
      !c.value.occasion &&
      c.scope.negated &&
      c.scope.deniedVerb?.start === verb.start &&
      c.start >= m.end &&
      c.end <= verb.start &&
      morphemes.some((x) => x.start >= m.end && x.end <= c.start && x.pos === '助詞' && x.surface !== 'の'),
  );
}

const byPack = new WeakMap<Pack, Map<string, ActionId[]>>();

/**
 * The acts whose rulings require each measure, in the pack's order of acts (handling.yaml cells
 * and rules, as merged): encrypt_or_password → external e-mail first, shred_paper → disposal.
 */
export function actsRequiring(pack: Pack): Map<string, ActionId[]> {
  const known = byPack.get(pack);
  if (known) return known;
  const index = new Map<string, ActionId[]>();
  for (const [action, byClass] of pack.rulings)
    for (const ruling of byClass.values())
      for (const id of ruling.conditions ?? []) {
        const acts = index.get(id) ?? [];
        if (!acts.includes(action)) index.set(id, [...acts, action]);
      }
  byPack.set(pack, index);
  return index;
}

/**
 * The act a measure is taken for: the pack's `measure_of` where it names one (an override), else
 * the first act whose ruling requires the measure.
 */
function actOfMeasure(pack: Pack, id: string): ActionId | undefined {
  return (pack.measureOf.get(id) ?? actsRequiring(pack).get(id))?.[0];
}

/**
 * The acts asked of by a measure said at all, taken or not (学級だよりってパスワードかけなくていい？,
 * 座席表は細断しなくていい？): only the measures the pack names acts for (conditions.measure_of).
 */
export function actsNamedByMeasure(pack: Pack, found: readonly Found[]): ActionId[] {
  return found.flatMap((f) => (f.value.type === 'condition' ? (pack.measureOf.get(f.value.id) ?? []) : []));
}

/**
 * A question that names a measure and no act (「学級だよりってパスワードかけなくてもいいですよね？」,
 * 「座席表は細断しなくてもいい？」) asks about the act that measure is taken for (actOfMeasure), of
 * the first measure said skipped. None when no measure is said skipped, or when those said are
 * required by no act. `described`: the measure is said of someone or something the document holds
 * (公開の同意をもらってない「子」も写ってる), not asked to be skipped.
 */
export function actFromMeasure(pack: Pack, found: readonly Found[]): { act: ActionId; described: boolean } | null {
  for (const f of found) {
    // Said skipped (しなくてもいい？, かけずに): a measure only mentioned (記録の書き方) asks no act.
    if (f.value.type !== 'condition' || f.value.occasion || f.value.opposite || !f.scope.negated) continue;
    const act = actOfMeasure(pack, f.value.id);
    if (act) return { act, described: f.scope.attributive === true };
  }
  return null;
}
