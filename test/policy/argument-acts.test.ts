import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('the argument of a verb decides the act when no act word does (issue #13)', () => {
  test('a cloud service named in Latin letters, by a verb of putting', () => {
    expect(ask(pack, '係の名簿、Classroomに貼っとく').action).toBe('cloud_store');
    // Put in a service is kept there, not left on a desk.
    expect(ask(pack, '係の名簿、Classroomに置いて').action).toBe('cloud_store');
  });

  test('a personal service or a medium, by a verb of putting', () => {
    expect(ask(pack, '成績一覧をドロップボックスに入れといていい？').action).toBe('personal_cloud');
    expect(ask(pack, '成績一覧 USBに いれたい').action).toBe('usb');
  });

  test('a home, in kanji or in kana, by a verb of working: work outside, taken home when said alone', () => {
    expect(ask(pack, '心のアンケート 記入済みのやつ おうちで 読みたい').action).toBe('take_home');
    expect(ask(pack, 'しゅっきんぼ じっかで せいりしたい').action).toBe('process_outside');
  });

  test('an event by its time, or an organization, or a recipient in kana', () => {
    expect(ask(pack, '通知表を修学旅行中に見てもいい？').action).toBe('take_out');
    expect(ask(pack, '成績一覧を日本赤十字社に渡したい').action).toBe('provide_external');
    expect(ask(pack, 'ぶかつどうめいぼ たいかいの しゅさいしゃに だしたい').action).toBe('provide_external');
  });

  test('an outside venue, by a verb of carrying, honorific or not: taken out', () => {
    expect(ask(pack, '通知表を研修会場へ携行してもいいですか').action).toBe('take_out');
    expect(ask(pack, '通知表を研修会場へ携行させていただいてもよろしいですか').action).toBe('take_out');
  });

  test('a recipient outside the school, by an honorific verb of showing: given outside', () => {
    expect(ask(pack, '会計簿をPTA会計監査の方にご覧いただいてもよろしいでしょうか').action).toBe('provide_external');
  });

  test('someone outside asked to do something with it for the teacher, whatever the verb: given outside', () => {
    const used = ask(pack, '定期考査の問題、隣の中学の先生にも使ってもらいたいんだけど');
    expect([used.action, used.decision]).toEqual(['provide_external', 'conditional']);
    expect(ask(pack, '定期考査の問題、私立高校の先生にも見てもらいたい').action).toBe('provide_external');
    expect(ask(pack, '乗車名簿、運転手さんにも持っといてもらおうと思う').action).toBe('provide_external');
    // A colleague of the school's own is no one outside.
    expect(ask(pack, '定期考査の問題、学年の先生にも見てもらいたい').action).not.toBe('provide_external');
  });

  test('gone to a place outside with it held (持って…行く, 持ったまま…向かう): taken out', () => {
    expect(ask(pack, '教務手帳を持ったまま研修会場に行ってしまった').action).toBe('take_out');
    expect(ask(pack, '通知表を持って出張に行きたい').action).toBe('take_out');
    // Held but going nowhere outside, or going without it: no act.
    expect(ask(pack, '通知表を持って職員室に行っていい？').action).toBeNull();
    expect(ask(pack, '通知表を書いて研修会場に行きたい').action).not.toBe('take_out');
  });

  test("a pupil's own school seen from a centre outside it (在籍校) is outside: not a colleague inside", () => {
    const d = ask(pack, '通所記録を在籍校の担任の先生にメールで送ってもいいんでしょうか。');
    expect(d.action).toBe('email_external');
    expect(d.situation).toBeUndefined();
  });

  test('a place inside the school, or a negated verb, says no act', () => {
    expect(ask(pack, '通知表を職員室で整理したい').action).toBeNull();
    expect(ask(pack, '通知表を家に持っていかないでください').action).not.toBe('take_home');
  });
});
