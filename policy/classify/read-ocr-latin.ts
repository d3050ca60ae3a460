import type { ClassifyInput } from './types.js';

/**
 * A handwritten name read by OCR's English model as capitals (「金子 WER」「徳永 HAA」「林 PASE」): the
 * Japanese part was read, the rest is no letters anyone wrote. In a photo or a scan, capitals of two to
 * five letters standing alone after a word of kanji or kana (a name's part read) are taken out of the
 * text and the table cells, so the row keeps its cells in place and the name part is read as a name.
 * A heading or a cell of capitals alone (HR, PTA) is left as it is.
 */
const AFTER_JAPANESE = /(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{2}) [A-Z]{2,5}(?= |\t|$)/gmu;
const CELL = /^([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]{2,4}) ?[A-Z]{2,5}$/u;

export function quietLatin(input: ClassifyInput): ClassifyInput {
  if (input.ocr === undefined) return input;
  const text = input.text.replace(AFTER_JAPANESE, '');
  const tables = input.tables?.map((table) => ({
    ...table,
    rows: table.rows.map((row) => row.map((cell) => CELL.exec(cell.normalize('NFKC').trim())?.[1] ?? cell)),
  }));
  return { ...input, text, ...(tables ? { tables } : {}) };
}
