import { describe, expect, test } from 'vitest';
import { ask, getPack, previousOf } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { permissionObtained } from '../../policy/understand/granted.js';

/**
 * A message that tells its act done with the principal's permission had (「校長の許可をもらって…
 * 持って行きました」) is answered as done with it: a ruling that asks the principal (許可が必要, or
 * 原則禁止 to consult about) is lifted to its conditions. A permission supposed (「許可もらえたら」)
 * or asked about (「どなたの許可をいただけば」) is no permission had.
 */
const kumamoto = getPack('kumamoto');

describe('the permission had for an act told done', () => {
  test('the analyzer tells a permission had from one supposed or asked about', () => {
    expect(permissionObtained(analyze('校長の許可をもらって、USBで持って行きました'))).toBe(true);
    expect(permissionObtained(analyze('許可は取ってあります'))).toBe(true);
    expect(permissionObtained(analyze('許可もらえたら、家で編集してもいい？'))).toBe(false);
    expect(permissionObtained(analyze('どなたの許可をいただけばよろしいでしょうか'))).toBe(false);
    expect(permissionObtained(analyze('許可をもらわずに持って行きました'))).toBe(false);
  });

  test('a USB (原則禁止) used with the permission had: no longer to consult about', () => {
    const d = ask(kumamoto, '校長先生の許可をもらって、暗号化したUSBで評定一覧を教育委員会に持って行きました');
    expect(['allowed', 'conditional']).toContain(d.decision);
  });

  test('asking whose permission it needs: still the principal’s to give', () => {
    const d = ask(kumamoto, '入学者選抜の問題を校外の印刷所へお持ちする場合、どなたの許可をいただけばよろしいでしょうか。');
    expect(d.decision).toBe('permit_required');
  });

  test('a plan, not a deed: a USB asked about with a permission supposed stays to consult', () => {
    const d = ask(kumamoto, '許可がもらえたら、評定一覧をUSBで教育委員会に持って行ってもいい？');
    expect(['consult', 'permit_required']).toContain(d.decision);
  });
});

describe("the principal's standing permission (包括的許可)", () => {
  test('supposed in a follow-up about class Ⅰ: no individual permission, still 許可が必要', () => {
    const first = ask(kumamoto, 'ケース会議に心の相談記録を持ち出したいです。会場は市の施設');
    expect(first).toMatchObject({ decision: 'permit_required', class: 'I', action: 'take_out' });
    const next = ask(kumamoto, '包括的に許可もらっとけば毎回はいらない？', { previous: previousOf(first) });
    expect(next).toMatchObject({ decision: 'permit_required', class: 'I', action: 'take_out' });
  });

  test('had for class Ⅲ papers taken home, where the ruling takes it: lifted', () => {
    const d = ask(kumamoto, '卒業アルバムの原稿、校長の包括的許可をもらったうえで自宅に持ち帰りました。大丈夫ですよね？');
    expect(['allowed', 'conditional']).toContain(d.decision);
  });
});
