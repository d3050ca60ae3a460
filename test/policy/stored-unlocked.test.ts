import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

/**
 * 第3表 保管: papers and media of class Ⅰ–Ⅲ are kept locked (施錠保管 実施); class Ⅳ needs no lock.
 * A question about keeping a document where it is not locked, or whether it must be locked, is
 * answered by that row.
 */
const kumamoto = getPack('kumamoto');

describe('kept where it is not locked', () => {
  test('a class I register on a shelf with no lock: prohibited', () => {
    const d = ask(kumamoto, '卒業証書授与台帳の保管場所について、書庫の鍵のない棚でも問題ないでしょうか。');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('I');
    expect(d.citations).toContain('第3表');
  });

  test('a newsletter (class IV) need not be locked up', () => {
    const d = ask(kumamoto, '学級だよりは別に鍵のかかるところにしまわなくてもいいですよね？');
    expect(d.decision).toBe('allowed');
    expect(d.class).toBe('IV');
  });

  test('a blank questionnaire kept unlocked: allowed', () => {
    expect(ask(kumamoto, '記入前のアンケート用紙は施錠保管しないで済む？').decision).toBe('allowed');
  });
});

describe('a negated verb that describes a noun after it', () => {
  test('the document marked for the main verb is still named (健康診断票を鍵のかからないキャビネットに)', () => {
    const p = parseQuestion(
      kumamoto,
      '施錠できる棚がないので、健康診断票を鍵のかからないキャビネットに入れておいてもいいですか。',
    );
    expect(p.items.map((i) => i.id)).toContain('health_exam');
    const d = ask(kumamoto, '施錠できる棚がないので、健康診断票を鍵のかからないキャビネットに入れておいてもいいですか。');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('I');
  });

  test('what the clause itself says is not in the document stays out (住所を載せていない名簿)', () => {
    const p = parseQuestion(kumamoto, '住所を載せていない名簿をメールで送っていい？');
    expect(p.items.map((i) => i.id)).not.toContain('student_address_book');
  });
});
