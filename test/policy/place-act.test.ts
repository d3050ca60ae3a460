import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { actOfPlace } from '../../policy/understand/place-act.js';

const pack = getPack('kumamoto');
const actOf = (text: string) => actOfPlace(analyze(text), text);

describe('a named document and no act word: the act from where and how it is used (第3表)', () => {
  test('written at home, typed in kana (いえでかいて), is taking it home: prohibited for class Ⅰ', () => {
    const d = ask(pack, '指導要録、いえでかいてもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('I');
    expect(d.action).toBe('take_home');
  });

  test('a photograph kept to look at later is a copy on a private phone: prohibited for class Ⅰ', () => {
    const d = ask(pack, '健康調査票、すぐ見られるように写真撮っておこうかな');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('private_device');
  });

  test('the same in kana (しゃめとって)', () => {
    const d = ask(pack, 'じゅうしょろく しゃめとってもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('private_device');
  });

  test('put up inside the school (校内掲示) is showing it to all: prohibited for class Ⅰ', () => {
    const d = ask(pack, '人権作文を校内掲示してもよろしいでしょうか');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('publish');
  });

  test('another staff member holding it too is a copy: class Ⅰ needs permission', () => {
    const d = ask(pack, '就学援助を受けている家庭の一覧、学年主任も持っていていい？');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('copy');
  });

  test('passed on to the next class teacher is a copy: class Ⅲ may be copied', () => {
    const d = ask(pack, '確認テストの問題、隣のクラスの先生に回してもいい？');
    expect(d.decision).toBe('allowed');
    expect(d.class).toBe('III');
    expect(d.action).toBe('copy');
  });
});

describe('actOfPlace reads no act where the words say otherwise', () => {
  test('a home place negated (自宅ではなく) is not at home', () => {
    expect(actOf('指導要録を自宅ではなく学校で書く')).toBeNull();
  });

  test('a photo taken with a school device is not on a private phone', () => {
    expect(actOf('通知表を学校のタブレットで写真撮っていい？')).not.toBe('private_device');
  });

  test('持っていく is carrying it somewhere, not holding a copy', () => {
    expect(actOf('健康診断票を持っていっていい？')).toBeNull();
  });
});
