import type { ActionId, ClassId } from '../contract.js';
import { type Morpheme, toHiragana } from './analyzer.js';

/**
 * The act done with a named document when no word of the lexicon said one, read from where it is
 * done and from the kind of use (第3表's rows):
 * - at home (家で書く, 自宅で直す, いえでかいて): the document is worked on at home → 自宅持ち帰り;
 * - a photograph taken of it (写真撮っとこう, 写メ, しゃめとって) with no school device named: a copy
 *   kept on one's own phone → 私物端末の利用;
 * - put up inside the school (校内掲示, 教室に貼り出す): shown to everyone there → 公開
 *   (Ⅰ・Ⅱ only for staff who need it);
 * - the asked act is another copy held by staff (担任も持っていていい, 紙でもらっていい, 隣のクラスの
 *   先生に回して) → 複製・配布.
 * Where none of these is read the act stays open and the answer asks it.
 */
export function actOfPlace(morphemes: readonly Morpheme[], text: string, classes: readonly ClassId[] = []): ActionId | null {
  const kana = toHiragana(text);
  if (doneAtHome(morphemes, kana)) return 'take_home';
  if (photographed(morphemes, kana) && !schoolDeviceNamed(morphemes)) return 'private_device';
  // Class Ⅲ on a classroom wall is left to the follow-up (関係者以外に見られない); Ⅰ・Ⅱ never goes up.
  if (postedUp(morphemes) && classes.length > 0 && classes.every((c) => c === 'I' || c === 'II')) return 'publish';
  if (heldByStaff(morphemes)) return 'copy';
  return null;
}

/** Places that are a staff member's home. */
const HOME = new Set(['家', '自宅', '実家', '自室']);
/** The same places in kana, read from a question typed without kanji (いえでかいて). */
const HOME_KANA = /(?<![いう])(?:いえ|じたく)で(?:も)?(?![はす])/;

/** A home place followed by で (not ではなく) and a verb or a verbal noun later in the clause. */
function doneAtHome(morphemes: readonly Morpheme[], kana: string): boolean {
  for (let i = 0; i < morphemes.length - 2; i++) {
    const m = morphemes[i];
    const next = morphemes[i + 1];
    if (!m || !next || m.pos !== '名詞' || !HOME.has(m.base)) continue;
    if (next.surface !== 'で' || next.pos !== '助詞') continue;
    if (morphemes[i + 2]?.surface === 'は') continue;
    if (verbLater(morphemes, i + 2)) return true;
  }
  return HOME_KANA.test(kana);
}

/** A verb, or a verbal noun, before the clause ends. */
function verbLater(morphemes: readonly Morpheme[], from: number): boolean {
  for (let j = from; j < Math.min(morphemes.length, from + 6); j++) {
    const m = morphemes[j];
    if (!m || m.pos === '記号') return false;
    if (m.pos === '動詞' || (m.pos === '名詞' && m.pos1 === 'サ変接続')) return true;
  }
  return false;
}

/** 写真 / 写メ taken (撮る), or 撮影する, or the same in kana (しゃめ, しゃしんとって). */
function photographed(morphemes: readonly Morpheme[], kana: string): boolean {
  for (let i = 0; i < morphemes.length; i++) {
    const base = morphemes[i]?.base;
    if (base === '撮影' || base === '写メ') return true;
    if (base === '写真' && morphemes.slice(i + 1, i + 4).some((m) => m.base === '撮る' || m.base === 'とる')) return true;
  }
  return /しゃめ|しゃしん(?:を|)と(?:っ|る|り)/.test(kana);
}

/** A device the school issues is named (校務用PC, タブレット, 学校の端末): the photo is not on a private phone. */
function schoolDeviceNamed(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m) => ['校務', '学校', 'タブレット', '端末', '指導者'].includes(m.base));
}

/** 掲示 (校内掲示, 教室に掲示する) or 貼り出す: put up where everyone at the school sees it. */
function postedUp(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m) => m.base === '掲示' || m.base === '貼り出す' || m.base === '張り出す');
}

/** Holding, receiving or passing on: a further copy in another staff member's hands. */
const HOLD = new Set(['持つ', 'もらう', '貰う', '回す']);
/** A verb of motion after 持って (持っていく, 持って帰る): carrying it somewhere, not holding a copy. */
const MOTION = new Set(['行く', 'いく', '帰る', 'くる', '来る']);

/** The last independent verb of the question is one of holding (HOLD), not followed by one of motion. */
function heldByStaff(morphemes: readonly Morpheme[]): boolean {
  const verbs = morphemes.filter((m) => m.pos === '動詞');
  const last = [...verbs].reverse().find((m) => m.pos1 === '自立');
  if (!last || !HOLD.has(last.base)) return false;
  return !verbs.some((m) => m.start > last.start && MOTION.has(m.base));
}
