import { describe, expect, it } from 'vitest';
import { findNames } from '../../policy/classify/read-names.js';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Forms read by OCR (a photo, a scan): fields stand as 「見出し　値」 with a wide space, and a remark
 * written after a colon may hold words that are labels elsewhere (未処置歯, 体温).
 */
const classify = (text: string, name = 'IMG_0412.jpg') =>
  classifyDocument(getPack('kumamoto'), { name, text, headings: text.split('\n').slice(0, 1) });

describe('forms read by OCR', () => {
  it('a remark after a colon is written in, with a label word inside it', () => {
    const text = ['歯・口腔の健康診断票', '学校歯科医所見 : 未処置歯2本、歯科医院での受診をすすめます。'].join('\n');
    const r = classify(text);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('記入済み');
  });

  it('the same form with its remark line empty is the blank form', () => {
    const r = classify(['歯・口腔の健康診断票', '学校歯科医所見 :', '未処置歯   本'].join('\n'));
    expect(r.class).toBe('IV');
  });

  it('a pupil named in a form with a symptom in a field is that pupil’s health record', () => {
    const text = [
      '欠 席 届',
      '学年・組      2年3組 8番',
      '生徒氏名      松尾 陽菜',
      '欠席期間      2月3日 (月) から 2月4日 (火)',
      '理由          嘔吐と下痢 (胃腸炎)',
      '保護者氏名 松尾 恵',
    ].join('\n');
    const r = classify(text, 'scan_0203.jpg');
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('記入欄: 氏名・症状・病名');
  });

  it('a form naming nobody, with a symptom printed as a choice, is no record', () => {
    const text = ['欠 席 届', '生徒氏名', '理由          発熱', '保護者氏名'].join('\n');
    const r = classify(text, 'scan_0204.jpg');
    expect(r.class === null || r.class === 'IV', r.reasons.join('\n')).toBe(true);
  });
});

describe('names in OCR text', () => {
  it('two kanji of a misread word (課税丁明書 for 課税証明書) are no person', () => {
    expect(findNames('添付 : 課税丁明書 (写)', ['さん', '先生'])).toEqual([]);
  });

  it('a short name standing apart is still a person', () => {
    const keys = (s: string) => findNames(s, ['さん', '先生']).map((n) => n.key);
    expect(keys('担任 森葵')).toEqual(['森葵']);
    expect(keys('申請者山田太郎分')).toEqual(['山田太郎']);
  });
});
