import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A rule asked for how far it reaches, with no document named (どこまで, 何なら, 毎回, in the sentence
 * of the act): the act's rule class by class (第3表), 条件付きで可 as some classes may, on their terms.
 */
const pack = getPack('kumamoto');

describe('a rule asked for how far it reaches', () => {
  test('クラウドに保存できる情報ってどこまで？: Ⅰ・Ⅱ 禁止, Ⅲ・Ⅳ 可, one line each', () => {
    const d = ask(pack, 'クラウドに保存できる情報ってどこまで？');
    expect(d.decision).toBe('conditional');
    expect(d.class).toBeNull();
    expect(d.action).toBe('cloud_store');
    expect(d.conditions).toEqual(['重要性分類Ⅰ・Ⅱ: 禁止', '重要性分類Ⅲ・Ⅳ: 可']);
    expect(d.citations).toContain('2-2(7)⑤');
    expect(d.answer).toContain('重要性分類によって');
  });

  test('毎回パスワード要る？: the password for Ⅰ–Ⅲ, none for Ⅳ', () => {
    const d = ask(pack, '外にメール送るとき毎回パスワード要る？');
    expect(d.decision).toBe('conditional');
    expect(d.conditions).toHaveLength(2);
    expect(d.conditions[0]).toContain('パスワード');
    expect(d.conditions[1]).toBe('重要性分類Ⅳ: 可');
  });

  test('in English', () => {
    const d = ask(pack, "What kind of information can I post on the school's Instagram?");
    expect(d.decision).toBe('conditional');
    expect(d.conditions.at(-1)).toBe('Class IV: Allowed');
  });

  test('a word of kind in another sentence than the act asks something else', () => {
    expect(ask(pack, '初めての家庭訪問です。どんなことを聞いておけばいいですか？').decision).toBe('unknown');
  });

  test('a document named keeps its own answer', () => {
    const d = ask(pack, '通知表はどこまで家に持ち帰れる？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('II');
  });

  test('a rule decided alike for every class is not split (LINE)', () => {
    expect(ask(pack, 'LINEで送っていい情報ってどこまで？').decision).toBe('prohibited');
  });
});
