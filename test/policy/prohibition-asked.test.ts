import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { scopeOf } from '../../policy/understand/scope.js';

/**
 * 「コピーしちゃいけないの？」「持ち帰ってはならないのですか」 ask whether an act is forbidden, as
 * 〜してもいい？ asks whether it is allowed: the いけない・ならない of a prohibition denies nothing.
 */
const pack = getPack('kumamoto');
const scope = (s: string, w: string) => {
  const at = s.indexOf(w);
  return scopeOf(analyze(s), at, at + w.length, sharedLexicon());
};

describe('a prohibition asked about is the question, not a denial', () => {
  test('scope: ちゃいけない and てはならない do not negate the act', () => {
    expect(scope('指導要録をコピーしちゃいけないの？', 'コピー')).toMatchObject({ negated: false });
    expect(scope('通知表を持ち帰ってはならないのですか', '持ち帰っ')).toMatchObject({ negated: false });
    expect(scope('通知表を持ち帰らなくてはいけない？', '持ち帰ら')).toMatchObject({ obliged: true, negated: false });
    expect(scope('通知表を持ち帰っていない', '持ち帰っ')).toMatchObject({ negated: true });
  });

  test('a class Ⅰ list in the cloud, asked as 置いちゃいけない理由はない: the act is read', () => {
    const d = ask(pack, '評定一覧表をGoogleドライブに置いちゃいけない理由はないですよね？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('cloud_store');
  });

  test('copying a class Ⅰ record, asked whether forbidden: the copy is answered', () => {
    const d = ask(pack, '指導要録をコピーしちゃいけないの？');
    expect(d.action).toBe('copy');
    expect(d.class).toBe('I');
  });
});
