import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * The terminal summary of `mamoru scan` and the report `mamoru report` writes count the same run
 * the same way: each file once, the counts adding up to the files scanned, the unclassified ones named.
 */
const root = mkdtempSync(join(tmpdir(), 'mamoru-scan-summary-'));
const drive = join(root, 'drive');
const env = { MAMORU_DATA_DIR: join(root, 'data'), DATABASE_URL: '' };
let terminal: string;
let html: string;

beforeAll(async () => {
  mkdirSync(join(drive, 'sub'), { recursive: true });
  writeFileSync(join(drive, 'sub', 'memo.txt'), 'hello world\n'); // read, matches nothing: unclassified
  writeFileSync(join(drive, '学級だより_11月.txt'), '学級だより 11月号\n今月の行事: 持久走大会\n'); // Ⅳ
  // A real blank picture (64×64 white PNG): no text to read, so only its name can tell.
  const blank = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAAAAACPAi4CAAAAKUlEQVR42u3MQREAAAwCIPuX1hD77SAA6VEEAoFAIBAIBAKBQCAQfA8Gpwvw4qrwDDIAAAAASUVORK5CYII=',
    'base64',
  );
  writeFileSync(join(drive, '運動会_photo.png'), blank); // an image: Ⅲ from its name alone
  writeFileSync(join(drive, 'IMG_0001.png'), blank); // an image, nothing in its name: not a document
  writeFileSync(join(drive, 'broken.docx'), 'PK\x03\x04garbage'); // cannot be read, no class
  writeFileSync(join(drive, '児童住所録.xls'), 'garbage'); // cannot be read: Ⅰ from its name
  const scan = await runCli(['scan', '--source', `local:${drive}`], undefined, env);
  expect(scan.code).toBe(0);
  terminal = scan.stdout;
  const out = join(root, 'report.html');
  expect((await runCli(['report', '--out', out], undefined, env)).code).toBe(0);
  html = readFileSync(out, 'utf8');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The bars of the report's chart by class: label → total. */
function classBars(page: string): Record<string, number> {
  const chart = page.slice(page.indexOf('重要性分類ごとのファイル数'), page.indexOf('フォルダごとの状況'));
  const bars: Record<string, number> = {};
  for (const m of chart.matchAll(/text-anchor="end">([^<]+)<\/text>(?:<rect.*?<\/rect>)*<text[^>]*>(\d+)<\/text>/g))
    bars[m[1]!] = Number(m[2]);
  return bars;
}

describe('mamoru scan and mamoru report count one run alike', () => {
  test('the terminal: each file once, the counts add up, never negative', () => {
    expect(terminal).toContain('確認したファイル: 6 件');
    expect(terminal).toMatch(/重要性分類Ⅰ 1 ・ Ⅱ 0 ・ Ⅲ 1 ・ Ⅳ 1 ・ 分類できなかった 1\n/);
    expect(terminal).toMatch(/内容を確認できなかった 1 ・ 対象外 1\n/);
    expect(terminal).toContain('分類したうち 2 件は内容を読まず、ファイル名から判断しました');
    expect(terminal).not.toMatch(/[\s:]-\d/); // no negative count (temporary paths may hold "-7")
  });

  test('the terminal names the file it could not classify, and the ones it could not read', () => {
    const unclassified = terminal.slice(terminal.indexOf('分類できなかったファイル: 1 件'));
    expect(unclassified.split('\n')[1]).toBe('  sub/memo.txt');
    expect(terminal).toContain(
      '内容を確認できなかったファイル: 2 件（作成者に確認してください。うち 1 件はファイル名から分類しています）',
    );
    expect(terminal).toContain('  児童住所録.xls（名前から分類Ⅰ）: 確認できません');
  });

  test('the report: the same counts, adding up to the files, and the unclassified file named', () => {
    const bars = classBars(html);
    expect(bars).toEqual({
      重要性分類Ⅰ: 1,
      重要性分類Ⅱ: 0,
      重要性分類Ⅲ: 1,
      重要性分類Ⅳ: 1,
      分類できなかった: 1,
      内容を確認できなかった: 1,
      対象外: 1,
    });
    expect(Object.values(bars).reduce((a, b) => a + b, 0)).toBe(6);
    expect(html).toContain('<h2>分類できなかったファイル（1件）</h2>');
    const section = html.slice(html.indexOf('<h2>分類できなかったファイル'), html.indexOf('<h2>確認できなかったファイル'));
    expect(section).toContain('sub/memo.txt');
    expect(html).toContain('<h2>確認できなかったファイル（2件）</h2>');
  });
});
