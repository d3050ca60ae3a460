import { expect, test } from 'vitest';
import { toCsv } from '../../store/index.js';

/** Every export (records, findings, feedback) goes through toCsv: a cell never starts a formula in Excel. */
test.each([
  ['=HYPERLINK("https://evil.example")', `"'=HYPERLINK(""https://evil.example"")"`],
  ['＝HYPERLINK("https://evil.example")', `"'＝HYPERLINK(""https://evil.example"")"`],
  ['＋1', `"'＋1"`],
  ['－1+2', `"'－1+2"`],
  ['＠SUM(A1)', `"'＠SUM(A1)"`],
  ['  =1+1', `"'  =1+1"`],
  ['\u3000＝1', `"'\u3000＝1"`],
  ['\t=1', `"'\t=1"`],
  ['家庭訪問で説明', '家庭訪問で説明'],
  ['2026-12-01T09:00:00+09:00', '2026-12-01T09:00:00+09:00'],
])('%s → %s', (value, cell) => {
  const csv = toCsv(['v'], [{ v: value }]);
  expect(csv).toBe(`\uFEFFv\r\n${cell}\r\n`);
});
