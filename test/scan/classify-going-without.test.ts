import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A child going without what a home gives (pack.yaml `matters[].lacking`: 朝食, ご飯, 靴下 …), told only
 * when its clause denies it (朝食なし, ご飯が出ていない, 靴下はいてなかった), is the family's circumstances
 * told of the pupil named beside it; the same words not denied, or with nobody named, are not.
 */
const pack = getPack('kumamoto');
const memo = (text: string, name = 'メモ.txt') => classifyDocument(pack, { name, type: 'txt', text });

describe('a child going without', () => {
  it('a neighbour’s note that a pupil came without socks again is her 生活歴 (Ⅰ)', () => {
    const r = memo('上谷橋のところで福島 ひなたちゃん、今日も靴下はいてなかった。\n教頭先生に言っといた。', '見守りメモ.txt');
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a watch log’s 「6/4 原 澪 朝食なし」 is the pupil’s 生活歴 (Ⅰ)', () => {
    const r = memo(['見守り記録', '6/4 原 澪 朝食なし、同じ服3日目', '6/5 左腕に新しいあざ'].join('\n'), '見守り記録.txt');
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a family’s statement that a parent cannot work for illness, signed, is their circumstances (Ⅰ)', () => {
    const r = classifyDocument(pack, {
      name: 'IMG_2210.jpg',
      text: ['申立書', '私は昨年から病気のため働けず', '現在は貯金と親からの援助で生活しています。', '今村結衣'].join('\n'),
      ocr: { pages: 1 },
    });
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('a day set aside when staff may not work overtime is nobody’s circumstances', () => {
    expect(
      memo(['働き方改革について', '時間外に働けない日を設けます。', '山田 花子'].join('\n'), '働き方.docx').class,
    ).toBeNull();
  });

  it('a pupil who ate breakfast well is no one going without', () => {
    expect(memo('山田 花子さんは朝ご飯をしっかり食べてきたそうです。').class).toBeNull();
  });

  it('a trip’s plan without breakfast names no pupil', () => {
    expect(memo('7/2 修学旅行 2日目 朝食なし（各自で購入）、9:00 集合').class).toBeNull();
  });
});
