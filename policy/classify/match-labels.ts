import { analyze, type Morpheme } from '../understand/analyzer.js';
import { normalize, normalizeKeepKatakana } from '../understand/normalize.js';

/** A letter that carries a word on: kanji, kana, the long mark, a Latin letter. */
const LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々a-z]/u;
const LATIN = /[a-z]/;

/**
 * A dictionary of form labels and column headings (身長, 氏名, 電話番号) found in normalised text,
 * longest first, so 保護者氏名 is one label and not 氏名 inside it.
 */
export class LabelMatcher {
  /** Labels by their first character, longest first: a scan tries only where a label can start. */
  private readonly byFirst = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    const keys = new Set<string>();
    for (const word of words) {
      const key = normalize(word);
      if (key) keys.add(key);
    }
    for (const key of keys) {
      const list = this.byFirst.get(key[0]!) ?? [];
      list.push(key);
      this.byFirst.set(key[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Every label occurrence in a normalised string, left to right, longest first, not overlapping. */
  find(normalized: string): { label: string; start: number; end: number }[] {
    const out: { label: string; start: number; end: number }[] = [];
    for (let i = 0; i < normalized.length; i++) {
      const candidates = this.byFirst.get(normalized[i]!);
      if (!candidates) continue;
      const label = candidates.find((c) => normalized.startsWith(c, i));
      if (!label) continue;
      out.push({ label, start: i, end: i + label.length });
      i += label.length - 1;
    }
    return out;
  }

  /**
   * The label a table cell is headed by, if the cell holds one as a word of its own: the whole cell,
   * a word before a note or a number (「電話番号（自宅）」「連絡先1」 → 電話番号, 連絡先) or the last
   * word of a compound (児童氏名 → 氏名, Japanese puts the head last). A label inside a longer word
   * (国語 in 中国語, 家庭 in 家庭訪問), before more words (就学援助申請の説明) or inside a clause
   * (腹痛で早退、受診できず) is not the cell's label:
   * such a cell is a value written in.
   */
  ofCell(cell: string): string | null {
    if (cell.length === 0 || cell.length > 40) return null;
    const text = normalize(cell);
    const hits = this.find(text);
    if (hits.length === 0) return null;
    const spaced = spacesIn(cell, text);
    // In a clause (腹痛で早退、受診できず) only the word the cell opens with may be its label.
    const clause = /[、。!?]/u.test(text);
    let words: readonly Morpheme[] | null = null;
    const analyzed = () => (words ??= analyze(normalizeKeepKatakana(cell)));
    for (const hit of hits) {
      if (clause && hit.start > 0) continue;
      // A suffix ends the word as a note does (学用品費, 家庭環境等): the label is still its head.
      if (!endsWord(text, hit, spaced) && !analyzed().some((m) => m.start === hit.end && m.pos1 === '接尾')) continue;
      if (hit.start === 0 || spaced.has(hit.start) || !LETTER.test(text[hit.start - 1]!)) return hit.label;
      // After a letter: a word of a compound only where the analyzer splits there (児童|氏名, not 中国|語).
      if (analyzed().some((m) => m.start === hit.start)) return hit.label;
    }
    return null;
  }
}

/** Whether a label ends its word: the cell ends, or a space, a note, a number or a mark follows. */
function endsWord(text: string, hit: { label: string; end: number }, spaced: Set<number>): boolean {
  const next = text[hit.end];
  if (next === undefined || spaced.has(hit.end) || !LETTER.test(next)) return true;
  // A Latin word after Japanese (勤務先tel) starts a word of its own.
  return LATIN.test(next) && !LATIN.test(hit.label.at(-1)!);
}

/** The offsets of the normalised text where the cell had a space that normalize() took out (氏名　森). */
function spacesIn(cell: string, text: string): Set<number> {
  const out = new Set<number>();
  const full = cell.normalize('NFKC').trim();
  if (!/\s/u.test(full)) return out;
  const folded = normalize(full.replace(/\s+/gu, '\u0001'));
  // Every run of spaces became one mark: its offset, less the marks before it, is where the word after it starts.
  let marks = 0;
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === '\u0001') {
      out.add(i - marks);
      marks++;
    }
  }
  return text.length === folded.length - marks ? out : new Set();
}

const PLACEHOLDER =
  /[_＿\s・.…:：()（）「」『』[\]［］□■○〇◯*＊\-ー－~〜/／|｜年月日組番時分歳才cmkg様右左〒℡☎]|令和|平成|記入|なし|未定|tel|fax/gi;

/** Printed choices with none marked (有・無, はい／いいえ): the field is still to be filled in. */
const CHOICES = /^[^\s・／/]{1,4}(?:\s*[・／/]\s*[^\s・／/]{1,4})+$/u;

/** A mark that picks one of the printed choices (○はい ・ いいえ, ✓ある). */
const PICKED = /[○〇◯●◉■☑☒✓✔()（）]/u;

/**
 * Printed choices with none picked: short words (有・無, はい／いいえ), choices set apart by spaces
 * (「ある ・ ない」「校区の中学校 ・ 私立・県立中学校」) or three and more of a scale
 * (とても・まあまあ・あまり・たのしくない). A survey or a form before anyone answers prints them.
 */
export function isPrintedChoices(value: string): boolean {
  const v = value.trim();
  // Choices are words: numbers apart (2012/04/02, 1・2) are a date or values.
  if (v.split(/[・／/|｜]/u).some((c) => !/\p{L}/u.test(c))) return false;
  if (PICKED.test(v)) return false;
  if (CHOICES.test(v)) return true;
  const spaced = v.split(/[\s　]+[・／/|｜][\s　]+/u);
  if (spaced.length >= 2 && spaced.every((c) => c.length > 0 && c.length <= 12 && !/[\s　]/u.test(c))) return true;
  const scale = v.split(/[・／/]/u);
  return scale.length >= 3 && scale.every((c) => c.length > 0 && c.length <= 8 && !/[\s　]/u.test(c));
}

/**
 * What a form prints for someone to answer: its choices with none picked, or a question
 * (「2 いやな思いをしたことがありますか」「4. だれにされましたか（書けたら）」). Neither is a value written in.
 */
export function isPrompt(cell: string): boolean {
  const v = cell.trim().replace(/[(（][^()（）]{0,20}[)）]$/u, '');
  return isPrintedChoices(cell) || /(?:[かカ]|[?？])$/u.test(v);
}

/** Whether a field's value holds something written in, not a blank line or (　　) placeholder. */
export function isFilledValue(value: string): boolean {
  if (isPrintedChoices(value)) return false;
  return value.replace(PLACEHOLDER, '').length > 0;
}

const DAY = String.raw`\d{1,2}\s*日\s*(?:[(（][月火水木金土日][)）])?`;
/** A day or days (「5月8日」「4月14日(火)・15日(水)提出」「6/5」): the value of a schedule, not of a record. */
const SCHEDULED = new RegExp(
  String.raw`^(?:(?:令和|平成)?\s*\d{1,4}\s*年\s*)?\d{1,2}\s*(?:月\s*${DAY}|/\s*\d{1,2})(?:\s*[・、~〜～-]\s*(?:\d{1,2}\s*月\s*)?${DAY})*\s*(?:提出|まで|実施|予定|頃)?[\s／/、。]*$`,
);

/**
 * Whether a field's value is only a day: 「内科検診 5月8日／歯科検診 5月15日」 is a notice's schedule,
 * not the examination's results; a form filled in has values that are not days (its 記入日 aside).
 */
export function isScheduledDay(value: string): boolean {
  // A line of a schedule runs on to the next event (「5月8日／歯科検診 5月15日」, 「5月12日、歯科検診 5月19日」,
  // 「5月8日。結果は…」): its first part is the day.
  return SCHEDULED.test(value.trim().split(/[／/、，,。](?!\d)|\s{2,}/)[0]!);
}

/**
 * Whether a value or a cell is a sentence, not a word or a label: it ends as one (。！？), or it is
 * long and mostly kana. A numbered instruction (「1 身長は小数第1位まで記入する。」) is prose, and a
 * remark written in a field (所見：学習に意欲的に取り組みました。) is someone's record.
 */
export function isSentence(text: string): boolean {
  if (/[。．！？]$/u.test(text)) return true;
  return text.length > 20 && (text.match(/\p{sc=Hiragana}/gu)?.length ?? 0) >= 6;
}

const NAME = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{2,12}$/u;
const NOT_NAME = /[○〇◯]|記入|氏名|名前|なまえ|例|欄|未定|年組|学年|番号/;

/** Whether a (normalised) value looks like a person's name: 2–12 kanji or kana, not a placeholder. */
export function isNameLike(value: string): boolean {
  const v = value.replace(/[\s　]/g, '');
  return NAME.test(v) && !NOT_NAME.test(v) && new Set(v).size > 1;
}
