import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('the act a question asks about is read from its predicate when no act word matched', () => {
  test('a verb of carrying compounded with one of motion by て, in any form: taken out', () => {
    // 持って回る and 持って歩く are in no list: 持つ (carry) + 回る/歩く (motion).
    expect(ask(pack, '家庭訪問の記録ば持って回るとに、いちいち校長の許可いるとね？').action).toBe('take_out');
    expect(ask(pack, '通知表を持って歩いていい？').action).toBe('take_out');
    // A listed verb of carrying conjugated (持ち歩いて).
    expect(ask(pack, '成績一覧を持ち歩いていい？').action).toBe('take_out');
  });

  test('an outside event anywhere in the argument phrase, not only its head: taken out', () => {
    expect(ask(pack, '学校生活管理指導表を修学旅行の引率時に携行してもよろしいでしょうか。').action).toBe('take_out');
    expect(ask(pack, '指導要録を校外学習の引率中に持っていい？').action).toBe('take_out');
  });

  test('a thing merely held, or said to no one known, asks no act', () => {
    expect(ask(pack, '育休の手続きって誰に書類を出せばいい？').action).toBeNull();
    expect(ask(pack, '成績一覧、担任も持っていていい？').action).not.toBe('take_out');
  });
});
