import type { Morpheme } from './analyzer.js';

/**
 * The verb at `i` is said done: た follows on its chain (送った, 送ってしまった, 送りました, 載せてた),
 * the chain also through ちゃ/じゃ where the analyzer splits ちゃいました (帰っ|ちゃ|い|まし|た); a
 * conditional た (送ったら) is not done. The one reading of "done" for mishap.ts, went-otherwise.ts,
 * outsider-did.ts and witnessed.ts.
 */
export function doneAfter(morphemes: readonly Morpheme[], i: number): boolean {
  for (let k = i + 1; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.pos === '助動詞' && m.base === 'た') return !m.form.startsWith('仮定');
    const onChain =
      m.pos === '助動詞' ||
      (m.pos === '助詞' && (m.base === 'て' || m.base === 'ちゃ' || m.base === 'じゃ')) ||
      (m.pos === '動詞' && m.pos1 === '非自立');
    if (!onChain) return false;
  }
  return false;
}
