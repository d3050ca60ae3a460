import type { Pack } from '../compile-pack.js';
import type { CatalogItem, Words } from '../schema.js';
import type { Reader } from './reader.js';

interface Qualifier {
  when: Words;
  when_together?: { ja: string[][]; en: string[][] };
  when_not?: Words;
  unless?: Words;
  consent?: Words;
  means: string;
}

/** The first word of each together-group (承諾 of [承諾, もら]): the consent nouns themselves. */
export function togetherHeads(q: Pick<Qualifier, 'when_together'>): { ja: string[]; en: string[] } {
  return { ja: (q.when_together?.ja ?? []).map((g) => g[0]!), en: (q.when_together?.en ?? []).map((g) => g[0]!) };
}

export function qualified(pack: Pack, qualifiers: Qualifier[], r: Reader): CatalogItem | undefined {
  // A word of the together-groups denied anywhere (「承諾のない子」) cancels them, as `unless` does.
  const deniedTogether = (q: Qualifier) => r.denies(togetherHeads(q));
  // The together-groups' first words are the consent nouns; one used as its verb says it alone (承諾した).
  const asVerb = (q: Qualifier) => r.saysAsVerb(togetherHeads(q).ja);
  const q = qualifiers.find(
    (q) =>
      (r.holds(q.when) || r.saysTogether(q.when_together) || asVerb(q) || r.denies(q.when_not) || r.consentHad(q.consent)) &&
      !r.has(q.unless) &&
      !deniedTogether(q),
  );
  return q ? pack.items.get(q.means) : undefined;
}

/**
 * The question says the form `id` is blank: 「記入前の」 (not another document's: 「配布文書のひな形」),
 * or a denied 「記入」「回答」 (「まだ誰も答えていない」).
 */
export function saysBlank(pack: Pack, r: Reader, id: string): boolean {
  const blanks = pack.blankForms;
  return (
    Boolean(blanks) &&
    (r.saysOf(blanks!.when, id) || r.denies(blanks!.when_not) || r.saysBefore(blanks!.when_not)) &&
    !r.has(blanks!.unless)
  );
}

/** The question says a form is filled in (記入してある, 子どもが答えた): the blank-form words that deny a blank. */
export function saysFilled(pack: Pack, r: Reader): boolean {
  const blanks = pack.blankForms;
  return Boolean(blanks) && (r.has(blanks!.unless) || (r.says(blanks!.when_not) && !r.saysBefore(blanks!.when_not)));
}

/**
 * Applies an item's `unless`, the pack's blank-form words and the item's qualifiers:
 * 「記入前の」 turns a survey into a blank form, 「通知表の様式」 is a form template.
 */
export function qualify(pack: Pack, item: CatalogItem, r: Reader, depth = 0): CatalogItem | null {
  if (r.has(item.unless)) return null;
  const blank = item.blank && saysBlank(pack, r, item.id);
  const next = (blank ? pack.items.get(item.blank!) : undefined) ?? qualified(pack, item.qualifiers, r);
  // Said filled in right where it is named (「記入前の用紙と、回答済みのきずなアンケート」): not its blank form.
  if (next && item.blank && next.id === item.blank && r.modifies(pack.blankForms?.unless, item.id)) return item;
  if (next && next !== item && depth < 3) return qualify(pack, next, r, depth + 1) ?? next;
  return item;
}
