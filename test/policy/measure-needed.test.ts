import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

/**
 * 「パスワードつけなくてもいい？」 asks whether the measure is required, not says it is left undone:
 * the answer is the act's own ruling with the measure to take (条件付きで可, 許可が必要), where
 * 「パスワードなしで送っていい？」 stays 禁止 as described.
 */
const kumamoto = getPack('kumamoto');

describe('a measure asked whether it may be left out', () => {
  test('the measure is neither met nor unmet', () => {
    const p = parseQuestion(kumamoto, '卒業アルバムの写真データを業者にメールするとき、パスワード付けなくてもいいですよね？');
    expect(p.measures.unmet).not.toContain('encrypt_or_password');
  });

  test('a password asked about: the password is what must be done (conditional)', () => {
    const d = ask(kumamoto, '教材研究資料のメールなら暗号化しなくてもいい？');
    expect(d.decision).toBe('conditional');
  });

  test('the permission asked about: 許可が必要', () => {
    expect(ask(kumamoto, '調査書のコピーって許可とらなくても大丈夫ですよね？').decision).toBe('permit_required');
  });

  test('an act asked without the measure stays prohibited as described', () => {
    expect(ask(kumamoto, '卒業アルバムの写真データを、パスワードなしで業者にメールしていい？').decision).toBe('prohibited');
  });

  test('only the て form with a word that lets it be: a measure left out in the act stays unmet', () => {
    const p = parseQuestion(kumamoto, 'パスワードをつけないで成績一覧を送っていい？');
    expect(p.measures.unmet).toContain('encrypt_or_password');
  });
});
