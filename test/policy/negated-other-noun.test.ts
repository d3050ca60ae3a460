import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { scopeOf } from '../../policy/understand/scope.js';

/**
 * 「一斉メールをBCCじゃなくTOで送った」: past a case particle, じゃなく denies the noun before it (BCC),
 * set against the word's clause, not the word (メール) itself.
 */
const scope = (s: string, w: string) => {
  const at = s.indexOf(w);
  return scopeOf(analyze(s), at, at + w.length, sharedLexicon());
};

describe('a noun negated through a copula after a case particle is not the word', () => {
  test('scope: メール is not denied by BCCじゃなく', () => {
    expect(scope('保護者一斉メールをBCCじゃなくTOで送ってしまった', 'メール')).toMatchObject({ negated: false });
    expect(scope('個人契約じゃなくて学校のクラウド', '個人契約')).toMatchObject({ negated: true });
    expect(scope('通知表を送っていない', '通知表')).toMatchObject({ negated: true });
  });

  test('the addresses shown to all: an e-mail incident', () => {
    const d = ask(getPack('kumamoto'), '保護者一斉メールをBCCじゃなくTOで送ってアドレスが全員に見えた');
    expect(d.decision).toBe('incident');
    expect(d.action).toBe('email_external');
  });
});
