import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A person's own contact details told beside them (read-contacts): a phone number, an address or a
 * mail address with a pupil or a member of staff named in its line, on the line above, or in a form
 * about them, is 第2表 Ⅰ's 「住所・電話番号などを含む個人情報」; the school's or an office's is not.
 */
const pack = getPack('kumamoto');
const note = (text: string, name = 'メモ.txt') => classifyDocument(pack, { name, type: 'txt', text });

describe("a person's contact details", () => {
  it('reads a sticky note with a pupil and a mobile number as the pupil personal information', () => {
    const r = note('3-2 山田太郎 母 090-1234-5678\n夕方以降つながる');
    expect(r.class).toBe('I');
    expect(r.asset?.name).toContain('児童生徒の個人情報');
  });
  it('reads a name heading its number on the next line', () => {
    expect(note('緊急連絡先\n山田 蓮さん\n携帯 090-1234-5678').class).toBe('I');
  });
  it("reads a mail about a pupil's new address", () => {
    const text = '件名: 転居のお知らせ\n\n2年1組 中村陽翔さんの保護者です。\n新住所は 熊本市中央区水前寺3丁目4-12 です。';
    expect(note(text, '転居.eml').class).toBe('I');
  });
  it("reads a member of staff's own mobile as staff personal information", () => {
    const r = note('佐藤先生 090-1111-2222（夜間）');
    expect(r.class).toBe('I');
    expect(r.asset?.name).toBe('教職員の個人情報');
  });
  it("leaves the school's number, an office's and a staff member's landline alone", () => {
    expect(note('お問い合わせ 本校 096-123-4567\n担任 中村').class).toBeNull();
    expect(note('学校代表 096-123-4567\n担任 山田').class).toBeNull();
    expect(note('佐藤先生 096-111-2222').class).toBeNull();
    expect(note('山田 FAX 096-111-2222').class).toBeNull();
    expect(note('担任 山田 yamada@kumamoto-kmm.ed.jp').class).toBeNull();
  });
  it("leaves a list of businesses' contact persons alone (店長 石田様, 総務 佐藤様)", () => {
    const text =
      '事業所\n事業所名\t担当者\t電話\t受入人数\nみどりスーパー西原店\t店長 石田様\t096-000-1518\t2\n東野台郵便局\t総務 佐藤様\t096-000-6746\t3';
    expect(note(text, '受入事業所一覧.txt').class).not.toBe('I');
  });

  it("a kindergarten's form names its child under 園児名: the mobile beside it is the family's (Ⅰ)", () => {
    const text = '預かり保育 利用申込書\n園児名 吉田湊\n利用日 月・水・金\nお迎え時刻 1800\n連絡先 090.1234-1310';
    expect(note(text, 'SCAN_20240902_0001.pdf').class).toBe('I');
  });
});
