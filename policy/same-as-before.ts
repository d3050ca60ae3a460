/**
 * A later message of a conversation that names the document of before again with a demonstrative
 * (「同じ写真を学校のInstagramにも載せていい？」, 「その名簿を…」) means that very document, as the
 * conversation has told it so far: the photos whose publication the parents consented to, not the
 * photos in general. The word alone names the document's plain catalog item; the one of before is
 * that item qualified (a qualifier's `means`, or its blank form).
 */

import type { Pack } from './compile-pack.js';
import type { CatalogItem } from './schema.js';
import { type ParsedQuestion, speaksOfQualifiers } from './understand/parse-question.js';

/** Determiners that point back at something already said (同じ, その, この, あの). */
const POINTING = new Set(['同じ', 'その', 'この', 'あの']);

/** A determiner that points back, set right before a noun (同じ|写真, その|名簿). */
export function pointsBack(parsed: ParsedQuestion): boolean {
  if (parsed.language !== 'ja') return false;
  const ms = parsed.analyzed.morphemes;
  return ms.some((m, i) => m.pos === '連体詞' && POINTING.has(m.surface) && ms[i + 1]?.pos === '名詞');
}

/** The items `item` may become once qualified (its qualifiers' meanings and its blank form, in turn). */
function variantsOf(pack: Pack, item: CatalogItem, depth = 0): Set<string> {
  const out = new Set<string>();
  if (depth > 3) return out;
  const next = [...item.qualifiers.map((q: { means: string }) => q.means), ...(item.blank ? [item.blank] : [])];
  for (const id of next) {
    const variant = pack.items.get(id);
    if (!variant || out.has(id)) continue;
    out.add(id);
    for (const v of variantsOf(pack, variant, depth + 1)) out.add(v);
  }
  return out;
}

/**
 * The document of before, when the message points back at it and names it only by the plain item
 * of which it is a variant; null otherwise (another document, or the same item as it stands).
 */
export function sameAsBefore(
  pack: Pack,
  parsed: ParsedQuestion,
  items: readonly CatalogItem[],
  beforeId: string | null | undefined,
): CatalogItem | null {
  if (items.length !== 1 || !beforeId || !pointsBack(parsed)) return null;
  const named = items[0]!;
  const before = pack.items.get(beforeId);
  if (!before || before.id === named.id) return null;
  // The message speaks of the qualification itself (「同じ写真、承諾のない子も写ってたら？」): read as said.
  if (speaksOfQualifiers(pack, parsed, named) || speaksOfQualifiers(pack, parsed, before)) return null;
  return variantsOf(pack, named).has(before.id) ? before : null;
}
