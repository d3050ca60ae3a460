/**
 * Other ways a question writes a catalog item's name, read from the name's own parts, not listed:
 * - joined by の between its words (給食関係書類 said きゅうしょくのかんけいしょるい, 給食の関係書類);
 * - without the one-character kind of document that ends it (健康調査票 said 健康調査, けんこうちょうさ):
 *   what remains, four kanji or more, still names what the document is about;
 * - in English, a hyphenated word closed up ("health check-up" written "health checkup").
 * Only item names use them: a document named another way than the catalog lists.
 */
import { analyze, hasKanji, readingOf } from './analyzer.js';
import { normalize } from './normalize.js';

/** A name read with の is only taken from this many kana on: shorter ones join everyday words. */
const MIN_JOINED = 7;
/** What remains of a name without its kind must be this many kanji at least (出勤簿 is not 出勤). */
const MIN_REMAINING = 4;
const ALL_KANJI = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/**
 * The name's readings with の between two of its words (給食|関係|書類 → きゅうしょくのかんけいしょるい,
 * きゅうしょくかんけいのしょるい): one の at a time, only between nouns, never inside a word.
 */
export function joinedReadings(name: string): string[] {
  const text = name.normalize('NFKC');
  if (!ALL_KANJI.test(text)) return [];
  const ms = analyze(text);
  if (ms.length < 2 || ms.some((m) => m.pos !== '名詞')) return [];
  const out: string[] = [];
  for (let cut = 1; cut < ms.length; cut++) {
    // A suffix (者, 室, 票) belongs to the word before it.
    if (ms[cut]!.pos1 === '接尾') continue;
    const before = ms
      .slice(0, cut)
      .map((m) => m.surface)
      .join('');
    const after = ms
      .slice(cut)
      .map((m) => m.surface)
      .join('');
    const r = normalize(`${readingOf(before)}の${readingOf(after)}`);
    if (r.length >= MIN_JOINED && !hasKanji(r)) out.push(r);
  }
  return out;
}

/**
 * The name without the one-character document noun that ends it (健康調査票 → 健康調査), when what
 * remains is all kanji and long enough to name the matter; none otherwise.
 */
export function withoutKind(name: string, documentNouns: readonly string[]): string | null {
  const text = name.normalize('NFKC');
  const last = text.at(-1);
  if (!last || !documentNouns.includes(last)) return null;
  const rest = text.slice(0, -1);
  return rest.length >= MIN_REMAINING && ALL_KANJI.test(rest) ? rest : null;
}

/**
 * The name's subject with another word for a record after it (生徒指導記録簿 → 生徒指導のメモ,
 * 生徒指導メモ; 教育相談記録 → 教育相談のファイル): the name less its kind of record (記録簿, 記録, 票,
 * each a document noun, the longest first), when what remains is all kanji and long enough to name
 * the matter, then each of `records` after it, as written and joined by の. None otherwise.
 */
export function withOtherKind(name: string, kinds: readonly string[], records: readonly string[]): string[] {
  const own = name.normalize('NFKC');
  const byLength = [...kinds].sort((a, b) => b.length - a.length);
  const kindAtEnd = (s: string) => byLength.find((n) => s.endsWith(n) && s.length > n.length);
  let rest = own;
  for (let k = kindAtEnd(rest); k; k = kindAtEnd(rest)) rest = rest.slice(0, -k.length);
  if (rest === own || rest.length < MIN_REMAINING || !ALL_KANJI.test(rest)) return [];
  return records.flatMap((r) => [`${rest}${r}`, `${rest}の${r}`]).filter((v) => v !== own);
}

/** An English name with its joining hyphens closed up ("check-up" → "checkup"); null without one. */
export function closedUp(name: string): string | null {
  const closed = name.replace(/(?<=[a-z])-(?=[a-z])/gi, '');
  return closed === name ? null : closed;
}

/** A strict item's name in kanji, to be found with its last kanji slipped (指導要緑 for 指導要録). */
export interface EndSlipTerm<T> {
  term: string;
  value: T;
}

/** The name may end in a slip when it is all kanji and this long: shorter ones meet real words. */
const MIN_END_SLIP = 4;

/** Whether a name is read with its last kanji slipped: all kanji, long enough. */
export const slipsAtEnd = (name: string): boolean => name.length >= MIN_END_SLIP && ALL_KANJI.test(name.normalize('NFKC'));

/**
 * Names written with the wrong last kanji (指導要緑 for 指導要録): the name but its last kanji, then
 * another kanji the analyzer reads as no word with the ones before (指導|要|緑): a real word
 * (指導要領, one word) is not a slip. The stretch starts where a word starts.
 */
export function slippedAtEnd<T>(
  terms: readonly EndSlipTerm<T>[],
  normalized: string,
  morphemes: readonly { start: number; end: number }[],
): { start: number; end: number; term: string; value: T }[] {
  const starts = new Set(morphemes.map((m) => m.start));
  const out: { start: number; end: number; term: string; value: T }[] = [];
  for (const { term, value } of terms) {
    const stem = term.slice(0, -1);
    for (let at = normalized.indexOf(stem); at >= 0; at = normalized.indexOf(stem, at + 1)) {
      const last = at + stem.length;
      const ch = normalized[last];
      if (!ch || ch === term.at(-1) || !ALL_KANJI.test(ch)) continue;
      if (!starts.has(at) || !starts.has(last)) continue;
      // The slipped kanji is a word of its own: not the start of a longer one (要|領域).
      const word = morphemes.find((m) => m.start === last);
      if (!word || word.end !== last + 1) continue;
      out.push({ start: at, end: last + 1, term, value });
    }
  }
  return out;
}
