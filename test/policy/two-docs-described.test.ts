import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { saysJoined } from '../../policy/understand/describe-phrases.js';
import { termOf } from '../../policy/understand/describe-terms.js';

const pack = getPack('kumamoto');

describe('a catalog name said with の between its words (家庭の状況 ~ 家庭状況)', () => {
  test('the words in order joined by の name it; apart or out of order they do not', () => {
    const said = (text: string, name: string[]) => {
      const m = analyze(text);
      return saysJoined(m, m.map(termOf), name);
    };
    expect(said('ある子の家庭の状況を書いたメモ', ['家庭', '状況'])).toBe(true);
    expect(said('状況の家庭', ['家庭', '状況'])).toBe(false);
    expect(said('家庭と学校の状況', ['家庭', '状況'])).toBe(false);
  });
});

describe('two documents in one file or mail: the stricter, described one rules', () => {
  test('a class list and a memo on a pupil’s home situation in one file is class Ⅰ, not 可 on Teams', () => {
    const d = ask(
      pack,
      'クラスの係名簿と、ある生徒の家庭の状況をまとめたメモを一つのファイルにして、Teamsのクラスのチームに置いていい？',
    );
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });

  test('「保健だよりの原稿と保健室の来室記録」: the phrase after the newsletter’s name joins it, the record is class Ⅰ', () => {
    const d = ask(pack, '保健だよりの原稿と保健室の来室記録を一緒に校医さんにメールしていい？');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('conditional');
  });
});

describe('two documents listed before a comma (「AとB、どっちも…」)', () => {
  test('the record listed beside the newsletter is read, and the stricter class rules the desk', () => {
    const d = ask(pack, '保健室の来室記録と保健だより、どっちも生徒の目に触れる場所に置いていい？');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });
});
