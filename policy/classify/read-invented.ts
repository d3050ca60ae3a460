import { analyze } from '../understand/analyzer.js';
import type { CompiledProse } from './read-prose.js';
import { analyzerRefs, pointedAt } from './read-refs.js';

/** A word that says something is invented, in brackets after it (少年サポートセンター（架空）, 山田太郎（架空）). */
const BRACKETED = (word: string) => new RegExp(`[(（]\\s*${word}\\s*[)）]`, 'u');
/** The most letters between a name and the bracket marking it (さん, 先生): beyond, the mark is another word's. */
const ADJACENT = 4;

/**
 * Whether a line says the persons it tells about are invented (pack.yaml `accounts.invented`): a
 * training handout's 「事例（架空）Aさん」, 「記入例」, or a name marked where it stands
 * (「山田太郎（架空）」). A mark in brackets after something other than a person (an address, a body:
 * 「少年サポートセンター（架空）から連絡」) makes up that thing only: a person named elsewhere in the
 * line is still someone.
 */
export function saysInvented(p: CompiledProse, line: string): boolean {
  if (!p.invented) return false;
  const marks = [...line.matchAll(new RegExp(p.invented.source, 'g'))].filter((m) => !namesPlace(line, m.index, m[0]));
  if (marks.length === 0) return false;
  const brackets = marks.map((m) => BRACKETED(m[0]).exec(line.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3)));
  if (brackets.some((b) => b === null)) return true;
  // The persons of the line: names, and pointers or initials (「健軍東小（架空）4年 K.M.」).
  const persons = [
    ...analyzerRefs(p, line)
      .filter((r) => r.ref.form === 'name')
      .map(({ ref, at }) => ({ key: ref.key, at })),
    ...pointedAt(p, line),
  ];
  if (persons.length === 0) return true;
  // A person with no mark beside them is a person the line tells about; one after the mark and a class
  // (「（架空）4年 K.M.」) is placed by their class, not made up by the mark (「事例（架空）Aさん」).
  return persons.every(({ key, at }) =>
    marks.some((m) => {
      const before = line.slice(at, m.index);
      const after = line.slice(m.index + m[0].length, at);
      return (
        (m.index >= at && before.length <= key.length + ADJACENT + 1 && !/[。、]/.test(before)) ||
        (at >= m.index + m[0].length && after.length <= ADJACENT && !/\d/.test(after))
      );
    }),
  );
}

/** What ends the name of a place or a school (架空高校, 見本県, 架空市立): the dictionary's nouns for them. */
const PLACE_END = /[校県市町村区島]$|[市町村県]立$/u;

/**
 * Whether a mark is the first part of a place's or a school's name (架空町アーケード, 架空島小, 架空中1年,
 * as the writers of made-up files name their town): glued to a suffix of the dictionary (町, 島, 小, 中:
 * 接尾) or to a noun that ends as a place does (架空高校), it names that place and says nothing of the
 * persons of its line. 架空の事例, 架空事例 and 架空データ stay marks.
 */
function namesPlace(line: string, at: number, mark: string): boolean {
  const next = line.slice(at + mark.length, at + mark.length + 6);
  if (!/^[\p{sc=Han}々]/u.test(next)) return false;
  const words = analyze(mark + next);
  const word = words[0]?.surface === mark ? words[1] : undefined;
  return word !== undefined && word.pos === '名詞' && (word.pos1 === '接尾' || PLACE_END.test(word.surface));
}

/** Whether a text says its persons are invented: any line that does. */
export function textSaysInvented(p: CompiledProse, text: string): boolean {
  if (!p.invented?.test(text)) return false;
  return text.split('\n').some((line) => saysInvented(p, line));
}
