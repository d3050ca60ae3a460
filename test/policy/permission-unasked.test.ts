import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { principalUntold } from '../../policy/understand/granted.js';

/**
 * A conditional answer rests on the principal's permission (包括的許可, 2-2(8)); a message that says
 * it was not had (「許可とってなかった」) or the principal not asked (「校長に言わずに」) is never
 * 条件付きで可: it needs the permission.
 */
const kumamoto = getPack('kumamoto');
const kurume = getPack('kurume');

describe('the principal not asked', () => {
  test('the analyzer reads the negated verb after the principal', () => {
    expect(principalUntold(analyze('校長に言わずに持って行った'), ['校長'])).toBe(true);
    expect(principalUntold(analyze('校長先生に相談しないで渡した'), ['校長'])).toBe(true);
    expect(principalUntold(analyze('校長にはまだ伝えていません'), ['校長'])).toBe(true);
    expect(principalUntold(analyze('校長に言われて持って行った'), ['校長'])).toBe(false);
    expect(principalUntold(analyze('校長に相談して渡した'), ['校長'])).toBe(false);
  });

  test('class III papers taken out without telling the principal: permit_required, not conditional', () => {
    const d = ask(kumamoto, '職員会議の資料、校長に言わずに研修会場へ持ち出しました');
    expect(d.decision).toBe('permit_required');
  });

  test('class I papers posted, permission not had: permit_required', () => {
    const d = ask(kumamoto, '調査書を宛名と差出人を書いて書留で送ったんですが、校長の許可はとっていませんでした');
    expect(d.decision).toBe('permit_required');
  });

  test('Kurume: not consulting the principal before giving a class I list outside', () => {
    const d = ask(kurume, '校長に相談せずに、職員の住所録を業者に渡していいですか');
    expect(d.decision).toBe('permit_required');
  });

  test('told by the principal: the conditional answer stands', () => {
    const d = ask(kumamoto, '校長に言われて、職員会議の資料を研修会場へ持ち出しました');
    expect(d.decision).toBe('conditional');
  });

  test('an allowed act stays allowed whatever is said of the permission', () => {
    const d = ask(kumamoto, '座席表をクラウドに置くのに、校長の許可取らなくてもいいよね？');
    expect(d.decision).toBe('allowed');
  });
});
