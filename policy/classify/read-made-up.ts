import { escapeRegex } from '../escape-regex.js';

/** How many of a text's first lines may say what the whole file is. */
const HEAD_LINES = 3;
/** A note on the sheet or the page: ※この表はすべて架空の…, ＊記入例, 【演習用・架空データ】. */
const NOTE = /^[\s　]*(?:※|＊|\*|【|注[:：)）])/u;

/** The words that say a file's data are made up (pack.yaml `classify.made_up`), compiled. */
export function compileMadeUp(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const w = `(?:${words.map((word) => escapeRegex(word.normalize('NFKC'))).join('|')})`;
  // Said of the data, not a name made up in passing (福岡市立架空小, 私立架空学園, センター・架空) or a
  // sheet called 記入例 beside the real one: 架空の…, 架空データ, a heading 【演習用・架空データ】, 記入例です.
  return new RegExp(`${w}(?:の|データ|事例)|【[^】]*${w}[^】]*】|${w}(?:です|である|。)`, 'u');
}

/**
 * Whether a file says its data are made up — a training sheet (【演習用・架空データ】), a filled-in
 * example (【記入例】, 就学援助申請書_記入例.rtf), dummy data (演習用ダミー名簿.xlsx) — in its name, its
 * first lines or a note (※上記は記入例です), as a statement about the data (架空の…, 架空データ,
 * 【…記入例…】, …記入例です). A value made up in passing (熊本 太郎（架空）, 福岡市立架空小,
 * センター・架空) or a sheet called 記入例 beside a real one says nothing of the rest.
 *
 * @example saysMadeUp(compileMadeUp(['架空']), '演習.xlsx', '※この表はすべて架空の研修用データです\n氏名\t住所') // true
 */
export function saysMadeUp(words: RegExp | null, name: string, nfkc: string): boolean {
  if (!words) return false;
  const lines = nfkc.split('\n', 400).filter((line) => line.trim() !== '');
  const places = [name.replace(/\.[^.]+$/, ''), ...lines.slice(0, HEAD_LINES), ...lines.filter((line) => NOTE.test(line))];
  return places.some((place) => words.test(place.normalize('NFKC')));
}
