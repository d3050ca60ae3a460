import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, openBrowser, say, screenshot, startLocal } from '../helpers/playground.js';

if (!hasChromium) {
  console.warn(
    '\n⚠ Skipping the browser tests: /usr/bin/chromium is not installed (apt-get install -y chromium; .ci/run does).\n',
  );
}

describe.skipIf(!hasChromium)('npm start + the Agents Playground in Debian’s Chromium', () => {
  let local: Awaited<ReturnType<typeof startLocal>>;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    local = await startLocal();
    browser = await openBrowser();
    await browser.page.goto(local.url);
    await browser.page.getByRole('textbox').waitFor({ timeout: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await local?.stop();
  });

  test('the welcome card arrives when the playground installs the app', async () => {
    const { page } = browser;
    await page
      .getByText(/Welcome to mamoru|mamoru（守る）へようこそ/)
      .first()
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'playground-welcome');
  });

  test('ask → answer card; 👍 → the card updates in place', async () => {
    const { page } = browser;
    await say(page, '通知表をメールで保護者に送ってもいいですか？');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: '条件付きで可' }).last();
    await card.waitFor({ timeout: 20_000 });
    await expect(card.innerText()).resolves.toContain('重要性分類Ⅱ');
    await expect(card.innerText()).resolves.toContain('ファイルを暗号化するか、パスワードを設定する');
    await screenshot(page, 'playground-answer');

    await card.getByRole('button', { name: /根拠を表示/ }).click();
    await card.getByText('電子メールにより重要性分類Ⅲ以上の情報を外部送信する場合は、暗号化又はパスワード設定を行う。').waitFor();

    await card.getByRole('button', { name: /役に立った/ }).click();
    await card.getByText('フィードバックありがとうございます。').waitFor({ timeout: 20_000 });
    await expect(card.getByRole('button', { name: /役に立った/ }).count()).resolves.toBe(0);
    await screenshot(page, 'playground-feedback');
  });

  test('an unknown asset → pick a category → the card re-answers in place', async () => {
    const { page } = browser;
    await say(page, 'アンケートをメールで送ってもいい？');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: '分類を確認' }).last();
    await card.waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: '記入前のアンケート（重要性分類Ⅳ）' }).click();
    const updated = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: '記入前のアンケート' })
      .filter({ hasText: '✅ 可' })
      .last();
    await updated.waitFor({ timeout: 20_000 });
    await expect(updated.innerText()).resolves.toContain('重要性分類Ⅳ');
    await screenshot(page, 'playground-refine');
  });
});
