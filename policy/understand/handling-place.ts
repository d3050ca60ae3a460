import type { Pack, Situation } from '../compile-pack.js';
import type { Language } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { scopeOf } from './scope.js';

/** The last word of a room's name: 図書「室」, 教科準備「室」, 図書「館」, 生徒「ホール」, 教室. */
const ROOM_ENDINGS = ['室', '館', 'ホール', 'ルーム', 'ラウンジ'];
/** A part of a room said as where (図書室の奥の「机」で): the room is the one it belongs to. */
const PARTS_OF_ROOMS = new Set(['机', 'テーブル', '席', 'カウンター', '奥', '隅', '片隅', '中', '窓際', '前', '後ろ']);

export type Place = 'office' | 'elsewhere';

/**
 * Where in the school the question says the information is handled (第3表 取り扱い場所の制限): a
 * room said as where the act happens (図書室で読む, 図書室の奥の机で確認する), and whether it is one
 * of the staff's work rooms (`offices`: 執務室 as 用語の定義 names them, 校長室・職員室・事務室・保健室)
 * or another room of the school. A room the sentence denies (職員室ではなく) is not where; a room
 * not said with で (職員室の机に置く) is no place of handling.
 */
export function handlingPlace(morphemes: readonly Morpheme[], offices: readonly string[], lexicon: Lexicon): Place | null {
  let place: Place | null = null;
  for (let i = 1; i < morphemes.length; i++) {
    const de = morphemes[i]!;
    if (de.surface !== 'で' || de.pos !== '助詞' || de.pos1 !== '格助詞') continue;
    const room = roomBefore(morphemes, i);
    if (!room || scopeOf(morphemes, room.start, room.end, lexicon).negated) continue;
    // A room that is no work room of the staff decides: 職員室じゃなくて図書室で.
    if (!offices.some((o) => room.name.endsWith(o))) return 'elsewhere';
    place = 'office';
  }
  return place;
}

/**
 * A document named, nothing done with it and no rule named (the caller's part), only a room of the
 * school said as where it is read or written: the situation of the pack whose `place` it is.
 */
export function placeOfHandling(pack: Pack, morphemes: readonly Morpheme[], language: Language): Situation[] {
  if (language !== 'ja') return [];
  for (const situation of pack.situations.values()) {
    if (!situation.place) continue;
    const place = handlingPlace(morphemes, situation.place.rooms, lexiconFor(pack));
    if (place && (place === 'office') === situation.place.inside) return [situation];
  }
  return [];
}

/** The room a locative で follows: the noun compound right before it, or the room a part of it belongs to. */
function roomBefore(morphemes: readonly Morpheme[], de: number): { name: string; start: number; end: number } | null {
  let k = de - 1;
  for (let hops = 0; hops < 3; hops++) {
    const compound = nounsEndingAt(morphemes, k);
    if (!compound) return null;
    if (compound.name === '教室' || ROOM_ENDINGS.some((e) => compound.name.length > e.length && compound.name.endsWith(e)))
      return compound;
    // 図書室の奥の机で: a part of a room, the room before it with の.
    const last = morphemes[k]!;
    if (!PARTS_OF_ROOMS.has(last.surface) || morphemes[compound.first - 1]?.surface !== 'の') return null;
    k = compound.first - 2;
  }
  return null;
}

/** The nouns joined without a break that end at morpheme `k` (教科|準備|室). */
function nounsEndingAt(
  morphemes: readonly Morpheme[],
  k: number,
): { name: string; start: number; end: number; first: number } | null {
  const last = morphemes[k];
  if (!last || last.pos !== '名詞') return null;
  let first = k;
  while (first > 0) {
    const prev = morphemes[first - 1]!;
    if ((prev.pos !== '名詞' && prev.pos !== '接頭詞') || prev.end !== morphemes[first]!.start) break;
    first--;
  }
  const start = morphemes[first]!.start;
  return {
    name: morphemes
      .slice(first, k + 1)
      .map((m) => m.surface)
      .join(''),
    start,
    end: last.end,
    first,
  };
}
