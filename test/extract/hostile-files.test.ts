import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_MB, HOSTILE_FILES, largestXlsx, OVERSHOOT_MB, WORKER_MB, writeHostileFiles } from '../helpers/hostile-files.js';
import { type MeasuredRun, runMeasured } from '../helpers/measure-process.js';
import { jsonLines } from '../helpers/run-cli.js';

/**
 * Hostile files through the real `mamoru` command, in processes of their own whose memory is read
 * from /proc (the command and its inspection workers together): each file gets a result of its own
 * within its time and memory bounds (test/helpers/hostile-files.ts), alone, in a folder scan, and
 * three bombs at once.
 */
let root: string;
const drive = () => join(root, 'drive');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mamoru-hostile-'));
  await writeHostileFiles(drive());
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = () => ({ MAMORU_WORKER_MEMORY_MB: String(WORKER_MB), MAMORU_DATA_DIR: join(root, 'data') });
const scan = (dir: string, threads: number): Promise<MeasuredRun> =>
  runMeasured(['scan', '--source', `local:${dir}`, '--jsonl', '--threads', String(threads)], env());

describe('mamoru ask --file with a hostile file', () => {
  for (const file of HOSTILE_FILES) {
    it(`${file.name}: ${file.what}`, async () => {
      const run = await runMeasured(['ask', '--file', join(drive(), file.name), '--json', 'クラウドに保存していい？'], env());
      expect(run.code, run.stderr).toBe(0);
      const answer = JSON.parse(run.stdout) as { file: { status: string; reasons: string[] } };
      expect(answer.file.status).toBe(file.status);
      if (file.reason) expect(answer.file.reasons[0]).toContain(file.reason);
      expect(run.ms).toBeLessThan(file.seconds * 1000);
      expect(run.peakMb).toBeLessThan(file.peakMb);
    }, 120_000);
  }
});

describe('the default memory limit', () => {
  it('still reads the largest document within the file bounds (a 35 MB xlsx of 190 MB of XML)', async () => {
    const file = join(root, '名簿.xlsx');
    writeFileSync(file, largestXlsx());
    const run = await runMeasured(['ask', '--file', file, '--json', 'クラウドに保存していい？'], {
      MAMORU_DATA_DIR: join(root, 'data'),
    });
    const answer = JSON.parse(run.stdout) as { file: { status: string; reasons: string[] } };
    expect(answer.file.status, answer.file.reasons[0]).toBe('ok');
  }, 120_000);
});

describe('mamoru scan --source local:DIR --jsonl over hostile files', () => {
  it('gives every file a line with its result, three at a time, within the memory of three workers', async () => {
    const run = await scan(drive(), 3);
    expect(run.code, run.stderr).toBe(0);
    const byPath = new Map(jsonLines(run.stdout).map((line) => [line.path as string, line]));
    expect(byPath.size).toBe(HOSTILE_FILES.length);
    for (const file of HOSTILE_FILES) {
      const line = byPath.get(file.name) as { status: string; reasons: string[]; error?: { code: string } };
      expect(line.status, file.name).toBe(file.status);
      expect(line.error?.code, file.name).toBe(file.code);
      if (file.reason) expect(line.reasons[0]).toContain(file.reason);
    }
    // At most three files are read at once: the three largest bounds, each counting the mamoru process.
    const bounds = HOSTILE_FILES.map((f) => f.peakMb).sort((a, b) => b - a);
    expect(run.peakMb).toBeLessThan(bounds[0]! + bounds[1]! + bounds[2]!);
  }, 300_000);

  it('refuses three flate bombs at once with little memory', async () => {
    const dir = join(root, 'three-flate');
    mkdirSync(dir);
    for (const n of [1, 2, 3]) copyFileSync(join(drive(), 'pdf-flate-bomb.pdf'), join(dir, `bomb-${n}.pdf`));
    const run = await scan(dir, 3);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => (l.error as { code: string }).code)).toEqual(['PDF_BOMB', 'PDF_BOMB', 'PDF_BOMB']);
    expect(run.ms).toBeLessThan(40_000);
    expect(run.peakMb).toBeLessThan(BASE_MB * 2);
  }, 120_000);

  it('ends three encrypted bombs at once at the memory limit of each worker', async () => {
    const dir = join(root, 'three-encrypted');
    mkdirSync(dir);
    for (const n of [1, 2, 3]) copyFileSync(join(drive(), 'pdf-encrypted-bomb.pdf'), join(dir, `bomb-${n}.pdf`));
    const run = await scan(dir, 3);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => (l.error as { code: string }).code)).toEqual(['MEMORY_LIMIT', 'MEMORY_LIMIT', 'MEMORY_LIMIT']);
    for (const line of lines) expect((line.reasons as string[])[0]).toContain('メモリが上限');
    expect(run.peakMb).toBeLessThan(BASE_MB + 3 * (WORKER_MB + OVERSHOOT_MB));
  }, 300_000);

  it('reads the file waiting behind a bomb in the same worker once that worker is ended', async () => {
    const dir = join(root, 'one-worker');
    mkdirSync(dir);
    copyFileSync(join(drive(), 'pdf-encrypted-bomb.pdf'), join(dir, 'a-bomb.pdf'));
    copyFileSync(join(drive(), 'mixed-sjis-utf8.csv'), join(dir, 'b-名簿.csv'));
    const run = await scan(dir, 1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.path, l.status, (l.error as { code: string } | undefined)?.code])).toEqual([
      ['a-bomb.pdf', 'cannot_inspect', 'MEMORY_LIMIT'],
      ['b-名簿.csv', 'ok', undefined],
    ]);
  }, 120_000);
});
