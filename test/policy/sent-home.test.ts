import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe("sent to the teacher's own home, or by a phone's own messages", () => {
  test("e-mailed to one's own home is a private address, not external e-mail (prohibited for Ⅰ)", () => {
    const d = ask(pack, '教職員の住所入りの参集名簿をメールで自宅に送って確認します');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('personal_cloud');
  });

  test('sent home by post is taken home', () => {
    const d = ask(pack, '成績一覧表を自宅に郵送して家で作業してもいいですか');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('take_home');
  });

  test("a family's home as the goal stays sending (保護者の自宅に)", () => {
    const d = ask(pack, '通知表を保護者の自宅に郵送していいですか');
    expect(d.decision).toBe('conditional');
    expect(d.action).not.toBe('take_home');
  });

  test('a photo sent by SMS (ショートメール) is a personal service, not e-mail', () => {
    const d = ask(pack, '事故報告書、教育委員会の人に見せるから写真撮ってショートメールで送っとく');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('personal_cloud');
  });
});
