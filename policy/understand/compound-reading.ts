/**
 * A document the catalog does not name, read from its own compound (「面接練習カード」, 「転学の書類」,
 * 「学校説明会のパンフ」): the noun phrase splits into its head (カード, 書類, パンフ: what kind of
 * document) and its content words (面接, 練習, 転学: what it is about), and both are matched against
 * the words of each catalog item's names, synonyms and signals (the words the file classifier reads
 * in its files) and of the sensitive matters its prose signals read (懲戒, 在留資格), so that a
 * question and a file name the same item. A content word counts by how rare it is among the items;
 * a head that agrees with the head of an item's name counts too. Near the best reading, the
 * stricter class is taken: a guess is never the more permissive one. The phrases themselves are
 * read in noun-phrases.ts.
 */
import type { Pack } from '../compile-pack.js';
import { CLASS_RANK } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import type { Morpheme } from './analyzer.js';
import { inverseFrequency } from './describe-profiles.js';
import { normalizeKeepKatakana } from './normalize.js';
import { kanaKinds, type NounPhrase, nounPhrases, phrasesOf, withKanaKinds } from './noun-phrases.js';

export { type NounPhrase, nounPhrases } from './noun-phrases.js';

interface ItemWords {
  item: CatalogItem;
  /** Words of its names and synonyms. */
  names: Set<string>;
  /** The last word of each name and synonym: what kind of document it is. */
  heads: Set<string>;
  /** Words of its signals. */
  signals: Set<string>;
  /**
   * Words of the sensitive matters its prose signal reads in files (pack.yaml `classify.prose.matters`:
   * 懲戒, 服薬, 在留資格 …): a compound about one of them (懲戒の調書, 服薬の表) is about that item.
   */
  matters: Set<string>;
}

interface CompoundIndex {
  items: ItemWords[];
  /** Words after a matter that make it a body, a duty or an event (いじめ|対策, 面談|日程). */
  naming: string[];
  /** Kinds of document the dictionary splits (だより): `kanaKinds`. */
  kinds: string[];
  /** log(n / how many items hold the word), over names, signals and matters. */
  idf: Map<string, number>;
}

/**
 * How much the content words must share (about one word held by a handful of items), how close
 * to the best a stricter reading must come, what a head that agrees adds, and what a word only
 * the signals hold is worth beside one of a name.
 */
export const COMPOUND = { min: 2.5, near: 0.8, head: 1.5, signal: 0.5 };

const cache = new WeakMap<Pack, CompoundIndex>();

function indexFor(pack: Pack): CompoundIndex {
  let index = cache.get(pack);
  if (index) return index;
  const items: ItemWords[] = [];
  const prose = pack.meta.classify?.prose;
  const matterWords = new Map<string, string[]>();
  for (const m of prose?.matters ?? [])
    matterWords.set(
      m.id,
      [...m.words, ...m.heads].filter((w) => !m.unless.includes(w)).map((w) => normalizeKeepKatakana(w)),
    );
  const kinds = kanaKinds([...pack.items.values()].flatMap((i) => [i.name.ja, ...i.synonyms.ja]));
  for (const item of pack.items.values()) {
    const names = new Set<string>();
    const heads = new Set<string>();
    for (const n of [item.name.ja, ...item.synonyms.ja])
      for (const p of phrasesOf(n, kinds)) {
        for (const w of [...p.content, p.head]) names.add(w);
        heads.add(p.head);
      }
    const signals = new Set<string>();
    for (const s of item.signals ?? [])
      for (const w of [...s.headers, ...s.words])
        for (const p of phrasesOf(w)) for (const x of [...p.content, p.head]) signals.add(x);
    const matters = new Set<string>();
    for (const s of item.signals ?? [])
      for (const id of s.prose?.matters ?? []) for (const w of matterWords.get(id) ?? []) matters.add(w);
    items.push({ item, names, heads, signals, matters });
  }
  index = {
    items,
    naming: (prose?.not_followed_by ?? []).map((w) => normalizeKeepKatakana(w)),
    kinds,
    idf: inverseFrequency(items.map((i) => new Set([...i.names, ...i.signals, ...i.matters]))),
  };
  cache.set(pack, index);
  return index;
}

/** A word of the question meets a word of the item: the same, or one the shortening of the other (パンフ ~ パンフレット). */
function meets(a: string, b: string): boolean {
  return a === b || (a.length >= 2 && b.length >= 2 && (b.startsWith(a) || a.startsWith(b)));
}

export interface CompoundMatch {
  item: CatalogItem;
  score: number;
  shared: string[];
}

/** The items a noun phrase reads as, best first (near the best, the stricter class first). */
export function compoundItems(
  pack: Pack,
  phrase: NounPhrase,
  documentNouns: readonly string[] = [],
  means: readonly string[] = [],
): CompoundMatch[] {
  const { items, idf, naming, kinds } = indexFor(pack);
  // A device or an account (私物のタブレット) is what the work goes through, not a document.
  if (means.some((n) => meets(phrase.head, n))) return [];
  // The head must say a document (書類, カード, パンフ): a word for one, or the head of an item's name;
  // 「修学旅行の行き先」, 「保護者の承諾」 are about no document.
  const documentHead =
    documentNouns.some((n) => meets(phrase.head, n)) || items.some((i) => [...i.heads].some((h) => meets(phrase.head, h)));
  if (!documentHead) return [];
  const weight = (words: Set<string>, w: string) => {
    let best = 0;
    for (const x of words) if (meets(w, x)) best = Math.max(best, idf.get(x) ?? 0);
    return best;
  };
  // A matter word followed by a word that names a body or a duty (いじめ対策の資料) tells no matter.
  const words = [...phrase.content, phrase.head];
  const tellsMatter = (w: string) => {
    const next = words[words.indexOf(w) + 1];
    return !next || !naming.some((n) => meets(next, n));
  };
  const matches: CompoundMatch[] = [];
  for (const i of items) {
    let score = 0;
    const shared: string[] = [];
    for (const w of new Set(phrase.content)) {
      const named = Math.max(weight(i.names, w), tellsMatter(w) ? weight(i.matters, w) : 0);
      const signal = named > 0 ? 0 : COMPOUND.signal * weight(i.signals, w);
      if (named + signal > 0) shared.push(w);
      score += named + signal;
    }
    // Only what the document is about tells the item; its kind then says which of them.
    if (score === 0) continue;
    const agrees = [...i.heads].some((h) => meets(phrase.head, h));
    // An open class (Ⅲ・Ⅳ, often 可) on what the phrase is about alone, its kind unlike the item's:
    // too much a guess to answer permissively on; a stricter class may stand.
    if (!agrees && (i.item.class === 'IV' || i.item.class === 'III')) continue;
    if (agrees) {
      score += COMPOUND.head;
      shared.push(`head:${phrase.head}`);
    }
    matches.push({ item: i.item, score, shared });
  }
  // A kind only one item's names end with, which the dictionary splits (園|だより): that item, even
  // when what it is about (園) is none of the catalog's words.
  if (matches.length === 0 && kinds.includes(phrase.head)) {
    const only = items.filter((i) => i.heads.has(phrase.head));
    if (only.length === 1) return [{ item: only[0]!.item, score: COMPOUND.head, shared: [`head:${phrase.head}`] }];
  }
  const enough = matches.filter((m) => m.score >= COMPOUND.min).sort((a, b) => b.score - a.score);
  const best = enough[0]?.score ?? 0;
  const near = (m: CompoundMatch) => m.score >= best * COMPOUND.near;
  return enough.sort(
    (a, b) =>
      Number(near(b)) - Number(near(a)) ||
      (near(a) ? CLASS_RANK[b.item.class] - CLASS_RANK[a.item.class] : 0) ||
      b.score - a.score,
  );
}

/**
 * The item the question's own compounds read as, when nothing named or described it: of the noun
 * phrases outside what was found (an act, an item), the one read best. None when no phrase says enough.
 */
export function compoundDocument(
  pack: Pack,
  morphemes: readonly Morpheme[],
  taken: readonly { start: number; end: number }[],
  documentNouns: readonly string[],
  means: readonly string[] = [],
): CatalogItem | null {
  let best: CompoundMatch | null = null;
  // What was found is left out and breaks the phrase: 「在留カードのコピー」 is read as 在留カード.
  const free = morphemes.filter((m) => !taken.some((t) => m.start < t.end && m.end > t.start));
  for (const phrase of nounPhrases(withKanaKinds(free, indexFor(pack).kinds))) {
    // Where or by what something is done (校内の授業で, 担任の先生に) is no document acted on.
    const next = morphemes.find((m) => m.start === phrase.end);
    if (next?.pos === '助詞' && next.pos1 === '格助詞' && next.surface !== 'を' && next.surface !== 'が') continue;
    const top = compoundItems(pack, phrase, documentNouns, means)[0];
    if (top && (!best || top.score > best.score)) best = top;
  }
  return best?.item ?? null;
}
