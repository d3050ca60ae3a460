import type { Morpheme } from './analyzer.js';

/**
 * The act done to someone or somewhere other than meant (「Aさんに送るはずのメールを、Bさんに送って
 * しまいました」): a verb followed by はず (what was meant), then the same verb again, done (た,
 * てしまう). The mistake in other words than 間違えて.
 */
export function wentOtherwise(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (m.pos !== '動詞' || morphemes[i + 1]?.base !== 'はず') return false;
    return morphemes.some((later, j) => j > i + 1 && later.pos === '動詞' && later.base === m.base && doneAfter(morphemes, j));
  });
}

/** The verb at `i` is said done: た follows it on its chain (送った, 送ってしまった, 送りました). */
function doneAfter(morphemes: readonly Morpheme[], i: number): boolean {
  for (let k = i + 1; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.pos === '助動詞' && m.base === 'た') return !m.form.startsWith('仮定');
    const onChain = m.pos === '助動詞' || (m.pos === '助詞' && m.base === 'て') || (m.pos === '動詞' && m.pos1 === '非自立');
    if (!onChain) return false;
  }
  return false;
}
