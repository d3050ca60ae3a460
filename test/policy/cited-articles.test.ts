import { beforeAll, describe, expect, it } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const kurume = getPack('kurume');
const kumamoto = getPack('kumamoto');

// The analyzer loads on the first question: not within one test's time on a busy machine.
beforeAll(() => {
  ask(kurume, '通知表');
  ask(kumamoto, '通知表');
}, 120_000);

describe("Kurume's rule is asked about in katakana and Latin words too", () => {
  it('the 情報セキュリティ管理者 is the principal: 第8条', () => {
    const d = ask(kurume, 'うちの学校の情報セキュリティ管理者はどなたですか');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toContain('第8条');
  });
  it('the CISO: 第6条', () => {
    const d = ask(kurume, 'CISOってどなた？');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toContain('第6条');
  });
});

describe('a name the rule gives in an article (以下「…」という) is answered from that article', () => {
  it('who writes the 対策基準: 第13条', () => {
    const d = ask(kurume, '対策基準はだれが決めるんですか');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toEqual(['第13条']);
    expect(d.answer).toContain('CISO');
  });
  it('what the 実施手順 are: 第14条', () => {
    expect(ask(kurume, '実施手順ってどういうもの？').citations).toEqual(['第14条']);
  });
});

describe('a paragraph or item cited names its article too', () => {
  it('the laws staff obey (第4条2) are within 第4条, the measures (第12条(1)) within 第12条', () => {
    const d = ask(kurume, 'IDとパスワードを同僚に貸してもいいですか');
    expect(d.decision).toBe('prohibited');
    expect(d.citations).toEqual(expect.arrayContaining(['第4条', '第4条2', '第12条', '第12条(1)']));
  });
  it("a standard's section numbers are left as they are", () => {
    const d = ask(kumamoto, 'テストのことなんですが');
    expect(d.citations).not.toContain('2-2');
  });
});

describe('an answer that decides nothing cites the scope and where the handling is left', () => {
  it('Kumamoto: a document with no act cites the scope, 1-2', () => {
    const d = ask(kumamoto, '通知表のことで聞きたいんですが');
    expect(d.decision).toBe('unknown');
    expect(d.citations).toEqual(expect.arrayContaining(['第2表', '1-2']));
  });
  it('Kumamoto: information not told cites the scope, 1-2', () => {
    expect(ask(kumamoto, 'テストのことなんですが').citations).toContain('1-2');
  });
  it("Kurume: the class is the default's, the handling the 対策基準's (第13条) and the school's 実施手順 (第14条)", () => {
    const d = ask(kurume, '通知表のことで聞きたいんですが');
    expect(d.decision).toBe('unknown');
    expect(d.citations).toEqual(expect.arrayContaining(['第11条', '第13条', '第14条', '第3条']));
  });
  it('Kurume: out of scope names the principal as 情報セキュリティ管理者, 第8条', () => {
    const d = ask(kurume, '保健室の加湿器の掃除当番はどう決めますか');
    expect(d.citations).toEqual(['第3条', '第4条', '第8条', '第15条']);
    expect(d.answer).toContain('（第8条、第15条）');
  });
});
