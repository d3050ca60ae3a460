import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, getPack } from '../../policy/index.js';

/**
 * A pupil a note tells about without a name: a member of the family after the pupil's class
 * (「5-2 母」「2年1組の陽菜の母」), the pupil by year and sex in any note, and a pupil the file's
 * name points at whose folder names the matter (保健部/発作記録/小2-2-2.csv). A notice or a rule
 * that names a class and a family word without a pupil stays lower.
 */
const classify = (text: string, name = 'メモ.txt', more: Partial<ClassifyInput> = {}) =>
  classifyDocument(getPack('kumamoto'), { name, type: 'txt', text, ...more });

describe('a member of the family after a class', () => {
  it('reads a consultation log by 「5-2 母」 as the pupil’s counselling record', () => {
    const text = [
      '日付\t相談者\t内容',
      '5/14\t5-2 母\t子が「死にたい」と言ったことがある。SC面談を希望。',
      '5/20\t4-1 本人\t友達関係。LINEグループから外された。',
    ].join('\n');
    expect(classify(text, '相談受付.ods').class).toBe('I');
  });

  it.each([
    '5-2 母より、家賃が払えないと相談があった。',
    '2年1組の陽菜の母です。娘が不登校になっています。',
    '3年2組の母親から、子どもが通院していると連絡。',
  ])('is class I for 「%s」', (text) => {
    expect(classify(text).class).toBe('I');
  });

  it('is no pupil in a section number or a body (2-2 父母, 5-2 母子保健)', () => {
    expect(classify('2-2 父母の離婚に関する規定を確認する。').class).not.toBe('I');
    expect(classify('令和7年5-2 母子保健の研修で虐待の事例を学んだ。').class).not.toBe('I');
  });
});

describe('a pupil by year and sex in a memo', () => {
  it('reads 「3年の男子」 beside 一時保護 as a pupil', () => {
    expect(classify('3年の男子が児相に一時保護された。').class).toBe('I');
  });
});

describe('a court order keeping a parent away', () => {
  it('is a family matter of the pupil named beside it', () => {
    const text = '本日、2年 森 紬 さんは父ではなく祖母がお迎えです（保護命令中のため父への引き渡し不可）。';
    expect(classify(text, '引き渡し連絡.txt').class).toBe('I');
  });

  it('tells nothing without a pupil', () => {
    expect(classify('保護命令が出ている場合の引き渡しの手順について説明します。').class).not.toBe('I');
  });
});

describe('a pupil the file name points at, filed under a matter', () => {
  const log = [
    'date,time,duration_sec,type,action',
    '2026-06-23,15:13,65,脱力,経過観察',
    '2026-04-24,13:20,239,欠神,座薬挿入',
  ].join('\n');

  it('is class I in 保健部/発作記録/小2-2-2.csv', () => {
    const r = classify(log, '小2-2-2.csv', { type: 'csv', path: '共有ドライブ/保健部/発作記録/小2-2-2.csv' });
    expect(r.class).toBe('I');
    expect(r.reasons[0]).toContain('ファイル名とフォルダ名');
  });

  it('is nothing without a pupil in the file name, or without a matter in the folder', () => {
    expect(classify(log, '記録一覧.csv', { type: 'csv', path: '共有ドライブ/保健部/発作記録/記録一覧.csv' }).class).toBeNull();
    expect(classify(log, '小2-2-2.csv', { type: 'csv', path: '共有ドライブ/保健部/記録/小2-2-2.csv' }).class).toBeNull();
  });

  it('reads no matter in a folder that names a body or an event', () => {
    const r = classify(log, '小2-2-2.csv', { type: 'csv', path: '共有ドライブ/いじめ対策委員会/小2-2-2.csv' });
    expect(r.class).toBeNull();
  });
});

describe('a notice about such records stays lower', () => {
  it('keeps a health check notice and a handout about ASD in general below class II', () => {
    const notice = classify(
      '健康診断のお知らせ\n6月10日に3年2組の健康診断を行います。保護者の方はご確認ください。',
      'お知らせ.txt',
    );
    expect(['III', 'IV', null]).toContain(notice.class);
    const handout = classify(
      'ASD（自閉スペクトラム症）の子どもへの支援について\n診断を受けている子どもは、見通しが持てると落ち着きます。',
      '研修資料.txt',
    );
    expect(['III', 'IV', null]).toContain(handout.class);
  });
});
