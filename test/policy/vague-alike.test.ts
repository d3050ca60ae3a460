import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A vague word for a document (名簿, テスト) whose every reading the pack lists is decided the same
 * for what is done: that decision answers, for the usual reading, with the conditions of every
 * reading and a line saying the class depends on what it holds. Readings decided apart still ask.
 */
const pack = getPack('kumamoto');

describe('a vague word decided alike for every reading', () => {
  test('名簿 given to someone outside: 条件付き for names only and for addresses, both conditions listed', () => {
    const d = ask(pack, '修学旅行の名簿、旅行会社に渡してよか？');
    expect(d.decision).toBe('conditional');
    expect(d.class).toBe('III');
    expect(d.action).toBe('provide_external');
    expect(d.answer).toContain('中身によって分類が変わります');
    expect(d.answer).toContain('住所録');
    // Class Ⅰ's own condition for providing (2-2(5)): what the stricter reading needs is listed too.
    expect(d.conditions.length).toBeGreaterThan(pack.rulings.get('provide_external')!.get('III')!.conditions.length);
  });

  test('名簿 by a personal service: 禁止 for every reading', () => {
    const d = ask(pack, '名簿をLINEで送ったらいかん？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('personal_cloud');
  });

  test('名簿 by FAX: Ⅲ 条件付き but Ⅰ 禁止, so it still asks which', () => {
    const d = ask(pack, '名簿をFAXしていい？');
    expect(d.decision).toBe('unknown');
    expect(d.followUp?.choices.length).toBeGreaterThan(1);
  });

  test('名簿 taken out: Ⅲ 条件付き but Ⅰ 許可が必要, so it still asks which', () => {
    expect(ask(pack, '名簿を持ち出してもいい？').decision).toBe('unknown');
  });

  test('in English, the sentence in English', () => {
    const d = ask(pack, 'Can I give the roster to the tour company?');
    expect(d.decision).toBe('conditional');
    expect(d.answer).toContain('depends on what it holds');
  });
});
