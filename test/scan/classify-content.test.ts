import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack, loadPack, PackInvalidError, packsDir } from '../../policy/index.js';
import { type ContentCase, FORMS, NAMES, NEAR_MISSES, PROSE, TABLES, toFile, toInput } from '../helpers/content-cases.js';
import { jsonLines, runCli } from '../helpers/run-cli.js';

/**
 * Issue 14: files whose meaning is in their values or their prose. Tables are read by their cells
 * (no header row needed), prose by who it points at and which sensitive matters it tells; the
 * strongest evidence wins wherever it is, and words alone raise no alarm. Each case is checked
 * through classifyDocument (both packs) and through `mamoru scan --source local:DIR --jsonl`.
 */
const CASES = [...TABLES, ...PROSE, ...FORMS];
const PAIRS = NEAR_MISSES.map(({ near, twin }) => [near.id, near, twin] as const);
const SENSITIVE = ['I', 'II'];

interface Result {
  class: string | null;
  /** The item: `{ id }` from classifyDocument, its id from a scan line. */
  asset?: { id: string } | string | null;
  reasons: string[];
  evidence?: unknown;
}

const RANK: Record<string, number> = { I: 4, II: 3, III: 2, IV: 1 };
const rank = (cls: string | null) => (cls ? RANK[cls]! : 0);

function expectCase(r: Result, c: ContentCase, where: string): void {
  const expected = Array.isArray(c.cls) ? c.cls : [c.cls];
  const reasons = r.reasons.join('\n');
  expect(expected, `${where}: ${c.id} got ${r.class} (${reasons})`).toContain(r.class);
  const asset = typeof r.asset === 'string' ? r.asset : r.asset?.id;
  if (c.asset) expect(asset, `${where}: ${c.id} (${reasons})`).toBe(c.asset);
  for (const reason of c.reasons ?? []) expect(reasons, `${where}: ${c.id}`).toContain(reason);
  for (const reason of c.not ?? []) expect(reasons, `${where}: ${c.id}`).not.toContain(reason);
  // Kinds and counts only: never a name or a sentence from the file.
  const out = JSON.stringify({ reasons: r.reasons, evidence: r.evidence });
  for (const name of NAMES) {
    expect(out).not.toContain(name);
    expect(out).not.toContain(name.replace(' ', ''));
  }
  expect(out).not.toMatch(/離婚調停|眠れず|病気休暇。|万引きで補導/);
}

const classify = (policy: string, input: ClassifyInput) => classifyDocument(getPack(policy), input);

describe.each(['kumamoto', 'kurume'])('classifyDocument (%s)', (policy) => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expectCase(classify(policy, toInput(c)), c, policy);
  });

  it.each(PAIRS)('near miss: %s — lower than its twin', (_id, near, twin) => {
    const n = classify(policy, toInput(near));
    const t = classify(policy, toInput(twin));
    expectCase(t, twin, `${policy} twin`);
    expectCase(n, near, `${policy} near miss`);
    expect(rank(n.class)).toBeLessThan(rank(t.class));
  });

  it('cites the pack’s own table: 第2表 in Kumamoto, 第11条 in Kurume', () => {
    const r = classify(policy, toInput(TABLES[0]!));
    expect(r.class).toBe('II');
    expect(r.reasons[0]).toContain(`成績に関する個票等（${policy === 'kumamoto' ? '第2表' : '第11条'} Ⅱ）`);
  });
});

describe('the analyzer only where it is needed', () => {
  it('a table with a person heading is read without guessing names, and without one by the cells', () => {
    const rows = NAMES.map((n, i) => [n, String(40 + ((i * 37) % 60)), String(95 - ((i * 53) % 60))]);
    const headed = classify('kumamoto', { name: 'a.csv', text: '', tables: [{ rows: [['氏名', 'A', 'B'], ...rows] }] });
    const bare = classify('kumamoto', { name: 'a.csv', text: '', tables: [{ rows }] });
    for (const r of [headed, bare]) {
      expect(r.class).toBe('II');
      expect(r.reasons.join()).toContain('表の値: 氏名・点数 2列');
    }
  });

  it('the same matters with nobody pointed at are no record (a health letter), with a pupil named they are', () => {
    const letter =
      'ほけんだより\n食物アレルギーのある人は、給食の前に確認しましょう。\n通院や服薬の予定があるときは担任に伝えてください。';
    const r = classify('kumamoto', { name: 'ほけんだより.docx', text: letter });
    expect(SENSITIVE).not.toContain(r.class);
    expect(r.evidence.some((e) => e.kind === 'matters')).toBe(false);
    const named = classify('kumamoto', {
      name: 'ほけんだより.docx',
      text: `${letter}\n井上陽菜さんは食物アレルギーで通院中です。`,
    });
    expect(named.class).toBe('I');
    expect(named.evidence).toContainEqual({ kind: 'matters', count: 2 });
  });
});

describe('the word lists are pack data, checked when the pack loads', () => {
  const edited = (file: string, edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-pack-'));
    cpSync(join(packsDir(), 'kumamoto'), dir, { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
    try {
      loadPack(dir);
      return [];
    } catch (error) {
      if (error instanceof PackInvalidError) return error.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
      throw error;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it.each([
    [
      'a column kind the signals do not define',
      'catalog.yaml',
      'columns: { person: 1, score: 2 }',
      'columns: { person: 1, scores: 2 }',
      /column kind "scores" is not in pack\.yaml classify\.columns/,
    ],
    [
      'a matter the signals do not define',
      'catalog.yaml',
      'matters: [guidance]',
      'matters: [bullying]',
      /matter "bullying" is not in pack\.yaml classify\.prose\.matters/,
    ],
    [
      'a column kind with two ways to read it',
      'pack.yaml',
      '{ id: numbering, name: 番号, sequence: true }',
      '{ id: numbering, name: 番号, sequence: true, person: true }',
      /exactly one of person, sequence/,
    ],
  ])('%s is reported', (_why, file, from, to, message) => {
    expect(edited(file, (t) => t.replace(from, to)).join('\n')).toMatch(message);
  });

  it('the shipped packs load with them', () => {
    expect(getPack('kumamoto').meta.classify?.prose?.matters.length).toBeGreaterThan(3);
    expect(getPack('kurume').meta.classify?.columns.map((k) => k.id)).toContain('person');
  });
});

describe('npx mamoru scan --source local:DIR --jsonl', () => {
  let root: string;
  const lines = new Map<string, Record<string, unknown>>();
  const all = [...CASES, ...NEAR_MISSES.flatMap(({ near, twin }) => [near, twin])];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mamoru-content-'));
    const drive = join(root, 'drive');
    const written = new Set<string>();
    for (const c of all) {
      if (written.has(c.name)) continue;
      written.add(c.name);
      mkdirSync(drive, { recursive: true });
      writeFileSync(join(drive, c.name), await toFile(c));
    }
    const run = await runCli(['scan', '--source', `local:${drive}`, '--jsonl'], undefined, {
      MAMORU_DATA_DIR: join(root, 'data'),
    });
    expect(run.code, run.stderr).toBe(0);
    for (const line of jsonLines(run.stdout)) lines.set(line.path as string, line);
  }, 180_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const line = lines.get(c.name);
    expect(line?.status, c.name).toBe('ok');
    expectCase(line as unknown as Result, c, 'scan');
    expect(line?.violation).toBe(SENSITIVE.includes(line?.class as string));
  });

  it.each(PAIRS)('near miss: %s', (_id, near, twin) => {
    const n = lines.get(near.name) as unknown as Result;
    const t = lines.get(twin.name) as unknown as Result;
    expectCase(t, twin, 'scan twin');
    expectCase(n, near, 'scan near miss');
    expect(rank(n.class)).toBeLessThan(rank(t.class));
  });
});
