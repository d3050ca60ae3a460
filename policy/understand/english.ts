/**
 * English words by their stems, so every form of a word counts: emailing, emailed and emails are
 * email; uploading is upload; copies is copy. A light suffix stripper (no dictionary): enough for
 * the words a question uses, applied the same way to the lexicon's words and to the question.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  // The plural possessive (students' essays, the kids' posters) is the plural: its apostrophe goes.
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2));
  else if (/(ches|shes|xes|sses)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  // take/taking/taken, make/making: a stem that lost its final e keeps matching (tak, mak).
  return w.endsWith('e') && w.length > 3 ? w.slice(0, -1) : w;
}

/** putting → put, emailling → email: the consonant doubled before -ing or -ed. */
function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** A text as its stems, one space between words, and for each stemmed word where it is in the text. */
export function stemmed(text: string): { text: string; at: { start: number; end: number }[] } {
  const words: string[] = [];
  const at: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[a-z0-9'-]+/g)) {
    const s = stem(m[0]);
    words.push(s);
    for (let k = 0; k < s.length; k++) at.push({ start: m.index!, end: m.index! + m[0].length });
    at.push({ start: m.index! + m[0].length, end: m.index! + m[0].length });
  }
  return { text: words.join(' '), at };
}

/** A lexicon word or phrase as its stems: "send it by e-mail" → "send it by e-mail"; "emailing" → "email". */
export const stemPhrase = (phrase: string): string => stemmed(phrase.toLowerCase()).text;

/** A purpose clause whose doer is someone else: so (that) they / the students / she can …. */
const OTHERS_PURPOSE =
  /\bso (?:that )?(?:they|he|she|the (?:students|kids|children|parents|families)|students|kids|children|parents|families)\b(?:(?![.?!;]|\bso\b).)*$/;

/**
 * The word at `start` stands in a purpose clause of someone else's doing ("put it in the cloud so
 * they can open it at home"): where they do it is not where the teacher handles the information.
 */
export const saidOfOthers = (text: string, start: number): boolean => OTHERS_PURPOSE.test(text.slice(0, start));
