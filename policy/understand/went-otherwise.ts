import type { Morpheme } from './analyzer.js';
import { doneAfter } from './said-done.js';

/** What sets what was meant against what followed: はず「が」, はず「なのに」, はず「だったのに」. */
const AGAINST = new Set(['が', 'なのに', 'のに', 'けど', 'けれど']);

/**
 * The act done to someone or somewhere other than meant (「Aさんに送るはずのメールを、Bさんに送って
 * しまいました」): a verb followed by はず (what was meant), then the same verb again, done (た,
 * てしまう). Or はず or つもり set against what followed (「BCCにするはずが、TOに入れて送ってしまいました」,
 * 「BCCにするつもりがTOで全員に送ってしまいました」): then any verb done tells what happened instead.
 * The mistake in other words than 間違えて.
 */
export function wentOtherwise(morphemes: readonly Morpheme[]): boolean {
  return (
    believedOtherwise(morphemes) ||
    morphemes.some((m, i) => {
      const meant = morphemes[i + 1]?.base;
      if (m.pos !== '動詞' || (meant !== 'はず' && meant !== 'つもり')) return false;
      const against = setAgainst(morphemes, i + 2);
      // A plan (送るつもりの資料を送った) is no mistake unless set against what followed.
      if (meant === 'つもり' && !against) return false;
      return morphemes.some(
        (later, j) => j > i + 1 && later.pos === '動詞' && (against || later.base === m.base) && doneAfter(morphemes, j),
      );
    })
  );
}

/** はず is set against what follows it: が, のに, けど right after (past だった, な on the way). */
function setAgainst(morphemes: readonly Morpheme[], from: number): boolean {
  for (let k = from; k < morphemes.length; k++) {
    const m = morphemes[k]!;
    if (m.pos === '助詞') return AGAINST.has(m.surface);
    if (m.pos !== '助動詞') return false;
  }
  return false;
}

/**
 * What one believed done set against what followed (「FAXしたつもりが番号1桁違ってた」): a verb, た,
 * つもり, then が or のに; any verb done after it tells what happened instead.
 */
function believedOtherwise(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (m.base !== 'つもり' || morphemes[i - 1]?.base !== 'た' || !setAgainst(morphemes, i + 1)) return false;
    return morphemes.some((later, j) => j > i + 1 && later.pos === '動詞' && doneAfter(morphemes, j));
  });
}
