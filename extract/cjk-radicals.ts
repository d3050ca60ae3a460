/**
 * PDFs made from Japanese fonts often map a kanji to its form in the CJK Radicals Supplement
 * (⻑ U+2ED1 for 長, ⺟ for 母, ⻭ for 歯): they look the same and NFKC leaves them apart, so 「校⻑
 * 北島 信也」 would not read as 校長. These are the ones with a unified ideograph that words use
 * (Unicode's EquivalentUnifiedIdeograph.txt); the Kangxi Radicals (⽴, ⼩) NFKC folds already.
 */
const RADICALS: Record<string, string> = {
  '\u2E8C': '小',
  '\u2E8D': '小',
  '\u2E9D': '月',
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EA9': '王',
  '\u2EAC': '示',
  '\u2EB6': '羊',
  '\u2EB7': '羊',
  '\u2EC1': '虎',
  '\u2EC4': '西',
  '\u2EC6': '角',
  '\u2ECA': '足',
  '\u2ED1': '長',
  '\u2ED8': '青',
  '\u2EDD': '食',
  '\u2EE3': '骨',
  '\u2EE4': '鬼',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EED': '歯',
  '\u2EEF': '竜',
  '\u2EF2': '亀',
};
const PATTERN = new RegExp(`[${Object.keys(RADICALS).join('')}]`, 'g');

/** The text with radical forms written as the kanji they stand for. */
export function unifyRadicals(text: string): string {
  return text.replace(PATTERN, (ch) => RADICALS[ch]!);
}
