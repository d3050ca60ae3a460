import { describe, expect, it } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const kurume = getPack('kurume');

describe("questions about Kurume's rule itself are answered from the article that states them", () => {
  it('who holds the top role: the CISO, 第6条', () => {
    const d = ask(kurume, '学校の情報セキュリティの一番上の責任者って誰ですか');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toContain('第6条');
    expect(d.answer).toContain('教育部長');
  });
  it('what a defined term means: 第2条', () => {
    const d = ask(kurume, '教育情報って何のことを言うんですか');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toEqual(expect.arrayContaining(['第2条', '第2条(4)']));
  });
  it('whether the rule binds an instructor: 第2条(11) and 第4条', () => {
    const d = ask(kurume, '講師でも、この規則は守らないといけないんですか？');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toEqual(expect.arrayContaining(['第2条', '第4条']));
  });
  it('whom to consult: the principal, 第8条 and 第15条', () => {
    const d = ask(kurume, '情報セキュリティのことで困ったら誰に相談すればいいですか');
    expect(d.decision).toBe('consult');
    expect(d.citations).toEqual(expect.arrayContaining(['第8条', '第15条']));
  });
  it('a handling question is not one about the rule', () => {
    expect(ask(kurume, '家庭訪問の記録を家に持ち帰って、続きを書いてもよかですか？').citations).not.toContain('第6条');
  });
  it('a pack without about_rule answers as before', () => {
    expect(ask(getPack('kumamoto'), '教育情報って何のことを言うんですか').decision).not.toBe('allowed');
  });
});
