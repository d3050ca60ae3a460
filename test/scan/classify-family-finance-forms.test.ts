import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A form filled in about one family's money: its person told by a role label (保護者, 児童生徒,
 * 口座名義) as much as by 氏名, beside a bank account or the household's income, is that family's
 * record (Ⅰ) whatever the aid or the form is called; the same form blank, or a notice about the aid, is not.
 */
const classify = (text: string, name = 'scan_0001.pdf', ocr = true) =>
  classifyDocument(getPack('kumamoto'), { name, type: name.split('.').pop()!, text, ...(ocr ? { ocr: { pages: 1 } } : {}) });

describe('a family finance form by its fields', () => {
  it('an application naming 保護者 and 児童生徒 beside a bank account is Ⅰ', () => {
    const text = [
      '特別支援教育就学奨励費 申請',
      '保護者            橋本 彩',
      '児童生徒          橋本 紗希',
      '世帯人数               4人',
      '振込先            ひのくに銀行 6558446',
    ].join('\n');
    const r = classify(text);
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a 口座名義 beside a bank filled in (a 口座振替依頼書) is Ⅰ', () => {
    const r = classify(
      ['口座振替依頼書', '口座名義：橋本 彩', '金融機関：ひのくに銀行 水前寺支店'].join('\n'),
      'furikae.docx',
      false,
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a household income written beside a pupil is the aid record (Ⅰ)', () => {
    const text = [
      '収入額・需要額調書',
      '児童生徒                 岩下 陽太',
      '世帯収入               3,120,000円',
      '保護者                    岩下 蒼',
    ].join('\n');
    const r = classify(text);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('世帯収入');
  });

  it('the same forms blank, and a notice about the aid, are not Ⅰ', () => {
    expect(
      classify(['収入額・需要額調書', '児童生徒：', '世帯収入：', '保護者：'].join('\n'), 'form.docx', false).class,
    ).not.toBe('I');
    const notice = [
      '就学援助のお知らせ',
      '世帯収入が基準以下のご家庭は申請できます。',
      '保護者の皆様は申請書を提出してください。',
    ].join('\n');
    expect(classify(notice, 'oshirase.docx', false).class).not.toBe('I');
  });
});
