import { type CompiledKind, cellFits } from './read-columns.js';
import { isPersonName } from './read-names.js';
import type { TableReader, TableView } from './read-table.js';

/** Parts of a file name: 中村_蓮_6月.xlsx → 中村, 蓮, 6月. */
const SEPARATORS = /[\s_\-－.・()（）[\]【】「」]+/u;
const EXTENSION = /\.[A-Za-z0-9]{1,5}$/;

/**
 * Whether a file's name names one person (中村_蓮_6月.xlsx, 記録_佐藤航.csv), as the analyzer reads
 * it: a surname and a given name side by side, or one part of three characters or more. A log kept
 * about one pupil carries the name in its file name and none in its rows.
 */
export function namesPersonInName(name: string, cache: Map<string, boolean>): boolean {
  const parts = name
    .normalize('NFKC')
    .replace(EXTENSION, '')
    .split(SEPARATORS)
    .filter((p) => p !== '' && !/\d/.test(p));
  for (let i = 0; i + 1 < parts.length; i++) if (isPersonName(`${parts[i]} ${parts[i + 1]}`, cache)) return true;
  return parts.some((p) => p.length >= 3 && isPersonName(p, cache));
}

/** Rows of health entries (嘔吐1回, 痰多め among 特変なし) that make a log about its named person a record of their health. */
const HEALTH_ROWS = 2;

/**
 * A log kept about one person (医療的ケア実施記録, 発作記録): the file's name names them and the rows
 * do not. A column with health entries in some of its rows (a symptom's or a condition's words, as
 * the column kinds tell them) is what the log tells of that person: the person stands beside it.
 */
export function aboutNamedPerson(
  person: CompiledKind,
  kinds: (CompiledKind | null)[],
  values: string[][],
  r: TableReader,
  view: TableView,
): void {
  // The kinds that read a prose matter's words (心身の状況: the health matter's and the symptoms').
  const health = r.kinds.filter((k) => (k.kind.words?.matters.length ?? 0) > 0);
  if (health.length === 0 || !r.subjectInName) return;
  for (let c = 0; c < kinds.length; c++) {
    if (kinds[c]) continue;
    const cells = values.map((row) => row[c]?.normalize('NFKC').trim() ?? '').filter((cell) => cell !== '');
    const k = health.find((h) => cells.filter((cell) => cellFits(h, cell, r)).length >= HEALTH_ROWS);
    if (!k) continue;
    if (!r.subjectInName()) return;
    kinds[c] = k;
    view.kinds.set(k.kind.id, (view.kinds.get(k.kind.id) ?? 0) + 1);
    view.kinds.set(person.kind.id, 1);
    view.personBy = 'ファイル名の氏名';
    return;
  }
}
