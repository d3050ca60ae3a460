import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Pack words read as the catalog's concepts: a family's right to stay (在留期限, ビザ, 入管) is the
 * family matter, as 在留資格 is; pupils beside 第1希望 | 第2希望 are a 進路希望調査 filled in, as beside
 * 第1志望, but not a 面談's wishes.
 */
const pack = getPack('kumamoto');
const note = (text: string) => classifyDocument(pack, { name: '連絡メモ11.md', type: 'md', text });
const sheet = (rows: string[][], name: string) =>
  classifyDocument(pack, {
    name,
    type: 'xlsx',
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ rows, headerRow: 0 }],
  });

describe('residence and choices', () => {
  it('a pupil whose family’s stay runs out is the pupil’s 生活歴 (Ⅰ)', () => {
    const r = note(
      'メモ 6/11\n宮崎 七海さん（外国籍）在留期限が切れそうで家族が不安。入管手続きの支援を地域の日本語教室に依頼した。',
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('pupils beside 第1希望 and 第2希望 are the career survey (Ⅱ); a 面談’s wishes are not', () => {
    const rows = [
      ['番', '氏名', '第1希望', '第2希望'],
      ['1', '平井 七海', '就職', '東高'],
      ['2', '松永 心春', '商業高', '未定'],
      ['3', '村上 陽菜', '工業高', '東高'],
    ];
    expect(sheet(rows, 'export_6.xlsx').class).toBe('II');
    const talks = [
      ['番', '氏名', '第1希望', '第2希望'],
      ['1', '平井 七海', '7/22 15:00', '7/23 15:30'],
      ['2', '松永 心春', '7/22 15:20', '7/24 16:00'],
      ['3', '村上 陽菜', '7/23 15:00', '7/24 15:20'],
    ];
    expect(sheet(talks, '個人面談希望日.xlsx').class).not.toBe('II');
  });
});
