import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/** The act implied by when, where or on what the work is done, not named (週末に仕上げたい). */
const pack = getPack('kumamoto');

describe('work outside the school implied by a time out of school hours', () => {
  test('finished at the weekend (週末に仕上げたい) is worked on outside: prohibited for Ⅱ', () => {
    const d = ask(pack, '通知表の所見、週末に仕上げたい');
    expect(d.action).toBe('process_outside');
    expect(d.decision).toBe('prohibited');
  });

  test('any verb of work said after the time (夏休み中にまとめよう)', () => {
    const d = ask(pack, '通知表の所見、冬休みにまとめようかな');
    expect(d.action).toBe('process_outside');
  });

  test('the school said between the time and the verb keeps it inside (週末に学校で)', () => {
    const d = ask(pack, '通知表の所見、週末に学校で仕上げたい');
    expect(d.action).not.toBe('process_outside');
  });

  test('a time inside the school day (昼休みに) implies nothing outside', () => {
    const d = ask(pack, '評定一覧、昼休みに印刷して教室で確認しよう');
    expect(d.action).not.toBe('process_outside');
  });

  test('another act named (週末に捨てる) is that act', () => {
    const d = ask(pack, '健康診断票、週末に捨てる');
    expect(d.action).toBe('dispose');
  });
});

describe("taken home implied by being left in the teacher's car", () => {
  test('left in the car overnight (車の中に置いといて) goes home with it: prohibited for Ⅰ', () => {
    const d = ask(pack, 'いじめアンケートの結果、車の中に置いといて明日の朝学校で出せばよかよね');
    expect(d.action).toBe('take_home');
    expect(d.decision).toBe('prohibited');
  });

  test('put in the car is not left on a desk, whatever the ending (置きっぱなし)', () => {
    const d = ask(pack, '成績一覧、車に置きっぱなしにしとこう');
    expect(d.action).toBe('take_home');
  });

  test('loaded in a car to be carried somewhere (車に積んで運ぶ) stays transport', () => {
    const d = ask(pack, '調査書を車に積んで教育委員会に運ぶ');
    expect(d.action).toBe('transport');
  });
});

describe("the teacher's parents' home (実家) as a place of work", () => {
  test('worked on at 実家 (実家でやろうかな) is work at home, not a use outside work', () => {
    const d = ask(pack, '座席表、実家で見直そうかな');
    expect(d.situation).toBeUndefined();
    expect(d.action).toBe('take_home');
    expect(d.decision).toBe('conditional');
  });

  test('sent to 実家 (実家に送った) stays a use outside work', () => {
    const d = ask(pack, '座席表を実家に送った');
    expect(d.situation?.id).toBe('non_work_use');
  });
});

describe('worked on after going home (帰ってからやろう)', () => {
  test('gone home, then worked on, is taken home, not left on a desk', () => {
    const d = ask(pack, '通知表の所見、家に帰ってからやろう');
    expect(d.action).toBe('take_home');
    expect(d.decision).toBe('prohibited');
  });

  test('帰宅してから and any verb of work too', () => {
    expect(ask(pack, '通知表の所見、帰宅してから仕上げよう').action).toBe('take_home');
  });

  test('going away with it left out (開いたまま席外しても) stays left on the desk', () => {
    expect(ask(pack, '調査書、開いたまま席外しても').action).toBe('leave_on_desk');
  });
});
