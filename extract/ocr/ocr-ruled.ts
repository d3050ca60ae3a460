import type { OcrWord } from './ocr-layout.js';

/** A word, or the part of one between the ruled lines read inside it, and whether a ruled line came before it. */
export interface Piece {
  text: string;
  left: number;
  width: number;
  afterRule: boolean;
}

/** A ruled line of a table read as a character: 「|」, a bracket or a brace. */
const RULE = /[|[\]{}]+/;
/** 「l」「I」「!」 on a number's side are a ruled line read into it (6/1 |3 l35.8), not part of the value. */
const RULE_ON_NUMBER = /^[lI!]+(?=\d)|(?<=\d)[lI!]+$/g;
/** A word that is only such a letter stands where a ruled line is. */
const LONE_RULE = /^[lI!]$/;

/**
 * A word split at the ruled lines read into it (「|36.0」「体温|咳」「}10」): each part a word of its own
 * whose box is the word's share of its characters, the part after a line starting a new cell. A
 * word that is only a line is no word: it parts the cells on its two sides.
 */
export function ruledPieces(word: OcrWord): Piece[] {
  const perChar = word.width / Math.max(1, word.text.length);
  const pieces: Piece[] = [];
  let afterRule = false;
  let at = 0;
  for (const part of word.text.split(new RegExp(`(${RULE.source})`))) {
    const start = at;
    at += part.length;
    if (!part) continue;
    if (RULE.test(part) || LONE_RULE.test(part)) {
      afterRule = true;
      continue;
    }
    const text = part.replace(RULE_ON_NUMBER, '');
    if (!text) continue;
    if (/^[lI!]/.test(part) && !/^[lI!]/.test(text)) afterRule = true;
    pieces.push({ text, left: word.left + Math.round(start * perChar), width: Math.round(part.length * perChar), afterRule });
    afterRule = false;
  }
  // A line at the word's end (or a word that is only a line) is carried to the next word by an empty piece.
  if (afterRule) pieces.push({ text: '', left: word.left + word.width, width: 0, afterRule: true });
  return pieces;
}
