import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * OCR reads a photo more than once and may read its title well only in a later reading, below the
 * first lines: a line that is a catalog title and nothing else names the page wherever it stands.
 */
const classify = (text: string, ocr = true) =>
  classifyDocument(getPack('kumamoto'), { name: 'IMG_5120.jpg', text, ...(ocr ? { ocr: { pages: 1 } } : {}) });

const PAGE = [
  '——',
  'こころのアンケ ー ij',
  '2年 3組 14番 氏名 松本 彩',
  'よく眠れる',
  'es Ol lm',
  '2年3組14番氏名松本彩菓',
  'こころのアンケート',
  '質問：回答',
  'よく眠れる：いいえ',
  '相談できる人がいる：いいえ',
].join('\n');

describe('a title alone on a line below the first lines of a photo', () => {
  it('names the filled-in survey (Ⅰ)', () => {
    const r = classify(PAGE);
    expect(r.class, r.reasons.join('\n')).toBe('I');
    expect(r.reasons.join('\n')).toContain('こころのアンケート');
  });

  it('is not taken from a menu of a system screen, whose first lines hold no such title', () => {
    const text = [
      '校務支援システム | ログイン',
      'ホーム 利用者ID パスワード',
      '児童管理',
      '出欠管理',
      '成績管理',
      '指導記録',
      '帳票出力',
    ].join('\n');
    expect(classify(text).reasons.join('\n')).not.toContain('指導記録');
  });

  it('is not taken from a line that says more than the title', () => {
    const text = ['学年だより 11月号', '行事予定', '11/20 こころのアンケートを実施します', '面談週間'].join('\n');
    expect(classify(text).class).not.toBe('I');
  });

  it('is read only in a photo or a scan', () => {
    const text = ['学年会 議事録', '学年団 6名', '会議室 2', '行事の確認', '生徒の様子', 'こころのアンケート'].join('\n');
    expect(classify(text, false).reasons.join('\n')).not.toContain('表題に「こころのアンケート」');
  });
});
