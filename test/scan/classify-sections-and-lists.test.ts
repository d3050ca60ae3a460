import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A case meeting's heading over a list of pupils, one a line, with what was said of each
 * (「ケース会議 7/1」 「①上村 彩花 場面緘黙 通級」).
 */
const pack = getPack('kumamoto');
const scan = (name: string, text: string) => classifyDocument(pack, { name, text, ocr: { pages: 1 } });

describe('a case meeting over a list of pupils', () => {
  const list = ['ケース会議 7 / 1', '①上村 彩花 場面級黙づ通級', '②井上 ひなた 車いすでエレベーター', '③坂本 蒼 母うつ 祖母同席'];

  it('is the meeting’s record of those pupils (Ⅰ)', () => {
    const r = scan('ケース会議_0701.jpg', list.join('\n'));
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a list of the staff who attend names no one the meeting is about', () => {
    expect(
      scan('ケース会議.jpg', ['ケース会議 7 / 1', '①山田先生 司会', '②佐藤先生 記録', '③中村先生 報告'].join('\n')).class,
    ).toBeNull();
  });

  it('pupils beside times only are a schedule, not what was said of them', () => {
    const r = scan('ケース会議.jpg', ['ケース会議 7 / 1', '①上村 彩花 15:00', '②井上 ひなた 15:30', '③坂本 蒼 16:00'].join('\n'));
    expect(r.class).toBeNull();
  });
});

describe('a record named with の between (補導の記録)', () => {
  it('a photographed 街頭補導の記録 is at least class Ⅱ, as 補導記録 would be', () => {
    const r = scan(
      '補導メモ.jpg',
      ['街頭補導の記録', '青少年センター 街頭補導活動', '日時 場所 氏名 学校・学年 事由 措置'].join('\n'),
    );
    expect(['I', 'II']).toContain(r.class);
    expect(r.reasons.join('\n')).toContain('補導の記録');
  });

  it('the same heading typed with a pupil named is the record (Ⅰ)', () => {
    const r = classifyDocument(pack, {
      name: '補導メモ.docx',
      type: 'docx',
      text: ['街頭補導の記録', '日時：7/12 22:10', '氏名：村上 芽依', '学校：見本中3年', '事由：深夜徘徊'].join('\n'),
    });
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });
});
