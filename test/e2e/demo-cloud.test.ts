import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, hasChromium, type LocalRun, openBrowser, say, screenshot, startLocal } from '../helpers/playground.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** The environment of the scan command the demo prints ("MAMORU_…=… npx mamoru scan --source graph"). */
function printedScanEnv(output: string): Record<string, string> {
  const line = output.split('\n').find((l) => l.includes('npx mamoru scan --source graph'));
  if (!line) throw new Error(`the demo printed no scan command:\n${output}`);
  return Object.fromEntries([...line.matchAll(/(MAMORU_\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
}

describe.skipIf(!hasChromium)('npm run demo:cloud: a Graph scan followed in the Agents Playground', () => {
  let demo: LocalRun;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  const enter = () => demo.child.stdin!.write('\n');
  const waitForOutput = async (pattern: RegExp, from: number) => {
    for (let i = 0; i < 100 && !pattern.test(demo.output().slice(from)); i++) await new Promise((r) => setTimeout(r, 200));
    return demo.output().slice(from);
  };

  beforeAll(async () => {
    demo = await startLocal('scripts/demo-cloud.mjs');
    browser = await openBrowser();
    await browser.page.goto(demo.url);
    await browser.page.getByRole('textbox').waitFor({ timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  test('npx mamoru scan --source graph finds the misplaced files; the digest and the owner card arrive', async () => {
    const { page } = browser;
    await say(page, 'こんにちは');
    await page.locator('.ac-adaptiveCard').first().waitFor({ timeout: 20_000 });

    const env = printedScanEnv(demo.output());
    expect(env.MAMORU_CONFIG).toMatch(/mamoru\.yaml$/);
    const scan = await runCli(['scan', '--source', 'graph'], '', env);
    expect(scan.stderr).not.toMatch(/error|エラー/i);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/新たに見つかった分類Ⅰ・Ⅱのファイル: 2 /);
    expect(scan.stdout).not.toMatch(/"level":|"msg":/); // the summary alone: logs go to stderr, warnings only

    const digest = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: '保護者連絡先_3年2組.csv' })
      .filter({ hasText: '2学期所見.txt' });
    await digest.first().waitFor({ timeout: 30_000 });
    const owner = page.locator('.ac-adaptiveCard').filter({ hasText: 'クラウドに保管できない情報が見つかりました' }).last();
    await owner.waitFor({ timeout: 30_000 });
    await expect(owner.textContent()).resolves.toContain('保護者連絡先_3年2組.csv');
    await expect(owner.textContent()).resolves.not.toContain('2学期所見.txt'); // Megan's file, Megan's card
    await screenshot(page, 'demo-cloud-found');

    await owner.getByRole('button', { name: '移動しました' }).click();
    await page.getByText('ありがとうございます。次回のスキャンで移動を確認します。').first().waitFor({ timeout: 20_000 });
  }, 90_000);

  test('the file removed from the fake drive is resolved on the next run, and the principal is told', async () => {
    const { page } = browser;
    const from = demo.output().length;
    enter(); // step 1: scan again (nothing new since the command's run)
    const again = await waitForOutput(/the owner's card are in the Playground|a digest for the principal/, from);
    // In the scan command's own words, and no promise of a digest this scan did not send.
    expect(again).toMatch(/新たに見つかった分類Ⅰ・Ⅱのファイル: 0 \/ 解消: 0 /);
    expect(again).toContain('Nothing new since the last scan, so no digest was sent');
    expect(again).not.toContain('a digest for the principal');
    expect(again).not.toMatch(/new class I\/II files|"level":/);
    const step2 = demo.output().length;
    enter(); // step 2: the address list leaves the drive; scan
    expect(await waitForOutput(/解消: 1 /, step2)).toMatch(
      /新たに見つかった分類Ⅰ・Ⅱのファイル: 0 \/ 解消: 1 [^\n]*\n {2}通知: 1 件/,
    );
    const resolved = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: '解消したファイル: 1 件' })
      .filter({ hasText: '✅ 保護者連絡先_3年2組.csv' });
    await resolved.last().waitFor({ timeout: 30_000 });
    await screenshot(page, 'demo-cloud-resolved');
  }, 90_000);
});

/** Starts the demo with this MAMORU_DATA_DIR until it says where its data is, then stops it. */
async function demoDataDir(dataDir: string): Promise<{ dir: string; output: string }> {
  const child = spawn(process.execPath, ['scripts/demo-cloud.mjs'], {
    cwd: ROOT,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', MAMORU_PLAYGROUND_PORT: String(await freePort()), MAMORU_DATA_DIR: dataDir },
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the demo did not say where its data is:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const dir = /data in (\S+?)[).]?(?:\s|$)/.exec(output)?.[1];
        if (dir) {
          clearTimeout(timer);
          resolve({ dir, output });
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.on('exit', (code) => reject(new Error(`the demo exited with ${code}:\n${output}`)));
    });
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

describe('npm run demo:cloud keeps to a folder of its own', () => {
  const parent = mkdtempSync(join(tmpdir(), 'mamoru-demo-dir-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  test('MAMORU_DATA_DIR keeps its contents: the demo writes in demo-cloud inside it, marked as its own', async () => {
    writeFileSync(join(parent, 'mamoru.db'), 'a school’s real data');
    const { dir, output } = await demoDataDir(parent);
    expect(readFileSync(join(parent, 'mamoru.db'), 'utf8')).toBe('a school’s real data');
    expect(dir).toBe(join(parent, 'demo-cloud'));
    expect(existsSync(join(dir, '.mamoru-demo-cloud'))).toBe(true);
    expect(output).toContain(`The demo's data in ${dir} (its own folder`);
  }, 60_000);

  test('its own (marked) folder is started afresh on the next run; the folder given stays', async () => {
    writeFileSync(join(parent, 'demo-cloud', 'left-by-the-last-run.txt'), 'x');
    const { dir } = await demoDataDir(parent);
    expect(dir).toBe(join(parent, 'demo-cloud'));
    expect(existsSync(join(dir, 'left-by-the-last-run.txt'))).toBe(false);
    expect(existsSync(join(parent, 'mamoru.db'))).toBe(true);
    // The README's scan command points MAMORU_DATA_DIR at the demo's folder itself: still the demo's.
    const again = await demoDataDir(dir);
    expect(again.dir).toBe(dir);
  }, 60_000);

  test('an unmarked demo-cloud folder in the way is left untouched; a fresh folder is used and named', async () => {
    const other = mkdtempSync(join(tmpdir(), 'mamoru-demo-dir-'));
    try {
      mkdirSync(join(other, 'demo-cloud'));
      writeFileSync(join(other, 'demo-cloud', 'notes.txt'), 'not the demo’s');
      const { dir, output } = await demoDataDir(other);
      expect(readdirSync(join(other, 'demo-cloud'))).toEqual(['notes.txt']);
      expect(dir).not.toContain(other);
      expect(output).toContain(`${join(other, 'demo-cloud')} is not the demo's`);
      rmSync(dir, { recursive: true, force: true });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 60_000);
});
