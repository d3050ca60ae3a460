import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, openBrowser, say, screenshot, startLocal } from '../helpers/playground.js';
import { runCli } from '../helpers/run-cli.js';

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

  test('the welcome card arrives when the playground installs the app; its example questions ask themselves', async () => {
    const { page } = browser;
    // The Playground always reports the locale en-US, so the welcome is in English there.
    const welcome = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: /Welcome to mamoru|mamoru（守る）へようこそ/ })
      .first();
    await welcome.waitFor({ timeout: 20_000 });
    await screenshot(page, 'playground-welcome');
    await welcome.getByRole('button', { name: /attendance book home|出席簿/ }).click();
    const answer = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: /attendance book|出席簿/ })
      .filter({ hasText: /Prohibited|禁止/ })
      .last();
    await answer.waitFor({ timeout: 20_000 });
    await expect(answer.textContent()).resolves.toMatch(/Class I|重要性分類Ⅰ/);
  }, 60_000);

  test('ask → answer card; 👍 → the card updates in place', async () => {
    const { page } = browser;
    await say(page, '通知表をメールで保護者に送ってもいいですか？');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: '条件付きで可' }).last();
    await card.waitFor({ timeout: 20_000 });
    await expect(card.textContent()).resolves.toContain('重要性分類Ⅱ');
    await expect(card.textContent()).resolves.toContain('ファイルを暗号化するか、パスワードを設定する');
    await screenshot(page, 'playground-answer');

    await card.getByRole('button', { name: /根拠を表示/ }).click();
    await card.getByText('通知表: 重要性分類Ⅱ（成績関係）').waitFor();
    await card.getByText('電子メールにより重要性分類Ⅲ以上の情報を外部送信する場合は、暗号化又はパスワード設定を行う。').waitFor();
    await card.getByText('「外部持ち出し／外部電子メール」の重要性分類Ⅱ', { exact: false }).scrollIntoViewIfNeeded();
    await screenshot(page, 'playground-answer-sources');

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
    await expect(updated.textContent()).resolves.toContain('重要性分類Ⅳ');
    await screenshot(page, 'playground-refine');
  });

  test('a permit: 通知表を学校の外に持ち出したい → request → approve as the demo principal → notified → in the records', async () => {
    const { page } = browser;
    await say(page, '通知表を学校の外に持ち出したい');
    const answer = page.locator('.ac-adaptiveCard').filter({ hasText: '許可が必要' }).last();
    await answer.waitFor({ timeout: 20_000 });
    await answer.getByRole('button', { name: '許可を申請する' }).click();

    const form = page.locator('.ac-adaptiveCard').filter({ hasText: '目的（何のために必要か）' }).last();
    await form.waitFor({ timeout: 20_000 });
    await form.getByLabel('目的（何のために必要か）').fill('家庭訪問で保護者に説明するため');
    await form.getByLabel('持ち出し先・送付先').fill('生徒宅（〇〇町）');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    await form.getByLabel('返却予定日').fill(today);
    await form.getByRole('checkbox', { name: 'ファイルを暗号化するか、パスワードを設定する' }).check();
    await screenshot(page, 'playground-permit-form');
    await form.getByRole('button', { name: '申請する' }).click();
    await page.getByText('📨 申請しました。承認されたらお知らせします。').first().waitFor({ timeout: 20_000 });

    // The demo principal (the same playground user) gets the approval card.
    const approval = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: '📝 許可の申請' })
      .filter({ has: page.getByRole('button', { name: '承認する' }) })
      .last();
    await approval.waitFor({ timeout: 20_000 });
    await approval.getByRole('button', { name: '承認する' }).click();
    await page.getByText('✅ 申請が承認されました').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'playground-permit-approved');

    const records = await runCli(['records', 'export', '--from', today, '--to', today, '--format', 'json'], undefined, {
      MAMORU_DATA_DIR: local.dataDir,
      DATABASE_URL: '',
    });
    expect(JSON.parse(records.stdout)).toEqual([
      expect.objectContaining({
        requester: 'Alex Wilber',
        school: 'デモ小学校',
        action: 'take_out',
        status: 'approved',
        purpose: '家庭訪問で保護者に説明するため',
      }),
    ]);
  });
});
