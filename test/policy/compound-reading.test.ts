import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { nounPhrases } from '../../policy/understand/compound-reading.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';

const pack = getPack('kumamoto');

describe('a document the catalog does not name, read from its own compound', () => {
  test('a noun phrase splits into its content words and its head', () => {
    const phrases = nounPhrases(analyze('面接練習カードを学年のチャットに貼る'));
    expect(phrases[0]).toMatchObject({ content: ['面接', '練習'], head: 'カード' });
    expect(nounPhrases(analyze('転学の書類を持っていく'))[0]).toMatchObject({ content: ['転学'], head: '書類' });
  });

  test('「転学の書類」 is read as the transfer record (Ⅱ), not left without a document', () => {
    const p = parseQuestion(pack, '帰りに郵便局寄るけん、転学の書類持っていこうかね');
    expect(p.items.map((i) => i.class)).toEqual(['II']);
    expect(ask(pack, '帰りに郵便局寄るけん、転学の書類持っていこうかね').decision).not.toBe('unknown');
  });

  test('a phrase that names no document (a device, a place of the act) reads as none', () => {
    expect(parseQuestion(pack, '私物のタブレットを校内の授業で使いたいんですが、使っていいですか').items).toEqual([]);
    expect(parseQuestion(pack, '保護者の承諾はとってあります').items).toEqual([]);
  });
});
