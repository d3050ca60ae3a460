import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { scopeOf } from '../../policy/understand/scope.js';

/**
 * 「申請なしではダメ？」 asks whether the measure is needed, as 〜なくてはいけない does; it does not
 * say the measure is left out (「申請なしで使う」).
 */
const pack = getPack('kumamoto');
const scope = (s: string, w: string) => {
  const at = s.indexOf(w);
  return scopeOf(analyze(s), at, at + w.length, sharedLexicon());
};

describe('なしでは + ダメ is a duty asked about', () => {
  test('scope: 申請なしではダメ is obliged, 申請なしで使う is negated', () => {
    expect(scope('申請なしではダメ？', '申請')).toMatchObject({ obliged: true, negated: false });
    expect(scope('許可なしじゃだめ？', '許可')).toMatchObject({ negated: false });
    expect(scope('申請なしで使っていい？', '申請')).toMatchObject({ negated: true });
  });

  test('a private PC for the cloud, asked whether an application is needed: permit required', () => {
    const d = ask(pack, '私物のパソコンで家から学習系クラウドを使うの、申請なしではダメ？');
    expect(d.decision).toBe('permit_required');
  });

  test('said done without an application: prohibited as described', () => {
    const d = ask(pack, '私物のパソコンで家から学習系クラウドを申請なしで使ってしまいました');
    expect(d.decision).toBe('prohibited');
  });

  test('asked before the act, without an application: the permit is what is needed', () => {
    const d = ask(pack, '私物のパソコンで家から学習系クラウドを申請なしで使っていい？');
    expect(d.decision).toBe('permit_required');
  });
});
