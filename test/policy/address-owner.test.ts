import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A private mail address said as someone's from outside the school (通訳ボランティアの方の個人メール,
 * 業者さんの個人メール) is where the school's e-mail goes (外部電子メール), not a private service of the
 * teacher's. The teacher's own, or a colleague's, stays a private service.
 */
const pack = getPack('kumamoto');

describe('a private address of someone outside is reached by e-mail', () => {
  test('a volunteer interpreter’s private mail: e-mail, for a class Ⅳ handout 可', () => {
    const d = ask(pack, '学校行事のしおりを、通訳ボランティアの方の個人メールに送って翻訳をお願いしてもいいですか');
    expect(d.action).toBe('email_external');
    expect(d.decision).toBe('allowed');
  });

  test('a contractor’s private mail: e-mail', () => {
    expect(ask(pack, '卒業アルバム用の写真、業者さんの個人メールに送っとけばいいかな').action).toBe('email_external');
  });

  test('the teacher’s own and a colleague’s stay a private service', () => {
    expect(ask(pack, '通知表を自分の個人メールに送っていい？').action).toBe('personal_cloud');
    expect(ask(pack, '成績の下書きを学年主任の自宅のメールに送っていい？').action).toBe('personal_cloud');
  });
});
