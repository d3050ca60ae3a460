import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * 第3表 机上への置き去り, 4-1(1)⑥: a paper left out is 条件付きで可 for class Ⅲ while one stays; the
 * teacher going away (席を外す, 授業に行く, 帰る, while I go to class) is the occasion the measure is
 * for, and not said to be taken (a locked room), it is not: 禁止 as described. Left for good
 * (置きっぱなし, 放置, 置き去り) says the teacher is away from it.
 */
const pack = getPack('kumamoto');

describe('a paper left out when the teacher goes away', () => {
  test('class Ⅲ left on the desk, said as staying: still 条件付きで可', () => {
    const d = ask(pack, '座席表を机の上に置いたままでいい？');
    expect(d.decision).toBe('conditional');
    expect(d.action).toBe('leave_on_desk');
  });

  test('class Ⅲ left on the desk while going to class: 禁止', () => {
    const d = ask(pack, '座席表を机に置いたまま授業に行ってもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('class Ⅲ left on the desk while stepping away (席を外す): 禁止', () => {
    const d = ask(pack, '座席表、机に置いたまま席を外しても大丈夫？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('in English, "while I go to class": prohibited', () => {
    const d = ask(pack, 'Is it okay to leave the class name list on my desk in the staff room while I go to class?');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('going away from a locked room: the measure is met, 条件付きで可', () => {
    const d = ask(pack, '座席表を鍵をかけた職員室の机に置いたまま帰ってもいい？');
    expect(d.decision).toBe('conditional');
  });

  test('left for good (置きっぱなし, 放置) is going away from it: 禁止', () => {
    for (const q of ['出席簿補助簿を机の上におきっぱなし だめですか', '座席表を教卓に放置してもいい？']) {
      const d = ask(pack, q);
      expect(d.decision, q).toBe('prohibited');
      expect(d.action, q).toBe('leave_on_desk');
    }
  });

  test('going away denied (席は外さない) says nothing: 条件付きで可', () => {
    const d = ask(pack, '座席表を机の上に置いておいてもいい？席は外さないです');
    expect(d.decision).toBe('conditional');
  });
});

describe('going away with a document out names leaving it', () => {
  test('a class Ⅰ document open when stepping away, no other act said: 禁止, leave_on_desk', () => {
    const d = ask(pack, '指導要録の下書き、開いたまま席外してもちょっとならいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('I');
    expect(d.action).toBe('leave_on_desk');
  });

  test('a class Ⅱ screen left unlocked when stepping away: leave_on_desk for the class', () => {
    const d = ask(pack, '通知表の入力中なんですが、画面ロックせずに少し席を外してもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('going on a trip with a document taken: the act said wins (take_out)', () => {
    const d = ask(pack, '通知表を持って出張するので持ち出してもいい？');
    expect(d.action).toBe('take_out');
  });
});

describe('spread out and kept so (広げとく)', () => {
  test('a class Ⅱ paper spread out in the staff room till tomorrow: 禁止, leave_on_desk', () => {
    const d = ask(pack, '通知表、職員室の机に広げといて明日まとめよう');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });
});
