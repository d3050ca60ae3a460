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
  it('a role named with の inside its title: 情報セキュリティの責任者', () => {
    const d = ask(kurume, '久留米市立中の者ですが、うちの学校の情報セキュリティの責任者って誰ですか？');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toContain('第7条');
  });
  it('what a role does, and 指名 is no 氏名: 第8条3, no class', () => {
    const d = ask(kurume, '校長から情報セキュリティ担当者に指名されました。何をする役ですか');
    expect(d.decision).toBe('allowed');
    expect(d.class).toBeNull();
    expect(d.citations).toContain('第8条3');
  });
  it('how far a defined term reaches: 情報資産 (第2条(5))', () => {
    const d = ask(kurume, '久留米の学校で、情報資産ってどこまでを指しますか？紙の書類も入る？');
    expect(d.decision).toBe('allowed');
    expect(d.citations).toContain('第2条(5)');
  });
  it.each([
    ['久留米市立中学校です。規則で守らなきゃいけない法律って何ですか？', '第4条2'],
    ['久留米市の規則で、学校の情報セキュリティ対策ってどんな種類がありますか？', '第12条'],
    ['久留米市立中学校の教頭です。うちの学校独自の手順書を作る必要はありますか？', '第14条'],
  ])('an article asked about by its subject: %s → %s', (q, clause) => {
    const d = ask(kurume, q);
    expect(d.decision).toBe('allowed');
    expect(d.citations).toContain(clause);
  });
  it('what a breach leads to is answered from 第17条, with no 可', () => {
    const d = ask(kurume, '久留米市の学校で、規則に違反したらどうなりますか。');
    expect(d.decision).toBe('unknown');
    expect(d.citations).toEqual(['第17条']);
    expect(d.answer).toContain('懲戒処分');
  });
  it('a pack without about_rule answers as before', () => {
    expect(ask(getPack('kumamoto'), '教育情報って何のことを言うんですか').decision).not.toBe('allowed');
  });
});

describe('a word the dictionary knows is not read as another of the same reading', () => {
  it('指名 is no 氏名 (Kumamoto too)', () => {
    const d = ask(getPack('kumamoto'), '担当者に指名されました。');
    expect(d.asset?.id).not.toBe('student_names');
  });
});
