import type { Situation } from '../compile-pack.js';
import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

/** Dictionary forms that say copies are handed out to people (配る, 配布する, 配付する). */
const HANDING_OUT = new Set(['配る', '配布', '配付']);

/**
 * The question hands copies out (地域の方に配りたい, 保護者会で配布資料にしたい), and does not say it
 * will not (配らない): read by dictionary form, the negation by the lexicon's auxiliaries.
 */
export function handsOut(morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  const negators = new Set(lexicon.negation.ja_auxiliaries);
  return morphemes.some((m, i) => {
    if (!HANDING_OUT.has(m.base)) return false;
    const after = morphemes.slice(i + 1, i + 4);
    return !after.some((n) => n.pos === '助動詞' && negators.has(n.base));
  });
}

/** Sharing with staff who need it (校内の教職員との共有, 職員間で): copies handed to the staff, not out. */
const STAFF_AUDIENCE = 'internal_share';

/** The situation named says the copies go to the school's staff (handling.yaml `internal_share`). */
export const toStaff = (situation: Situation): boolean => situation.id === STAFF_AUDIENCE;

/** Words the staff are said by beside the pack's titles (教職員, 職員). */
const STAFF = ['教職員', '職員', '教員'];
/** What may follow the staff word before the particle: 先生「方」に, 職員「全員」に. */
const AFTER_STAFF = new Set(['方', 'がた', 'たち', '達', '全員', 'みんな', '皆']);
/** How the staff are the ones the copies go to: 先生方「に」, 全職員「分」, 職員「間」で. */
const TO_STAFF = new Set(['に', 'へ', '分', '間']);

/**
 * The copies go to the staff (全職員分コピーして配る, 先生方に配布): a word for staff (the pack's titles,
 * 職員) followed by the particle or counter that says they receive them.
 */
export function toStaffSaid(morphemes: readonly Morpheme[], titles: readonly string[]): boolean {
  const staff = new Set([...STAFF, ...titles]);
  return morphemes.some((m, i) => {
    if (!staff.has(m.surface)) return false;
    let j = i + 1;
    while (morphemes[j] && AFTER_STAFF.has(morphemes[j]!.surface)) j++;
    const next = morphemes[j];
    return next !== undefined && TO_STAFF.has(next.surface);
  });
}
