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

  it('a surname alone after its class is a pupil (5年2組 久保)', () => {
    const keys = (s: string) => findNames(s, ['さん', '先生']).map((n) => n.key);
    expect(keys('※5年2組 久保 卵アレルギー')).toEqual(['久保']);
    expect(keys('5年2組 給食当番')).toEqual([]);
  });
});

describe('a nurse’s note photographed', () => {
  it('pupils by class and surname beside allergies and diabetes are their health record, not a blank form', () => {
    const text = [
      '6/12 (金) 保健室 連絡',
      '※5年2組 久保 卵アレルギー',
      'エピペン 職員室 冷蔵庫',
      '※9年2組 木村 1型糖尿病',
      '昼前 血糖測定 (保健室)',
    ].join('\n');
    const r = classify(text, 'IMG_1234.jpg');
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('an allergy survey form with nobody named stays the blank form', () => {
    const r = classify(['食物アレルギー調査票', '年　組　氏名', '原因食物', 'エピペン所持 有・無'].join('\n'), 'IMG_0001.jpg');
    expect(r.class === null || r.class === 'IV', r.reasons.join('\n')).toBe(true);
  });
});

describe('violence told in plain words', () => {
  it('a pupil who says a parent hit them is told of (叩かれた, any form)', () => {
    const text = [
      '緒方先生、2組の橋本さん、今日も長袖でした。明日',
      'お父さんに叩かれたと休み時間に話していたそうです。',
      'ありがとうございます。 教頭先生にも伝えます。',
    ].join('\n');
    const r = classify(text, 'スクリーンショット 2026-06-08 153012.png');
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a drum played at a school event tells of nobody', () => {
    const r = classify(['音楽会のお知らせ', '太鼓を叩く演奏を4年生が披露します。', 'ご来場ください。'].join('\n'), '音楽会.png');
    expect(r.class === null || r.class === 'IV' || r.class === 'III', r.reasons.join('\n')).toBe(true);
  });
});
