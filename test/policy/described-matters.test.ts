import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { describingClauses } from '../../policy/understand/described-matters.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { normalizeKeepKatakana } from '../../policy/understand/normalize.js';

const pack = getPack('kumamoto');

describe('the clause that describes a document, and brackets beside it', () => {
  const clauses = (text: string) =>
    describingClauses(analyze(normalizeKeepKatakana(text)), sharedLexicon()).map((c) => c.map((m) => m.surface).join(''));

  test('the words up to a word for a document, and what brackets add', () => {
    expect(clauses('名簿(名前と住所)と、けがで通院している子の一覧を渡す')).toEqual([
      '名簿',
      '名前と住所',
      '通院している子の一覧',
    ]);
  });

  test('what a clause says with で (why or how the document was made) is not what it holds', () => {
    expect(clauses('感染症対策で作った資料')).toEqual(['作った資料']);
  });

  test('what follows the document (what is done with it) describes nothing', () => {
    expect(clauses('この表を警察の人に見せる')).toEqual(['この表']);
  });
});

describe('a sensitive matter said of what a document holds makes it class Ⅰ', () => {
  test('a form described by what a pupil wrote on it (仲間外れ)', () => {
    const d = ask(pack, '「仲間外れにされている」と書いてある子の用紙、家に持ち帰ってもいい？');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });

  test('a list of pupils described by their health (通院中)', () => {
    const d = ask(pack, '病院に通院している子の一覧を旅行会社に渡していい？');
    expect(d.class).toBe('I');
  });

  test('a memo whose brackets say what it holds (服薬)', () => {
    const d = ask(pack, '懇談のときのメモ（服薬の話あり）をGoogleドライブに保存していい？');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });
});
