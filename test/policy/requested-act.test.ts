import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Someone asks the school for a thing (「住所を教えてほしい」と電話, 同窓会の人が欲しがってる) and the
 * teacher names no act of their own: giving it to them is the act asked about, and asked for in
 * words it is a request without a written inquiry (informal_request: 要相談 for Ⅰ・Ⅱ, 4-1(1)①).
 */
const pack = getPack('kumamoto');

describe('a thing someone asks for is given to them', () => {
  test('the police ask by phone for addresses: giving them, 要相談', () => {
    const d = ask(
      pack,
      '警察から「該当生徒の住所と保護者の電話番号を教えてほしい」と電話で頼まれました。口頭で答えてもいいものでしょうか。',
    );
    expect(d.action).toBe('provide_external');
    expect(d.decision).toBe('consult');
    expect(d.class).toBe('I');
  });

  test('an employer asks to be told the attendance: 要相談, not 可', () => {
    const d = ask(
      pack,
      'ある生徒の勤務先の社長さんから電話があり、「出席状況を教えてほしい」と言われました。答えていいものでしょうか。',
    );
    expect(d.action).toBe('provide_external');
    expect(d.decision).toBe('consult');
  });

  test('a teacher of another school asks to be told grades: 要相談, not 条件付きで可', () => {
    const d = ask(pack, '私立高校の先生が来校され、生徒の成績を口頭で教えてほしいと言われました。答えてもいいですか。');
    expect(d.action).toBe('provide_external');
    expect(d.decision).toBe('consult');
  });

  test('someone else wants it (欲しがってる): the act is giving it', () => {
    const d = ask(pack, '卒業生の進路先一覧、同窓会の人が欲しがってるんだけど');
    expect(d.action).toBe('provide_external');
    expect(d.decision).toBe('prohibited');
  });

  test('asked for in writing: no request without an inquiry', () => {
    const d = ask(pack, '警察から文書で「生徒の住所を教えてほしい」と依頼がありました。');
    expect(d.action).toBe('provide_external');
    expect(d.decision).not.toBe('consult');
  });

  test('a colleague asks: not given outside', () => {
    const d = ask(pack, '担任の先生から、ある生徒が何を借りているか教えてほしいと言われました。');
    expect(d.action).not.toBe('provide_external');
  });

  test('the teacher asking mamoru is no request', () => {
    const d = ask(pack, '通知表の扱いを教えてほしいです');
    expect(d.action ?? null).toBeNull();
  });
});
