import type { Morpheme } from './analyzer.js';

/**
 * The word ending at `end` is the means of the act said right after it (「写真で送って」, 「PDFで渡す」):
 * the form what is handed over takes, not information of its own, when the question names that
 * information too (「しおりを…写真で送って」 sends the しおり). Not before a verb that is no act of
 * the policy (「指導要録で照合する」 uses the record).
 */
export function saidAsMeans(morphemes: readonly Morpheme[], end: number, actAt: (start: number) => boolean): boolean {
  const i = morphemes.findIndex((m) => m.start >= end);
  const de = morphemes[i];
  if (!de || de.start !== end || de.surface !== 'で' || de.pos !== '助詞' || de.pos1 !== '格助詞') return false;
  const verb = morphemes[i + 1];
  return verb?.pos === '動詞' && actAt(verb.start);
}
