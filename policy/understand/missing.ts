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

/** Auxiliaries that negate the verb before them: 見当たら「ない」, 見当たりませ「ん」. */
const NEGATION = new Set(['ない', 'ぬ', 'ん']);

/**
 * Where the predicate at `i` ends when it says something is not there: ない itself, or a verb of
 * being or finding (見当たる, 見つかる) negated (見当たらない, 見当たりません); -1 when it does not.
 */
function absenceEnd(morphemes: readonly Morpheme[], i: number, absent: readonly string[]): number {
  const predicate = morphemes[i];
  if (!predicate || !absent.includes(predicate.base) || predicate.pos === '助動詞') return -1;
  if (predicate.pos !== '動詞') return i;
  let j = i + 1;
  while (morphemes[j]?.pos === '助動詞' && !NEGATION.has(morphemes[j]!.base)) j++;
  if (morphemes[j]?.pos !== '助動詞') return -1;
  while (morphemes[j + 1]?.pos === '助動詞') j++;
  return j;
}

/**
 * Where the predicate starts past what only says where or how much it is not (「USBがどこにも
 * 見当たらん」「名簿がまだ見つからない」): adverbs, a pronoun with に・で・も, a comma.
 */
function pastAdverbials(morphemes: readonly Morpheme[], i: number): number {
  let k = i;
  for (;;) {
    const m = morphemes[k];
    if (!m) return k;
    if (m.pos === '副詞' || (m.pos === '記号' && m.pos1 === '読点')) k++;
    else if (m.pos === '名詞' && m.pos1 === '代名詞' && morphemes[k + 1]?.pos === '助詞') {
      k += 2;
      while (morphemes[k]?.pos === '助詞') k++;
    } else return k;
  }
}

/**
 * A thing the message names said not to be there, the clause ending on it (「USBメモリがない！！」,
 * 「学年の名簿が見当たらないんです」, 「USBメモリが見当たりません」): the thing, が・も・は, then a
 * predicate whose dictionary form is in `absent` (a verb there negated). Not 「同意書がないので」,
 * which gives a reason for something else. Returns the thing's word.
 */
export function missingThing(
  found: readonly Found[],
  morphemes: readonly Morpheme[],
  absent: readonly string[],
  things: ReadonlySet<string>,
): Found | undefined {
  if (absent.length === 0) return undefined;
  return found.find((f) => {
    if (!isThing(f, things) || f.scope.attributive) return false;
    const i = morphemes.findIndex((m) => m.start >= f.end);
    const particle = morphemes[i];
    if (particle?.pos !== '助詞' || !SUBJECT.has(particle.surface) || particle.start !== f.end) return false;
    const end = absenceEnd(morphemes, pastAdverbials(morphemes, i + 1), absent);
    if (end < 0) return false;
    const next = morphemes[end + 1];
    return !next || next.pos === '記号' || /^[!?。、.,…]+$/.test(next.surface) || CLOSING.has(next.surface);
  });
}
