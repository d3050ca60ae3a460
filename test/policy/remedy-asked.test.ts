import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

/**
 * A rule broken by leaving a measure out (a mail to many with every address visible, a weak
 * password) asked how to do it right: the answer is the act with the measure, 条件付きで可, not
 * the prohibition of the wrong way (handling.yaml `remedy`, policy/understand/remedy-asked.ts).
 */
const kumamoto = getPack('kumamoto');

describe('the way asked: the remedy answers', () => {
  test('a mail to many parents, asked where the addresses go: BCC, conditional', () => {
    for (const q of [
      '保護者に一斉メールするとき宛先はどうする？',
      '保護者にメールを一斉送信したい、宛先はどこに入れればいい？',
    ]) {
      const d = ask(kumamoto, q);
      expect(d.decision, q).toBe('conditional');
      expect(d.citations).toContain('5-1(14)③');
      expect(d.conditions.join()).toContain('BCC');
    }
  });

  test('a password asked how long it must be: strong password, conditional, 4-5(3)③', () => {
    const d = ask(
      kumamoto,
      '校務支援システムのパスワード変えろって言われたんやけど、何文字以上にせんといかんと？誕生日とかじゃだめ？',
    );
    expect(d.decision).toBe('conditional');
    expect(d.citations).toContain('4-5(3)③');
    expect(d.conditions.join()).toContain('十分な長さ');
  });

  test('the wrong way asked as leave stays prohibited', () => {
    expect(ask(kumamoto, '保護者全員のアドレスをCCに入れて一斉メールしていい？').decision).toBe('prohibited');
    expect(ask(kumamoto, 'パスワード、誕生日にしてもいい？').decision).toBe('prohibited');
    expect(ask(kumamoto, '職員室の鍵をかけずに帰っていい？').decision).toBe('prohibited');
  });

  test('a duty asked or leave to skip the measure keeps the rule: prohibited', () => {
    // Tried as remedies and dropped: writers read these as leave to break the rule as often.
    expect(ask(kumamoto, 'ちょっとトイレ行くだけなら画面ロックしなくていいよね？').decision).toBe('prohibited');
    expect(ask(kumamoto, '職員室を最後に出るとき鍵かけなきゃダメ？').decision).toBe('prohibited');
    expect(ask(kumamoto, '離席するとき、パソコンはそのままでいい？').decision).toBe('prohibited');
  });

  test('「どうですか」 asks leave, not the way', () => {
    const p = parseQuestion(kumamoto, '保護者全員のアドレスが見える宛先で一斉メールするのはどうですか');
    expect(p.situations.map((s) => s.id)).toContain('bulk_mail_visible');
  });
});

describe('the right way said: the rule with its measure', () => {
  test('the staff room locked by the last to leave: conditional, 3-3①', () => {
    const d = ask(kumamoto, '職員室、最後に出る人が鍵をかけるんですか？会議で全員いなくなる時も？');
    expect(d.decision).toBe('conditional');
    expect(d.citations).toContain('3-3①');
    expect(d.class).toBeNull();
  });

  test('a document said kept without a lock is the storage, not the staff room', () => {
    const d = ask(kumamoto, '記入済みのきずなアンケートは鍵かけなくてもいいよね？');
    expect(d.class).toBe('I');
    expect(d.citations).toContain('第3表');
  });
});
