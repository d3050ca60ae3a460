import { compileCues, type LazyCues, readCues } from '../classify/read-cues.js';
import { wordsPattern } from '../classify/read-prose.js';
import type { Pack } from '../compile-pack.js';
import { CLASS_RANK } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import { normalizeKeepKatakana } from './normalize.js';

/**
 * The sensitive matters the scans read in files (pack.yaml `classify.prose.matters`: 病名, 服薬,
 * 離婚, いじめ …), read in what a question says a document holds (「病名入りの一覧」,
 * 「通院のことも書いてある」): the catalog item whose prose signal reads that matter about that kind
 * of person (a pupil unless the words point at staff) is information of its own (2-2(5)③).
 */
interface CompiledMatters {
  words: RegExp | null;
  matterOf: Map<string, string | null>;
  cues: LazyCues | null;
  naming: RegExp | null;
  staff: RegExp | null;
  /** The strictest item reading each `matter:people` pair. */
  itemOf: Map<string, CatalogItem>;
}

const cache = new WeakMap<Pack, CompiledMatters | null>();

function compile(pack: Pack): CompiledMatters | null {
  const prose = pack.meta.classify?.prose;
  if (!prose) return null;
  const matterOf = new Map<string, string | null>();
  for (const m of prose.matters) {
    for (const w of [...m.words, ...m.services]) matterOf.set(normalizeKeepKatakana(w), m.id);
    for (const w of m.unless) matterOf.set(normalizeKeepKatakana(w), null);
  }
  const itemOf = new Map<string, CatalogItem>();
  for (const item of pack.items.values()) {
    for (const signal of item.signals ?? []) {
      for (const matter of signal.prose?.matters ?? []) {
        for (const people of signal.prose!.people) {
          const key = `${matter}:${people}`;
          const before = itemOf.get(key);
          if (!before || CLASS_RANK[item.class] > CLASS_RANK[before.class]) itemOf.set(key, item);
        }
      }
    }
  }
  const staffWords = [...prose.staff.words, ...prose.staff.suffixes, ...prose.staff.titles, '教職員', '職員', '教員'];
  return {
    words: wordsPattern([...matterOf.keys()], 'gi'),
    matterOf,
    cues: compileCues(prose.matters),
    naming:
      prose.not_followed_by.length > 0
        ? new RegExp(`^[^、。,\\s]{0,8}?(?:${wordsPattern(prose.not_followed_by.map(normalizeKeepKatakana), '')!.source})`)
        : null,
    staff: wordsPattern(staffWords.map(normalizeKeepKatakana), ''),
    itemOf,
  };
}

/** The matters the text tells, by id: a word of the lists (not an `unless` one), or a cue the analyzer reads. */
function mattersOf(c: CompiledMatters, text: string): Set<string> {
  const out = new Set<string>();
  const spans: [number, number][] = [];
  const names = (end: number) => c.naming?.test(text.slice(end, end + 16)) ?? false;
  for (const { 0: word, index } of text.matchAll(c.words ?? /$^/g)) {
    spans.push([index, index + word.length]);
    const matter = c.matterOf.get(word.toLowerCase()) ?? c.matterOf.get(word);
    if (matter && !names(index + word.length)) out.add(matter);
  }
  for (const cue of c.cues ? readCues(c.cues, text) : []) {
    const end = cue.at + cue.word.length;
    if (!spans.some(([from, to]) => from < end && cue.at < to) && !names(end)) out.add(cue.matter);
  }
  return out;
}

/**
 * The strictest catalog item a text's sensitive matters make it (「病名」 → 児童生徒の個人情報,
 * 「先生の病歴」 → 教職員の個人情報), or null when it tells none.
 */
export function matterItem(pack: Pack, text: string): CatalogItem | null {
  let c = cache.get(pack);
  if (c === undefined) {
    c = compile(pack);
    cache.set(pack, c);
  }
  if (!c) return null;
  const people = c.staff?.test(text) ? ['staff', 'pupils'] : ['pupils', 'names'];
  let best: CatalogItem | null = null;
  for (const matter of mattersOf(c, text)) {
    const item = people.map((p) => c.itemOf.get(`${matter}:${p}`)).find((i) => i !== undefined);
    if (item && (!best || CLASS_RANK[item.class] > CLASS_RANK[best.class])) best = item;
  }
  return best;
}
