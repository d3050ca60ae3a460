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

  test('a standing permission (2-2(8)②): the demo principal grants one for class Ⅲ, then 名列表 is covered, with no request to file', async () => {
    const { page } = browser;
    await say(page, '包括的許可');
    const list = page.locator('.ac-adaptiveCard').filter({ hasText: '📋 包括的許可（2-2(8)②）' }).last();
    await list.waitFor({ timeout: 20_000 });
    await list.getByRole('button', { name: '包括的許可を与える' }).click();
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: '📋 包括的許可を与える（2-2(8)②）' }).last();
    await form.waitFor({ timeout: 20_000 });
    const until = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + 90 * 86_400_000));
    await form.getByLabel('終了日（1年以内）').fill(until);
    await form.getByLabel('条件・備考（任意）').fill('暗号化機能付きのUSBメモリを使う');
    await screenshot(page, 'playground-standing-form');
    await form.getByRole('button', { name: '許可する' }).click();
    await page.getByText(`✅ 包括的許可を与えました: 学校の教職員全員（${until}まで）`).first().waitFor({ timeout: 20_000 });

    await say(page, '名列表を学校の外に持ち出したい');
    const answer = page.locator('.ac-adaptiveCard').filter({ hasText: '包括的許可の範囲内です' }).last();
    await answer.waitFor({ timeout: 20_000 });
    await expect(answer.textContent()).resolves.toContain(`（${until}まで・Alex Wilber が許可、2-2(8)②）`);
    await expect(answer.getByRole('button', { name: '許可を申請する' }).count()).resolves.toBe(0);
    await screenshot(page, 'playground-standing-covered');

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const records = await runCli(
      ['records', 'export', '--from', today, '--to', today, '--type', 'standing', '--format', 'json'],
      undefined,
      {
        MAMORU_DATA_DIR: local.dataDir,
        DATABASE_URL: '',
      },
    );
    expect(JSON.parse(records.stdout)).toEqual([
      expect.objectContaining({
        grantee: '全教職員',
        granted_by: 'Alex Wilber',
        classes: '重要性分類Ⅲ',
        ends_on: until,
        status: 'active',
      }),
    ]);
  });

  test('a disposal: 通知表を廃棄したい → request → approve → 廃棄を記録する with a staff witness → in the records', async () => {
    const { page } = browser;
    await say(page, '通知表を廃棄したい');
    const answer = page.locator('.ac-adaptiveCard').filter({ hasText: '許可が必要' }).filter({ hasText: '廃棄' }).last();
    await answer.waitFor({ timeout: 20_000 });
    await answer.getByRole('button', { name: '許可を申請する' }).click();
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: '目的（何のために必要か）' }).last();
    await form.waitFor({ timeout: 20_000 });
    await form.getByLabel('目的（何のために必要か）').fill('保存期間を過ぎた通知表の控え');
    await form.getByRole('button', { name: '申請する' }).click();
    const approval = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: '保存期間を過ぎた通知表の控え' })
      .filter({ has: page.getByRole('button', { name: '承認する' }) })
      .last();
    await approval.waitFor({ timeout: 20_000 });
    await approval.getByRole('button', { name: '承認する' }).click();
    const notice = page
      .locator('.ac-adaptiveCard')
      .filter({ has: page.getByRole('button', { name: '廃棄を記録する' }) })
      .last();
    await notice.waitFor({ timeout: 20_000 });
    await notice.getByRole('button', { name: '廃棄を記録する' }).click();

    const record = page.locator('.ac-adaptiveCard').filter({ hasText: '🗑️ 廃棄の記録（2-2(12)）' }).last();
    await record.waitFor({ timeout: 20_000 });
    await record.getByLabel('実施者（担当者の氏名）').fill('Alex Wilber');
    // The Playground draws a choice set as a Fluent combobox: open it, pick the option.
    await record.getByRole('combobox', { name: '方法' }).click();
    await page.getByRole('option', { name: '細断（シュレッダー）' }).click();
    await record.getByLabel('廃棄したもの（何を・どれだけ）').fill('通知表の控え 2年1組 30名分');
    await record.getByRole('combobox', { name: '立会者（教職員）' }).click();
    await page.getByRole('option', { name: 'Megan Bowen' }).click();
    await screenshot(page, 'playground-disposal-record');
    await record.getByRole('button', { name: '記録する' }).click();
    await page.getByText('🗑️ 廃棄済み').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'playground-disposal-done');

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
    const records = await runCli(['records', 'export', '--from', today, '--to', today, '--format', 'json'], undefined, {
      MAMORU_DATA_DIR: local.dataDir,
      DATABASE_URL: '',
    });
    expect(JSON.parse(records.stdout)).toContainEqual(
      expect.objectContaining({
        action: 'dispose',
        status: 'disposed',
        disposal_method: '細断（シュレッダー）',
        disposal_witness: 'Megan Bowen',
        disposal_items: '通知表の控え 2年1組 30名分',
      }),
    );
  });
});
