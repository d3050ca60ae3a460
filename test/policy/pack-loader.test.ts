import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPack, PackInvalidError, type PackIssue, packsDir } from '../../policy/index.js';
import { runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the Kumamoto pack with one file edited. */
function brokenPack(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-pack-'));
  dirs.push(dir);
  cpSync(join(packsDir(), 'kumamoto'), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function issuesOf(dir: string): PackIssue[] {
  try {
    loadPack(dir);
  } catch (error) {
    if (error instanceof PackInvalidError) return error.issues;
    throw error;
  }
  throw new Error('the pack loaded, but it is broken');
}

describe('a broken pack fails with the file, the line, the path inside it and what is wrong', () => {
  test('an invalid class', () => {
    const dir = brokenPack('catalog.yaml', (t) => t.replace(/(id: report_card\n.*\n\s+class:) II/, '$1 V'));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ file: 'catalog.yaml', path: expect.stringMatching(/^items\[\d+\]\.class$/) });
    expect(issue?.line).toBeGreaterThan(1);
    expect(issue?.message).toMatch(/I|II|III|IV/);
    const lines = readFileSync(join(dir, 'catalog.yaml'), 'utf8').split('\n');
    expect(lines[issue!.line! - 1]).toContain('class: V');
  });

  test('a remedy that is no situation, or is itself prohibited', () => {
    const missing = issuesOf(brokenPack('handling.yaml', (t) => t.replace('remedy: bulk_mail_bcc', 'remedy: bulk_mail_nowhere')));
    expect(missing[0]).toMatchObject({ file: 'handling.yaml', path: expect.stringMatching(/^situations\[\d+\]\.remedy$/) });
    expect(missing[0]?.message).toContain('bulk_mail_nowhere');
    const prohibited = issuesOf(brokenPack('handling.yaml', (t) => t.replace('remedy: bulk_mail_bcc', 'remedy: antivirus_off')));
    expect(prohibited[0]?.message).toContain('prohibited');
  });

  test('a YAML syntax error', () => {
    const [issue] = issuesOf(brokenPack('roles.yaml', (t) => t.replace('roles:', 'roles: [')));
    expect(issue).toMatchObject({ file: 'roles.yaml', line: expect.any(Number) });
  });

  test('a citation of a clause that is not defined', () => {
    const issues = issuesOf(brokenPack('handling.yaml', (t) => t.replace("citations: ['2-2(9)①']", "citations: ['2-2(99)①']")));
    expect(issues[0]).toMatchObject({ file: 'handling.yaml', path: expect.stringMatching(/^rules\[\d+\]\.citations\[0\]$/) });
    expect(issues[0]?.message).toContain('2-2(99)①');
  });

  test('a class left out of an action row', () => {
    const issues = issuesOf(
      brokenPack('handling.yaml', (t) =>
        t.replace(
          '- { classes: [III, IV], decision: allowed, citations: [第3表] }',
          '- { classes: [III], decision: allowed, citations: [第3表] }',
        ),
      ),
    );
    expect(issues[0]?.message).toMatch(/class IV must appear in exactly one cell of "email_external"/);
  });

  test("the classifier's references to other items are checked: a blank form that is not in the catalog", () => {
    const dir = brokenPack('catalog.yaml', (t) => t.replace('blank: form_templates', 'blank: form_template'));
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ file: 'catalog.yaml', message: 'item "form_template" is not in items' }),
    );
  });

  test('a missing file', () => {
    const dir = brokenPack('clauses.yaml', (t) => t);
    rmSync(join(dir, 'clauses.yaml'));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: 'clauses.yaml', message: 'file is missing' }));
  });

  test('npx mamoru policy check names the problem and exits 4; a good pack exits 0', async () => {
    const dir = brokenPack('catalog.yaml', (t) => t.replace('unknown_choices: [report_card', 'unknown_choices: [report_cards'));
    const bad = await runCli(['policy', 'check', dir]);
    expect(bad.code).toBe(4);
    expect(bad.stderr).toMatch(/catalog\.yaml:\d+:\d+ unknown_choices\[0\]: item "report_cards" is not in items/);
    const good = await runCli(['policy', 'check', join(packsDir(), 'kumamoto')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^OK kumamoto: 4 classes, \d+ catalog items, 18 actions/);
  });
});

describe('npx mamoru policy show', () => {
  test('prints the catalog and the matrix as tables', async () => {
    const { code, stdout } = await runCli(['policy', 'show']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^熊本市立学校情報セキュリティ対策基準/);
    expect(stdout).toMatch(/II\s+成績関係\s+通知表/);
    expect(stdout).toMatch(/cloud_store\s+クラウドサービスに保管\s+禁止\s+禁止\s+可\s+可/);
  });
});

describe('shared files and the lexicon', () => {
  test('Kurume extends Kumamoto’s catalog: the same 80 items, and an item written there replaces the shared one', () => {
    const kumamoto = loadPack(join(packsDir(), 'kumamoto'));
    const kurume = loadPack(join(packsDir(), 'kurume'));
    expect([...kurume.items.keys()]).toEqual([...kumamoto.items.keys()]);
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-pack-'));
    dirs.push(dir);
    cpSync(join(packsDir(), 'kurume'), join(dir, 'kurume'), { recursive: true });
    cpSync(join(packsDir(), 'kumamoto'), join(dir, 'kumamoto'), { recursive: true });
    writeFileSync(
      join(dir, 'kurume', 'catalog.yaml'),
      `extends: kumamoto\nitems:\n  - id: report_card\n    name: { ja: 通知表, en: report card }\n    class: I\n    group: grades\n    synonyms: { ja: [通知表], en: [report card] }\n`,
    );
    const edited = loadPack(join(dir, 'kurume'));
    expect(edited.items.get('report_card')?.class).toBe('I');
    expect(edited.items.size).toBe(kumamoto.items.size);
    writeFileSync(join(dir, 'kurume', 'catalog.yaml'), 'extends: nowhere\n');
    expect(issuesOf(join(dir, 'kurume'))[0]).toMatchObject({ file: 'catalog.yaml', message: expect.stringContaining('nowhere') });
  });

  test('npx mamoru policy check validates a pack’s own lexicon.yaml, naming the line', async () => {
    const dir = brokenPack('pack.yaml', (t) => t);
    writeFileSync(join(dir, 'lexicon.yaml'), 'actions:\n  email_external:\n    ja: [1]\n');
    const bad = await runCli(['policy', 'check', dir]);
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('lexicon.yaml:3:10 actions.email_external.ja[0]');
    writeFileSync(join(dir, 'lexicon.yaml'), 'actions:\n  email_external:\n    ja: [めーるびん]\n');
    const good = await runCli(['policy', 'check', dir]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/incident kinds, \d+ action words/);
  });
});
