import { CLASS_IDS, type ClassId } from '../contract.js';
import { escapeRegex } from '../escape-regex.js';
import type { ClassDef, ClassifySettings } from '../schema.js';
import { normalize } from '../understand/normalize.js';

export interface Marker {
  class: ClassId;
  /** What was written, as it was written (【重要性分類Ⅱ】): the marker, never the content around it. */
  text: string;
  where: string;
}

export interface MarkerReader {
  read(places: { where: string; text: string }[]): Marker[];
  label(name: string): ClassId | null;
}

const ROMAN: Record<string, ClassId> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV', '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/**
 * A short marker word is also an everyday word (「動物の分類 1」「植物の分類2」): it counts as a class
 * marking only when it stands on its own (not inside a phrase) and is bracketed, followed by a
 * colon or by a Roman numeral (【分類Ⅰ】, 分類：2, 分類Ⅱ). Longer words (重要性分類2) always count.
 */
function looksLikeMarker(m: RegExpMatchArray, text: string): boolean {
  const [all, word, colon, value] = m as unknown as [string, string, string, string];
  const bracketed = /^[【[［(（<《〈]/.test(all);
  if (namesSeveral(m, text) || inListItem(m, text)) return false;
  if (!bracketed && inSentence(m, text)) return false;
  if (word.length >= 3) return true;
  const inPhrase = !bracketed && /[\p{L}\p{N}]/u.test(text[(m.index ?? 0) - 1] ?? '');
  return !inPhrase && (bracketed || colon !== '' || /[ⅠⅡⅢⅣivIVｉｖＩＶ]/.test(value));
}

/**
 * A class followed by another (重要性分類Ⅰ〜Ⅳ, 分類Ⅰ・Ⅱ) or by a bound (分類Ⅲ以下, Ⅱ以上) names a range
 * of classes, as a guide or a training slide does, and a legend's entry names what a class takes:
 * neither marks the document.
 */
function namesSeveral(m: RegExpMatchArray, text: string): boolean {
  const after = text.slice((m.index ?? 0) + m[0].length);
  if (/^\s*(?:[〜～~\-−ー・、,，]\s*(?:分類)?\s*[ⅠⅡⅢⅣ1-4１-４]|以[上下]|未満|より(?:上|下))/u.test(after)) return true;
  // A legend's entry: the class, then the kinds it takes (重要性分類Ⅱ：通知表、家庭訪問記録… 等).
  const line = after.split('\n', 1)[0]!;
  return /^\s*[:：]/.test(line) && /、.*(?:等|など)[。\s]*$/u.test(line);
}

/** A bullet or a number opening a line (・, -, 1., (1), ①). */
const LIST_ITEM = /^[\s　]*(?:[・･\-*•●◦▪◆◇]|\d{1,2}[.．)）]|[(（]\d{1,2}[)）]|[①-⑳])[\s　]*/u;

/**
 * A class written after other words in an item of a list (「- 個別の教育支援計画：学年フォルダ内（分類Ⅰ、
 * 持ち出し禁止）」, 「2. 住所録…など（分類Ⅰ）は…保存してください」) is a note on the thing the item names.
 */
function inListItem(m: RegExpMatchArray, text: string): boolean {
  const at = m.index ?? 0;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(start, at);
  const bullet = LIST_ITEM.exec(line);
  return bullet !== null && line.slice(bullet[0].length).trim() !== '';
}

/** The document itself as a sentence's subject: 「本文書は重要性分類Ⅱとする」 marks it. */
const SELF = /(?:この|本)(?:文書|資料|書類|ファイル|データ|用紙)(?:は|を)/;

/**
 * A class named inside a sentence is what the sentence says about something else (「重要性分類Ⅰには
 * 指導要録…が該当する」, 「相談記録は分類Ⅰ」, 「分類Ⅰ・Ⅱの情報は置かないこと」), as policies, guides and
 * manuals write it: a marking is a label (「取扱注意　重要性分類Ⅰ」, 「分類：Ⅱ」) or a sentence about the
 * document itself. Read within the cell (between tabs) the marker is in.
 */
function inSentence(m: RegExpMatchArray, text: string): boolean {
  const at = m.index ?? 0;
  const from = text.lastIndexOf('\t', at) + 1;
  const tab = text.indexOf('\t', at + m[0].length);
  const cell = text.slice(from, tab < 0 ? text.length : tab);
  const around = cell.slice(0, at - from) + cell.slice(at - from + m[0].length);
  return /\p{sc=Hiragana}/u.test(around) && !SELF.test(cell);
}

/**
 * Reads a class written on a file (2-2(2): in the file name, the properties, the header or footer,
 * the first lines): 【重要性分類Ⅱ】, 分類Ⅰ, 機密性3, with the words the pack gives.
 */
export function compileMarkers(settings: ClassifySettings | undefined, classes: ClassDef[]): MarkerReader {
  const words = [...(settings?.marker_words ?? [])].sort((a, b) => b.length - a.length);
  const classPattern = words.length
    ? new RegExp(
        `[【\\[［(（<《〈]?\\s*(${words.map(escapeRegex).join('|')})\\s*([:：]?)\\s*([ⅠⅡⅢⅣ]|[ivIVｉｖＩＶ]{1,3}|[1-4１-４])(?![a-zA-Z0-9ａ-ｚＡ-Ｚ０-９])\\s*[】\\]］)）>》〉]?`,
        'g',
      )
    : null;
  const levels = new Map<string, ClassId>();
  for (const cls of classes) {
    const level = cls.cia?.confidentiality.normalize('NFKC').toLowerCase();
    if (level) levels.set(level, cls.id);
  }
  const confWords = settings?.confidentiality_words ?? [];
  const confPattern =
    confWords.length && levels.size
      ? new RegExp(
          `[【\\[［(（]?\\s*(?:${confWords.map(escapeRegex).join('|')})\\s*[:：]?\\s*([1-9１-９][a-zA-Zａ-ｚＡ-Ｚ]?)(?![a-zA-Z0-9ａ-ｚＡ-Ｚ０-９])\\s*[】\\]］)）]?`,
          'g',
        )
      : null;
  const labelMap = new Map<string, ClassId>();
  for (const entry of settings?.labels ?? []) for (const name of entry.names) labelMap.set(normalize(name), entry.class);

  const confidentiality = (level: string): ClassId | null => {
    const exact = levels.get(level.toLowerCase());
    if (exact) return exact;
    // 機密性2 without A/B: the higher of the classes at that level.
    const matching = CLASS_IDS.filter((id) => [...levels].some(([l, c]) => c === id && l.startsWith(level)));
    return matching[0] ?? null;
  };

  return {
    read(places) {
      const out: Marker[] = [];
      for (const place of places) {
        const text = place.text;
        for (const m of classPattern ? text.matchAll(classPattern) : []) {
          if (!looksLikeMarker(m, text)) continue;
          const cls = ROMAN[m[3]!.normalize('NFKC').toLowerCase()];
          if (cls) out.push({ class: cls, text: m[0].trim(), where: place.where });
        }
        for (const m of confPattern ? text.matchAll(confPattern) : []) {
          const cls = confidentiality(m[1]!.normalize('NFKC'));
          if (cls) out.push({ class: cls, text: m[0].trim(), where: place.where });
        }
      }
      return out;
    },
    label(name) {
      const key = normalize(name);
      // Purview sub-labels read "Confidential/School" or "機密\\校内".
      return labelMap.get(key) ?? labelMap.get(key.split(/[/\\]/)[0] ?? '') ?? null;
    },
  };
}
