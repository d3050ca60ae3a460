const KATAKANA = /[\u30a1-\u30f6]/g;
const ASCII_WORD = /[a-z0-9]/;

/**
 * The one form questions and lexicon terms are compared in: NFKC (full-width letters and digits
 * to half-width, half-width kana to full-width, Ⅱ to II), lower case, katakana as hiragana, and
 * spaces kept only between two ASCII word characters (「USB メモリ」 = 「usbめもり」).
 *
 * @example normalize('ＵＳＢ メモリ に　通知表') // 'usbめもりに通知表'
 */
export function normalize(input: string): string {
  return normalizeText(input, false);
}

/** normalize() without folding katakana (the analyzer reads katakana words better); the same offsets. */
export function normalizeKeepKatakana(input: string): string {
  return normalizeText(input, true);
}

function normalizeText(input: string, keepKatakana: boolean): string {
  const lower = input.normalize('NFKC').toLowerCase();
  const folded = keepKatakana ? lower : lower.replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
  // Whole-string replaces, not a loop per character: documents have far more text than questions.
  return folded
    .trim()
    .replace(/\s+/g, (space, at: number, all: string) => (isAscii(all[at - 1]) && isAscii(all[at + space.length]) ? ' ' : ''));
}

// Spaces between English words stay; spaces next to Japanese text carry no meaning.
function isAscii(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) < 0x80;
}

export function isAsciiWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_WORD.test(ch);
}
