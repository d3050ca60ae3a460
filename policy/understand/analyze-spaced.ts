import { analyze, type Morpheme } from './analyzer.js';
import { normalizeKeepKatakana } from './normalize.js';

/**
 * The morphemes of a question read piece by piece where the teacher put a space between Japanese
 * words: a question typed in kana marks its words with spaces (「きょねんのぶん すてたい」), and the
 * analyzer, given the kana run without them, cuts it anywhere (き|ょねんのぶんすてたい). Offsets are
 * in normalizeKeepKatakana(question), where those spaces are gone.
 *
 * @example analyzeSpaced('しょるい すてたい').map((m) => m.base) // [… 'すてる', 'たい']
 */
export function analyzeSpaced(question: string): readonly Morpheme[] {
  const keep = normalizeKeepKatakana(question);
  const pieces = piecesOf(question);
  if (pieces.length < 2 || pieces.join('') !== keep) return analyze(keep);
  const out: Morpheme[] = [];
  let at = 0;
  for (const piece of pieces) {
    for (const m of analyze(piece)) out.push({ ...m, start: m.start + at, end: m.end + at });
    at += piece.length;
  }
  return out;
}

/** Where in normalize(question) the teacher put a space between Japanese words. */
export function spaceEdges(question: string): Set<number> {
  const edges = new Set<number>();
  let at = 0;
  for (const piece of piecesOf(question)) {
    at += piece.length;
    edges.add(at);
  }
  return edges;
}

/** The question cut at the spaces normalize() drops (those not between two ASCII characters). */
function piecesOf(question: string): string[] {
  const words = question.normalize('NFKC').trim().split(/\s+/).filter(Boolean);
  const pieces: string[] = [];
  for (const word of words) {
    const piece = normalizeKeepKatakana(word);
    const last = pieces.at(-1);
    if (last !== undefined && isAscii(last.at(-1)) && isAscii(piece[0])) pieces[pieces.length - 1] = `${last} ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

const isAscii = (ch: string | undefined) => ch !== undefined && ch.charCodeAt(0) < 0x80;
