import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A document named with only a measure and no act (パスワードかけなくていい？, 細断しなくていい？):
 * the question asks of the act the measure is taken for (handling.yaml conditions.measure_of).
 */
const pack = getPack('kumamoto');

describe('only a measure said', () => {
  test('a class IV newsletter without a password: e-mailing it is allowed', () => {
    const d = ask(pack, '学年だよりって暗号化しなくても大丈夫ですか？');
    expect(d.action).toBe('email_external');
    expect(d.decision).toBe('allowed');
  });

  test('a class II survey without a password: not allowed as is', () => {
    const d = ask(pack, '進路希望調査の一覧、パスワードはかけなくていいよね？');
    expect(d.action).toBe('email_external');
    expect(['prohibited', 'conditional']).toContain(d.decision);
  });

  test('a class III chart not shredded: disposal', () => {
    const d = ask(pack, '名列表はシュレッダーにかけなくてもいいですか？');
    expect(d.action).toBe('dispose');
    expect(d.decision).not.toBe('allowed');
  });

  test("a login's password with no document stays a password question", () => {
    const d = ask(pack, 'パスワードを自分の誕生日にしてもいいかな？');
    expect(d.action).toBeNull();
    expect(d.decision).toBe('prohibited');
  });
});
