import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

/** Weak act words, counted when no other act is said (lexicon weak_ja, weak_lemmas). */

/** 送信 is sent over the wire: e-mail, unless another channel is named (email_external weak_ja). */
describe('送信 with no channel named is e-mail', () => {
  test('sent (送信) to someone outside: external e-mail, not any handing over', () => {
    expect(ask(pack, '通知表のデータを保護者に送信していい？').action).toBe('email_external');
    expect(ask(pack, '区域外就学の申請者一覧を、添付を間違えて別の学校に送信してしまいました').action).toBe('email_external');
  });
  test('a channel named is how it goes', () => {
    expect(ask(pack, '成績一覧をFAXで送信していい？').action).toBe('fax');
    expect(ask(pack, '成績一覧をLINEで送信していい？').action).toBe('personal_cloud');
  });
  test('送る alone stays a handing over', () => {
    expect(ask(pack, '成績一覧を教育委員会に送りたい').action).not.toBe('email_external');
  });
});
