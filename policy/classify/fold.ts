/**
 * The same form as understand/normalize.ts (NFKC, lower case, katakana as hiragana, spaces kept
 * only between ASCII word characters), written with whole-string replaces: documents have far
 * more text than questions.
 */
export function fold(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .trim()
    .replace(/\s+/g, (space, at: number, all: string) => (isAscii(all[at - 1]) && isAscii(all[at + space.length]) ? ' ' : ''));
}

function isAscii(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) < 0x80;
}
