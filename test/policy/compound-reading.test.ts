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

describe('a compound read with the matters the scans read and the kinds the dictionary splits', () => {
  test('a compound about a sensitive matter (懲戒, 在留) is about the item that matter makes', () => {
    expect(parseQuestion(pack, '懲戒の調書、コピー3部とってよか？').items.map((i) => i.id)).toEqual(['staff_personnel']);
    const card = ask(pack, '在留カードを私物スマホで写メして、翻訳アプリで読み取っていい？');
    expect(card.class).toBe('I');
    expect(card.decision).toBe('prohibited');
  });

  test('what was found breaks the phrase: 「在留カードのコピー」 is the card, 「のコピー」 the act', () => {
    const a = ask(pack, '在留カードのコピーを、手続きのため外部の行政書士さんにメールしたいです');
    expect(a.class).toBe('I');
    expect(a.action).toBe('email_external');
  });

  test('a matter word before a word naming a duty or a body (対策, 委員会) tells no matter', () => {
    // 懲戒 alone makes the personnel record; 懲戒委員会 is a body, its 要項 no record of a person.
    expect(parseQuestion(pack, '懲戒委員会の要項をメールで送っていい？').items.map((i) => i.id)).not.toContain('staff_personnel');
  });

  test('a kind the dictionary splits (園|だ|より) after a noun is one word: 園だより is a newsletter', () => {
    const phrases = nounPhrases(analyze('園だよりのPDF'));
    expect(phrases).toEqual([]);
    const a = ask(pack, '園だよりのPDF、保護者さんにメールで送ってよか？');
    expect(a.asset?.id).toBe('newsletters');
    expect(a.decision).toBe('allowed');
    expect(ask(pack, '食育だよりを保護者にメールしていい？').asset?.id).toBe('newsletters');
  });
});
