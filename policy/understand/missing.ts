import type { Morpheme } from './analyzer.js';
import type { Found } from './find-words.js';

/** Particles that make the thing the subject of what follows: USBメモリ「が」ない, 名簿「も」ない. */
const SUBJECT = new Set(['が', 'も', 'は']);
/** What may close the clause after the predicate: 「ない！」「ないんです」「ないのに」「ないよ」. */
const CLOSING = new Set(['ん', 'の', 'です', 'よ', 'ね', 'わ', 'のに', 'けど', 'けれど']);

/** A found word that names a thing that can go missing: a document, or a medium or device word. */
function isThing(f: Found, things: ReadonlySet<string>): boolean {
  const v = f.value;
  return v.type === 'item' || v.type === 'vague' || (v.type === 'action' && things.has(v.id));
}

/**
 * A thing the message names said not to be there, the clause ending on it (「USBメモリがない！！」,
 * 「学年の名簿が見当たらないんです」): the thing, が・も・は, then a predicate whose dictionary form is
 * in `absent`. Not 「同意書がないので」, which gives a reason for something else.
 */
export function saysMissing(
  found: readonly Found[],
  morphemes: readonly Morpheme[],
  absent: readonly string[],
  things: ReadonlySet<string>,
): boolean {
  if (absent.length === 0) return false;
  return found.some((f) => {
    if (!isThing(f, things) || f.scope.attributive) return false;
    const i = morphemes.findIndex((m) => m.start >= f.end);
    const particle = morphemes[i];
    const predicate = morphemes[i + 1];
    if (particle?.pos !== '助詞' || !SUBJECT.has(particle.surface) || particle.start !== f.end) return false;
    if (!predicate || !absent.includes(predicate.base) || predicate.pos === '助動詞') return false;
    const next = morphemes[i + 2];
    return !next || next.pos === '記号' || /^[!?。、.,…]+$/.test(next.surface) || CLOSING.has(next.surface);
  });
}
