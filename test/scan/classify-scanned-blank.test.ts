import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A photographed or scanned filled form (blind-7 IMG_0562 出席簿, scan_20260601_1010.pdf
 * 学校生活管理指導表): OCR reads the printed labels and drops the hand's writing in the cells, so
 * labels without values are weak evidence of a blank form. A class Ⅰ record read by OCR is not
 * lowered below Ⅱ for it; text read from the file itself keeps the blank form.
 */
const ATTENDANCE = '出席簿\n令和 年度 年 組\n番号 氏名 1 2 3 4 5 6 7 欠席 遅刻 早退\n担任';
const classify = (text: string, name: string, ocr?: ClassifyInput['ocr']) =>
  classifyDocument(getPack('kumamoto'), {
    name,
    type: ocr ? 'image' : 'docx',
    text,
    headings: text.split('\n').slice(0, 1),
    tables: [],
    ...(ocr ? { ocr } : {}),
  });

describe('a record form read by OCR with no values read', () => {
  it('is kept at class II at least: blankness cannot be told from OCR', () => {
    const result = classify(ATTENDANCE, 'IMG_0562.jpg', { pages: 1 });
    expect(result.class).toBe('II');
    expect(result.asset?.id).toBe('attendance_book');
    expect(result.reasons[0]).toContain('記入の有無を確かめられない');
  });

  it('is the record itself when OCR reads someone in it', () => {
    const text = `${ATTENDANCE}\n2年1組 5番 山田 太郎 11/6 欠席 風邪のため`;
    const result = classify(text, 'IMG_0563.jpg', { pages: 1 });
    expect(result.class).toBe('I');
  });

  it('stays the blank form when the text was the file’s own', () => {
    expect(classify(ATTENDANCE, '出席簿.docx').class).toBe('IV');
  });
});
