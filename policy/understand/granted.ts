import type { Morpheme } from './analyzer.js';

/** Nouns for the principal's permission. */
const PERMITS = new Set(['許可', '承認', '許し']);
/** Verbs by which a permission is had: received, obtained, issued. */
const HAD = new Set([
  'もらう',
  'もらえる',
  '得る',
  '取る',
  '取れる',
  'とる',
  'とれる',
  '下りる',
  'おりる',
  '出る',
  'いただく',
  '頂く',
]);
/** Particles between the permission and the verb (許可は|もらった, 許可を|得た). */
const BETWEEN = new Set(['は', 'を', 'が', 'も', 'の']);

/**
 * Whether the message says the permission is had, or supposes it is (「校長の許可はもらいました」,
 * 「申請して許可もらえばOK？」), rather than naming it or asking whether it is needed (「許可とか
 * いる？」, 「許可をもらわないといけない？」): the permission noun, then a verb of having it, not negated.
 *
 * @example permissionHad(analyze('校長の許可はもらいました')) // true
 */
export function permissionHad(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (!PERMITS.has(m.base)) return false;
    let k = i + 1;
    while (morphemes[k] && morphemes[k]!.pos === '助詞' && BETWEEN.has(morphemes[k]!.surface)) k++;
    const verb = morphemes[k];
    if (verb?.pos !== '動詞' || !HAD.has(verb.base)) return false;
    return !negated(morphemes, k + 1);
  });
}

/** The verb's ending says it is not done (もらわ|ない, 取ら|ず). */
function negated(morphemes: readonly Morpheme[], from: number): boolean {
  for (let k = from; k < morphemes.length && k < from + 3; k++) {
    const m = morphemes[k]!;
    if (m.pos === '助動詞' && ['ない', 'ぬ', 'ん'].includes(m.base)) return true;
    if (m.pos !== '助動詞' && !(m.pos === '助詞' && m.surface === 'て') && !(m.pos === '動詞' && m.pos1 === '非自立'))
      return false;
  }
  return false;
}
