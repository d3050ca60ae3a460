import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, type LocalRun, openBrowser, say, screenshot, startLocal } from '../helpers/playground.js';
import { runCli } from '../helpers/run-cli.js';

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
    expect(await waitForOutput(/new class I\/II files 0, resolved 0/, from)).toMatch(/new class I\/II files 0, resolved 0/);
    enter(); // step 2: the address list leaves the drive; scan
    expect(await waitForOutput(/resolved 1/, from)).toMatch(/new class I\/II files 0, resolved 1; digests 1/);
    const resolved = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: '解消したファイル: 1 件' })
      .filter({ hasText: '✅ 保護者連絡先_3年2組.csv' });
    await resolved.last().waitFor({ timeout: 30_000 });
    await screenshot(page, 'demo-cloud-resolved');
  }, 90_000);
});
