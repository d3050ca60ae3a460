import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { scopeOf } from '../../policy/understand/scope.js';

/**
 * The dictionary joins 許可 with the ない after it (許可なく → 許可ない, one adjective): the word is
 * denied, as 許可もなく or 許可なしで are.
 */
const scope = (s: string, w: string) => {
  const at = s.indexOf(w);
  return scopeOf(analyze(s), at, at + w.length, sharedLexicon());
};

describe('a noun joined with its ない is denied', () => {
  test('scope: 許可 in 許可なく is negated', () => {
    expect(scope('校長の許可なくコピーした', '許可')).toMatchObject({ negated: true });
    expect(scope('校長の許可をもらってコピーした', '許可')).toMatchObject({ negated: false });
  });

  test('copied without the principal’s permission, said done: 禁止, not 許可が必要', () => {
    const d = ask(getPack('kumamoto'), '指導要録を校長の許可なくコピーしてしまいました');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('copy');
  });
});

describe('advice asked on not doing it (〜ない方がいい？) is about the act', () => {
  test('SNSにあげない方がいい？: the posting is asked about, not denied', () => {
    expect(scope('作品写真はSNSにあげない方がいい？', 'あげ').negated).toBe(false);
    const d = ask(getPack('kumamoto'), '承諾がない生徒の作品写真はSNSにあげない方がいい？');
    expect(d.action).toBe('sns_post');
    expect(d.decision).toBe('prohibited');
  });

  test('a plain negation still denies the act', () => {
    expect(scope('作品写真はSNSにあげないでください', 'あげ').negated).toBe(true);
  });
});
