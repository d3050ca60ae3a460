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
  return havingVerbs(morphemes).length > 0;
}

/** Where each verb of having a permission stands (許可|は|もらい), not negated (もらわ|ない). */
function havingVerbs(morphemes: readonly Morpheme[]): number[] {
  return morphemes.flatMap((m, i) => {
    if (!PERMITS.has(m.base)) return [];
    let k = i + 1;
    while (morphemes[k] && morphemes[k]!.pos === '助詞' && BETWEEN.has(morphemes[k]!.surface)) k++;
    const verb = morphemes[k];
    return verb?.pos === '動詞' && HAD.has(verb.base) && !negated(morphemes, k + 1) ? [k] : [];
  });
}

/** Words that ask who gives the permission (「誰の許可をもらえばいい？」), not say it was given. */
const WHO = new Set(['誰', 'だれ', 'どなた', 'どこ']);

/**
 * Whether a message that tells its own act says the permission was had for it
 * (「校長の許可をもらって、暗号化したUSBで持って行きました」, 「許可は取ってあります」), not supposes
 * it (「許可もらえたら」, 「許可をいただけば」) nor asks whose it is (「どなたの許可をいただけば」):
 * permissionHad, its verb not in a conditional form, and no one asked about.
 *
 * @example permissionObtained(analyze('校長の許可をもらって持ち出しました')) // true
 * @example permissionObtained(analyze('許可もらえたら家で編集してもいい？')) // false
 */
export function permissionObtained(morphemes: readonly Morpheme[]): boolean {
  if (morphemes.some((m) => WHO.has(m.base) && m.pos === '名詞')) return false;
  return havingVerbs(morphemes).some((k) => !supposed(morphemes, k + 1));
}

/** The verb's ending makes it a supposition (もらえ|ば, もらえ|たら, 取れ|れ|ば), within three morphemes. */
function supposed(morphemes: readonly Morpheme[], from: number): boolean {
  for (let k = from; k < morphemes.length && k < from + 3; k++) {
    const m = morphemes[k]!;
    if ((m.pos === '助詞' && m.surface === 'ば') || m.surface === 'たら' || m.surface === 'なら') return true;
    if (m.pos !== '助動詞' && !(m.pos === '動詞' && m.pos1 === '非自立')) return false;
  }
  return false;
}

/** The verb's ending says it is not done (もらわ|ない, 取ら|ず), within `span` morphemes. */
function negated(morphemes: readonly Morpheme[], from: number, span = 3): boolean {
  for (let k = from; k < morphemes.length && k < from + span; k++) {
    const m = morphemes[k]!;
    if (m.pos === '助動詞' && ['ない', 'ぬ', 'ん'].includes(m.base)) return true;
    if (m.pos !== '助動詞' && !(m.pos === '助詞' && m.surface === 'て') && !(m.pos === '動詞' && m.pos1 === '非自立'))
      return false;
  }
  return false;
}

/** Particles between the principal and the verb (校長に|は|言ってない, 校長と|も|相談せず). */
const TO = new Set(['に', 'へ', 'と', 'は', 'も', 'には', 'とは']);

/**
 * Whether the message says the principal was not asked, told or consulted about the act
 * (「校長に言わずに」, 「校長に相談しないで」, 「校長にはまだ伝えていない」): `principal`, the
 * words of the role that gives permissions (roles.yaml `held_by`), then a verb, negated. The
 * permission a conditional answer rests on was then not had.
 *
 * @example principalUntold(analyze('校長に言わずに持って行った'), ['校長']) // true
 */
export function principalUntold(morphemes: readonly Morpheme[], principal: readonly string[]): boolean {
  return morphemes.some((m, i) => {
    if (!principal.includes(m.surface)) return false;
    let k = i + 1;
    while (morphemes[k] && (morphemes[k]!.base === '先生' || morphemes[k]!.pos1 === '接尾')) k++;
    if (!(morphemes[k]?.pos === '助詞' && TO.has(morphemes[k]!.surface))) return false;
    while (morphemes[k] && ((morphemes[k]!.pos === '助詞' && TO.has(morphemes[k]!.surface)) || morphemes[k]!.pos === '副詞')) k++;
    // A verb (言わ), or a verbal noun and its する (相談|し).
    if (morphemes[k]?.pos === '名詞' && morphemes[k]!.pos1 === 'サ変接続' && morphemes[k + 1]?.base === 'する') k++;
    if (morphemes[k]?.pos !== '動詞') return false;
    // Up to 伝え|て|い|ませ|ん.
    return negated(morphemes, k + 1, 4);
  });
}
