import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * 第3表 机上への置き去り, 4-1(1)⑥: a paper left out is 条件付きで可 for class Ⅲ while one stays; the
 * teacher going away (席を外す, 授業に行く, 帰る, while I go to class) is the occasion the measure is
 * for, and not said to be taken (a locked room), it is not: 禁止 as described.
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

  test('going away denied (席は外さない) says nothing: 条件付きで可', () => {
    const d = ask(pack, '座席表を机の上に置いておいてもいい？席は外さないです');
    expect(d.decision).toBe('conditional');
  });
});
