import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, openBrowser, say, screenshot, startLocal } from '../helpers/playground.js';

/**
 * Questions as teachers type them, in the Agents Playground: kana only, a report of something
 * already done, a follow-up in the same chat, a rule without a document, a lost USB stick.
 */
describe.skipIf(!hasChromium)('teachers as they really write, in the Agents Playground', () => {
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

  const lastCard = (has: string | RegExp) => browser.page.locator('.ac-adaptiveCard').filter({ hasText: has }).last();

  test('kana only: 「しょけん いえで かきたい」 is the class Ⅱ record taken home to write, prohibited', async () => {
    await say(browser.page, 'しょけん いえで かきたい');
    const card = lastCard('自宅に持ち帰る');
    await card.waitFor({ timeout: 20_000 });
    await expect(card.textContent()).resolves.toMatch(/⛔ 禁止[\s\S]*重要性分類Ⅱ/);
  });

  test('a question, then 「じゃあUSBなら？」: answered for the same information, and the card says so', async () => {
    await say(browser.page, '通知表をメールで保護者に送ってもいいですか？');
    await lastCard('条件付きで可').waitFor({ timeout: 20_000 });
    await say(browser.page, 'じゃあUSBなら？');
    const card = lastCard('前の質問の続きとして答えています');
    await card.waitFor({ timeout: 20_000 });
    const text = await card.textContent();
    expect(text).toContain('通知表');
    expect(text).toContain('原則禁止・要相談');
    await screenshot(browser.page, 'playground-followup');
  });

  test('something already done: 「成績の入ったエクセル、LINEで学年の先生に送っちゃった」 is prohibited, with the duty to report it', async () => {
    await say(browser.page, '成績の入ったエクセル、LINEで学年の先生に送っちゃった');
    const card = lastCard('違反の報告として');
    await card.waitFor({ timeout: 20_000 });
    await expect(card.textContent()).resolves.toContain('⛔ 禁止');
  });

  test('a rule without a document: 「学校のパソコンで私用のネットショッピングしていい？」', async () => {
    await say(browser.page, '学校のパソコンで私用のネットショッピングしていい？');
    const card = lastCard('業務以外の目的');
    await card.waitFor({ timeout: 20_000 });
    await expect(card.textContent()).resolves.toContain('⛔ 禁止');
  });

  test('a report: 「USBメモリをなくしました」 gets the first steps and whom to tell, no permission button', async () => {
    await say(browser.page, 'USBメモリをなくしました');
    const card = lastCard('インシデントの報告');
    await card.waitFor({ timeout: 20_000 });
    await expect(card.textContent()).resolves.toContain('すぐに校長（学校情報セキュリティ管理者）に報告してください。');
    await expect(card.getByRole('button', { name: /許可を申請/ }).count()).resolves.toBe(0);
    await screenshot(browser.page, 'playground-incident');
  });
});
