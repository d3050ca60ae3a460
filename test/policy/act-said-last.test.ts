import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

/** rule-sources.ts strictestOf: between acts ruled alike, the one the sentence ends on is asked. */
describe('between acts ruled alike, the act said last is the one reported', () => {
  test('photographed, then sent by LINE: the LINE (非公式ストレージ・メール), not the phone', () => {
    const d = ask(pack, '通知表 写メして LINEで学年主任に送っとくね');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('personal_cloud');
  });

  test('copied, then carried to the away game: taken out, not copied', () => {
    const d = ask(pack, '遠征に部活動名簿と、部員のアレルギーが書いてある学校生活管理指導表のコピーを持っていきたいです');
    expect(d.decision).toBe('permit_required');
    expect(d.action).toBe('take_out');
  });

  test('a word that only hands it round (配る) said last does not outrank the channel said before it', () => {
    const d = ask(pack, 'ワークシートを子どもにロイロで配る');
    expect(d.action).toBe('cloud_store');
  });
});

describe('an envelope or a post box with a verb of sending only is the post (lexicon post_paper weak_ja)', () => {
  test('「要録と通知表、同じ封筒で転校先に送る」: 郵送, not 外部への情報提供', () => {
    expect(ask(pack, '要録と通知表、同じ封筒で転校先に送る').action).toBe('post_paper');
  });
  test('a report of a mis-sent envelope names the post', () => {
    const d = ask(pack, '調査書をA高校に送るはずが、B高校宛ての封筒に入れて投函してしまったかもしれません');
    expect(d.decision).toBe('incident');
    expect(d.action).toBe('post_paper');
  });
  test('an envelope carried by hand is carried, not posted', () => {
    expect(ask(pack, '通知表を封筒に入れて家庭訪問に持っていきたい').action).not.toBe('post_paper');
  });
});

describe('sent with a file’s password said, by a verb of sending alone: by e-mail (measure_of)', () => {
  test('「パスワード付きZIPで…送った」 is e-mail; handed over (渡す) stays 外部への情報提供', () => {
    expect(
      ask(pack, '家庭訪問記録をパスワード付きZIPで教育委員会に送ったあとで気づいたんですが、これでよかったですか。').action,
    ).toBe('email_external');
    expect(ask(pack, 'そつぎょうあるばむ しゃしん ぎょうしゃに わたす ぱすわ いる？').action).toBe('provide_external');
  });
});
