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

/** Verbs of taking a picture, by dictionary form. */
const PHOTOGRAPH = new Set(['撮る', '撮影', '写す']);

/**
 * The photo word ending at `end` is how a document is copied (「連絡帳を写真に撮って」, 「帳簿、写真に
 * 撮って」, 「…と書いてくれるので、スマホで写真を撮っておきたい」): said as the act of taking a picture
 * (写真に・で・を 撮る), not as photos of something (運動会の写真), after a word for a document in the
 * same sentence. The picture is of that document, not a record of lessons or events.
 */
export function photoOfDocument(
  morphemes: readonly Morpheme[],
  start: number,
  end: number,
  isDocument: (m: Morpheme) => boolean,
): boolean {
  const i = morphemes.findIndex((m) => m.start >= end);
  const particle = morphemes[i];
  if (!particle || particle.start !== end || particle.pos !== '助詞' || !['に', 'で', 'を'].includes(particle.surface))
    return false;
  const verb = morphemes[i + 1];
  if (!verb || !PHOTOGRAPH.has(verb.base)) return false;
  const at = morphemes.findIndex((m) => m.start >= start);
  // 「運動会の写真を撮る」: photos of an event.
  if (morphemes[at - 1]?.surface === 'の') return false;
  for (let k = at - 1; k >= 0; k--) {
    const m = morphemes[k]!;
    if (/[。！？!?\n]/.test(m.surface)) return false;
    if (isDocument(m)) return true;
  }
  return false;
}
