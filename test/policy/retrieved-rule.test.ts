import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A rule about no document that none of its words names, found by what the question shares with
 * the rule's name, phrase and clauses (policy/understand/retrieve-situation.ts): by reading for
 * kana, by stem for English, and answered as the rule to follow when the question asks what it is.
 */
const pack = getPack('kumamoto');

describe('rules about no document found by what they say', () => {
  test('typed in kana: the screen left unlocked when one steps away', () => {
    const d = ask(pack, 'ぱそこんの がめん ろっくしないで せきを はなれても いい？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBeNull();
    expect(d.situation?.id).toBe('screen_unlocked');
  });

  test('in English: one password for the school system and the bank', () => {
    const d = ask(pack, 'Is it a problem if my password for the school system is the same one I use for my bank?');
    expect(d.decision).toBe('prohibited');
    expect(d.situation?.id).toBe('password_reuse');
  });

  test('asked what the rule is, in words no list holds: the rule to follow, with its clause', () => {
    const d = ask(pack, '席を立つとき、画面ロックは必要ですか');
    expect(d.decision).toBe('conditional');
    expect(d.citations).toContain('4-1(1)⑦');
  });

  test("a pupil's forgotten password, asked how to handle it: reset by the administrators (9-2(3))", () => {
    const d = ask(pack, '生徒がパスワードを忘れてしまった時はどう対応すればいいでしょうか');
    expect(d.decision).toBe('conditional');
    expect(d.citations).toContain('9-2(3)③');
  });

  test('a question about a document that names none still asks which one', () => {
    expect(ask(pack, '学年の先生に送りたい').decision).toBe('unknown');
  });

  test('a question about something else than a rule is not given one', () => {
    expect(ask(pack, 'タブレットの画面を割ってしまった子がいます。修理費は誰が払うの？').situation?.id).not.toBe(
      'screen_unlocked',
    );
  });
});
