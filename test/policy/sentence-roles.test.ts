import { describe, expect, test } from 'vitest';
import { ask, getPack, lexiconFor } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';
import { sentenceRoles } from '../../policy/understand/sentence-roles.js';

const pack = getPack('kumamoto');
const lexicon = lexiconFor(pack);
const roles = (text: string) => sentenceRoles(analyze(text), lexicon).map((s) => s.role);

describe('the roles of the sentences of a long message', () => {
  test('a self-introduction, what someone else asked, and the question', () => {
    expect(
      roles('小学校の教頭です。卒業生の保護者から、1冊譲ってほしいと連絡がありました。郵送で渡しても問題ないでしょうか。'),
    ).toEqual(['plain', 'told', 'asks']);
  });

  test('told in the passive, sent toward the teacher, asked as 〜いいのか教えてください', () => {
    expect(
      roles('名簿を送ってほしいと頼まれました。保護者が写真を送ってきました。USBで管理していいのか教えてください。'),
    ).toEqual(['told', 'told', 'asks']);
  });

  test('what the teacher plans is no one else’s words', () => {
    expect(roles('紙で持っていくつもりです。')).toEqual(['plain']);
  });
});

describe('an incident told in a background sentence is the setting of the question, not a report', () => {
  const q =
    '小学校の教頭です。昨年度の卒業アルバムの残部が事務室に数冊あります。卒業生の保護者から、なくしてしまったので1冊譲ってほしいと連絡がありました。郵送で渡しても問題ないでしょうか。';

  test('parsed as no incident', () => {
    expect(parseQuestion(pack, q).incident).toBeNull();
  });

  test('answered as a question about posting the album', () => {
    const d = ask(pack, q);
    expect(d.decision).not.toBe('incident');
    expect(d.action).toBe('post_paper');
  });

  test('a loss the teacher reports still is one', () => {
    expect(parseQuestion(pack, '卒業アルバムをなくしてしまいました。どうしたらいいですか。').incident).not.toBeNull();
  });
});
