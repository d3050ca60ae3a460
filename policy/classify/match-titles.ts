import type { CatalogItem } from '../schema.js';
import type { Classifier } from './compile-classifier.js';
import { itemLabel, ROMAN } from './describe.js';
import type { ClassifyInput } from './types.js';

/** A catalog item the file looks like, how sure, and why. */
export interface Candidate {
  item: CatalogItem;
  confidence: number;
  reasons: string[];
}

export interface Place {
  where: string;
  text: string;
  /** The name, title property or a heading: kinds of information (住所, 氏名) count only there. */
  strong?: boolean;
}

/** Where a document says what it is: its name, title properties, headings and first lines (not table rows). */
export function titlePlaces(input: ClassifyInput): Place[] {
  const places: Place[] = [{ where: 'ファイル名', text: input.name.replace(/\.[^.]+$/, ''), strong: true }];
  for (const key of ['title', 'subject']) {
    const value = input.properties?.[key];
    if (value) places.push({ where: 'タイトル（プロパティ）', text: value.slice(0, 200), strong: true });
  }
  for (const heading of (input.headings ?? []).slice(0, 8))
    places.push({ where: '見出し', text: heading.slice(0, 200), strong: true });
  let taken = 0;
  // A photo's or a scan's OCR reads the ruling, a shadow or a stamp above the title as letters
  // (「TATTLE AEE ECT」「|  hil,」): those lines are no title, and the title below them is still read.
  const noise = input.ocr !== undefined ? isOcrNoise : () => false;
  for (const line of input.text.split('\n', 40)) {
    if (taken >= 3) break;
    if (noise(line)) continue;
    // Table rows, form fields (氏名：…) and sentences (「…の結果をお知らせします。」) are not titles.
    if (line.includes('\t') || line.trim() === '' || line.length > 120 || /[:：]|[（(][\s　]*[)）]|＿|__/.test(line)) continue;
    if (/[。！？]|(?:ます|です|ました|ください)$/.test(line.trim())) continue;
    // An item of a list (・期末テスト 問題チェック, 1 期末テストの日程) is a thing to do or to talk about,
    // and a letter's number, date and addressee come before its title: none of them names the file.
    if (LIST_ITEM.test(line) || CALENDAR_ENTRY.test(line) || isLetterHead(line.normalize('NFKC').trim())) continue;
    places.push({ where: '表題', text: line });
    taken++;
  }
  return places;
}

/** Japanese letters (kanji, kana) in a line. */
const JAPANESE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]/gu;

/**
 * A line OCR made of a form's ruling or a photo's background: fewer than two Japanese letters, or
 * more other letters and signs than Japanese ones (「OUAARADUMAAAAA ORONO」, 「Ss eon | TY Sia |」).
 */
export function isOcrNoise(line: string): boolean {
  const japanese = line.match(JAPANESE)?.length ?? 0;
  const other = line.replace(/[\s\d]/g, '').length - japanese;
  return japanese < 2 || other > japanese;
}

/**
 * A bullet or a number opening a line (・, -, ■, ○, ★, 1., (1), ①, 「1 」 but not 「1年」): a
 * section of a newsletter (「■ 今後の予定　11/20 期末考査1日目」) is a topic, not the file's title.
 */
const LIST_ITEM =
  /^[\s　]*(?:[・･\-*•●◦▪◆◇■□○◎★☆▶▷►▼▽]|\d{1,2}[.．)）]|\d{1,2}[\s　]+(?![年組月日回号])|[(（]\d{1,2}[)）]|[①-⑳])/u;
/** A day then what happens on it (「7/1 期末考査」, 「11月20日（水） 個人面談」): a calendar's entry, not a title. */
const CALENDAR_ENTRY = /^[\s　]*\d{1,2}(?:\/|月)\d{1,2}日?(?:\s?[(（][^)）]{1,3}[)）])?[\s　]+\S/u;
/** A letter's document number (熊教学第163号), its date alone, or its addressee (…様, 各位, 御中). */
const LETTER_HEAD =
  /^(?:\S{0,10}第\s*\d+\s*号|(?:令和|平成|\d{4}年)\s*[\d元]*\s*年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日|.{0,40}(?:様|殿|各位|御中))$/u;
/** A whole line in brackets is an aside to the addressee or the title (（生徒氏名 …）). */
const ASIDE = /^[(（][^)）]*[)）]$/u;

function isLetterHead(line: string): boolean {
  return LETTER_HEAD.test(line) || ASIDE.test(line);
}

/**
 * Items named in the file's name or titles (the catalog synonyms). A form item with no one's data
 * filled in is its blank counterpart (`blank`: 健康診断票 → 各種届雛形); qualifiers apply as in
 * questions (きずなアンケート（記入前） → 記入前のアンケート).
 */
export function matchTitles(
  c: Classifier,
  places: Place[],
  norms: string[],
  fill: { filled: boolean; someone: boolean; persons: number; unread?: boolean; scanned?: boolean; marked?: boolean },
): Candidate[] {
  const out: Candidate[] = [];
  const allTitles = norms.join('\n');
  const pack = c.pack;
  const seen = new Set<string>();
  places.forEach((place, i) => {
    const norm = norms[i]!;
    for (const hit of c.titles.find(norm)) {
      const key = hit.value.kind === 'item' ? hit.value.item.id : `vague:${hit.value.vague.id}`;
      if (seen.has(key)) continue;
      if (hit.value.kind === 'item' && hit.value.item.kind === 'content' && !place.strong) continue;
      seen.add(key);
      const where = `${place.where}に「${hit.value.display}」`;
      if (hit.value.kind === 'vague') {
        // A survey may be blank or filled in: with the content unread, there is no telling.
        if (fill.unread) continue;
        const v = hit.value.vague;
        const target = fill.filled && fill.persons > 0 ? v.filled : !fill.filled ? v.blank : undefined;
        const item = target ? pack.items.get(target) : undefined;
        if (item) {
          const why = fill.filled ? '回答者の氏名と記入があります' : '記入欄が空欄です（記入前の様式）';
          out.push({ item, confidence: 0.65, reasons: [`${where}、${why} → ${itemLabel(pack, item)}`] });
        }
        continue;
      }
      let item = hit.value.item;
      if (c.unless.get(item.id)!.some((w) => norm.includes(w))) continue;
      const around = norm.slice(0, hit.start) + norm.slice(hit.end);
      if (item.kind === 'record' && c.topicWords.some((w) => around.includes(w))) continue;
      // A qualifier that lowers the class must stand in the same title (「健康診断のお知らせ」); one
      // that raises it may stand anywhere in the titles (a survey's name, 記入済 in a heading).
      const qualifier = c.qualifiers.get(item.id)!.find((q) => {
        const where = rank(pack.items.get(q.means)!) < rank(item) ? norm : allTitles;
        return q.when.some((w) => where.includes(w)) && !q.unless.some((w) => where.includes(w));
      });
      // A test with a score written in beside the pupil named (得点 85点) is marked, as 採点 in its title says.
      const marked =
        !qualifier && fill.marked && c.markedBy && c.qualifiers.get(item.id)!.some((q) => q.means === c.markedBy!.means)
          ? pack.items.get(c.markedBy.means)
          : undefined;
      const means = qualifier ? pack.items.get(qualifier.means) : marked;
      if (means && !(fill.filled && rank(means) < rank(item))) item = means;
      const blank = item.blank ? pack.items.get(item.blank) : undefined;
      if (fill.unread) {
        out.push({ item, confidence: 0.6, reasons: [`${where}（内容は未確認） → ${itemLabel(pack, item)}`] });
        continue;
      }
      // A form about persons is its record only with someone in it: rows of institutions and
      // their numbers under 「連絡先一覧」 are not the pupils' address book.
      if (blank && !(blank.filled_by === 'someone' ? fill.someone : fill.filled)) {
        const read = scannedRecord(item, where, fill.scanned);
        if (read) {
          out.push(read);
          continue;
        }
        const why = fill.filled ? '誰の情報も書かれていません' : '記入欄が空欄です（記入前の様式）';
        out.push({ item: blank, confidence: 0.75, reasons: [`${where}、${why} → ${itemLabel(pack, blank)}`] });
        continue;
      }
      const confidence = item.kind === 'content' ? 0.6 : blank ? 0.9 : 0.8;
      const filledNote = marked && item === marked ? '、氏名と得点が記入済み' : blank ? '、記入済み' : '';
      out.push({ item, confidence, reasons: [`${where}${filledNote} → ${itemLabel(pack, item)}`] });
    }
  });
  return out;
}

/**
 * A record form read by OCR with nothing seen written in its fields: OCR cannot show it blank
 * (read-ink), so a record of class Ⅰ or Ⅱ is not lowered below Ⅱ (a filled form passed is worse
 * than a blank one flagged). Null when the blank form stands: text read from the file itself, or a
 * record of a lower class.
 */
function scannedRecord(item: CatalogItem, where: string, scanned: boolean | undefined): Candidate | null {
  if (!scanned || rank(item) < RANK.II) return null;
  const floor: CatalogItem = rank(item) > RANK.II ? { ...item, class: 'II' } : item;
  const filled = rank(item) > RANK.II ? `（記入済みなら重要性分類${ROMAN[item.class]}）` : '';
  return {
    item: floor,
    confidence: 0.6,
    reasons: [
      `${where}、画像の文字認識では記入の有無を確かめられないため、少なくとも重要性分類${ROMAN[floor.class]}として扱います${filled}`,
    ],
  };
}

const RANK = { I: 4, II: 3, III: 2, IV: 1 } as const;
function rank(item: CatalogItem): number {
  return RANK[item.class];
}
