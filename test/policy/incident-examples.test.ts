import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { normalize } from '../../policy/understand/normalize.js';
import { asksLeave } from '../../policy/understand/reports.js';
import { witnessed } from '../../policy/understand/witnessed.js';

const pack = getPack('kumamoto');

/** incidents.yaml `examples`: a report of a case the standard names cites that case's item. */
describe('a report cites the case of 4-4(1)② or 4-5 it is', () => {
  test.each([
    ['駐輪場のゴミ袋に、シュレッダーされていない通知表の控えが入っていました', '4-4(1)②イ'],
    ['昨日、放課後の職員室に知らない人が勝手に入っていました', '4-4(1)②エ'],
    ['校務支援システムの出欠データが、いつの間にか消えています', '4-4(1)②ウ'],
    ['地域の方から、学校のホームページが書き換えられていると電話がありました', '4-4(1)②カ'],
  ])('%s → %s', (q, clause) => {
    const d = ask(pack, q);
    expect(d.decision).toBe('incident');
    expect(d.citations).toContain('4-4(1)②');
    expect(d.citations).toContain(clause);
  });

  test('an IC card lost somewhere is also the IC card kind: its steps and 4-5(1)①ウ', () => {
    const d = ask(pack, '職員証のICカードを駅のあたりで落としたみたいです');
    expect(d.decision).toBe('incident');
    expect(d.incident?.kinds.map((k) => k.id)).toEqual(expect.arrayContaining(['lost', 'ic_card_lost']));
    expect(d.citations).toContain('4-5(1)①ウ');
  });

  test('a password seen is also the password kind: 4-5(3)④', () => {
    const d = ask(pack, '校務用パソコンのパスワードを来客に見られたかもしれません');
    expect(d.decision).toBe('incident');
    expect(d.citations).toContain('4-5(3)④');
  });

  test('a loss of no named case cites no item', () => {
    const d = ask(pack, '家庭訪問の記録を入れたファイルを電車に置き忘れました');
    expect(d.decision).toBe('incident');
    expect(d.citations.filter((c) => /^4-4\(1\)②./.test(c))).toEqual([]);
    expect(d.citations).not.toContain('4-5(1)①ウ');
  });
});

describe('what the writer saw another do (〜のを見た) is a report of a breach found', () => {
  test('the reader: a clause made a noun, を, a verb of seeing done', () => {
    expect(witnessed(analyze('隣の先生が指導要録を鞄に入れて帰るのを見ました'))).toEqual({ finding: false });
    expect(witnessed(analyze('同僚が名簿を持ち出しているのを目撃しました'))).toEqual({ finding: false });
    expect(witnessed(analyze('名簿を持ち出すのを見たら注意してください'))).toBeNull();
    expect(witnessed(analyze('名簿の写真を見ました'))).toBeNull();
  });
  test('the reader: a state of things found out (のを見つけた, ことに気づいた, ことがわかった)', () => {
    expect(witnessed(analyze('生徒が友達のIDでログインしてたのを見つけました'))).toEqual({ finding: true });
    expect(witnessed(analyze('掲載NGの子が写っていたことに気づきました'))).toEqual({ finding: true });
    expect(witnessed(analyze('書き込みをしていたことがわかりました'))).toEqual({ finding: true });
    // A thing found, not a state of things: no clause before の.
    expect(witnessed(analyze('去年の名簿を見つけました'))).toBeNull();
    expect(witnessed(analyze('ログインしていたのを見つけたら教えてください'))).toBeNull();
  });
  test('a pupil found logged in with a friend’s ID, a photo found on the website: incidents, whoever did it', () => {
    expect(ask(pack, '生徒が友達のIDでログインしてたのを見つけました').decision).toBe('incident');
    expect(ask(pack, 'HPに載せた写真に、掲載NGの家庭の子が写っていたことに気づきました').decision).toBe('incident');
  });
  test('a colleague seen carrying records home: an incident, 4-4(1)②ア', () => {
    const d = ask(pack, '隣の先生が指導要録を鞄に入れて帰るのを見ました');
    expect(d.decision).toBe('incident');
    expect(d.citations).toContain('4-4(1)②ア');
  });
  test('seen, then asked leave for oneself: not a report', () => {
    expect(ask(pack, '隣の先生が通知表を持ち帰るのを見たんですが、私も持ち帰っていいですか').decision).not.toBe('incident');
  });
});

describe('signs of compromise told as a state, not asked', () => {
  test('a machine that does not work, with what its screen says: an infection', () => {
    expect(ask(pack, '校務用パソコンに「ファイルを暗号化しました」って画面が出て動かない').decision).toBe('incident');
    expect(ask(pack, '生徒の端末がいつもと違う画面になって動かないと言っています').decision).toBe('incident');
  });
  test('a sign-in notice from somewhere unknown: a password given away', () => {
    const d = ask(pack, '学校メールに知らない場所からログインの通知が来た');
    expect(d.decision).toBe('incident');
    expect(d.answer).toContain('パスワードを変更');
  });
  test('the same signs in Kurume: a ransom mail, a sign-in trace', () => {
    const kurume = getPack('kurume');
    expect(ask(kurume, '学校に「データを暗号化した、金を払え」というメールが届きました。').decision).toBe('incident');
    expect(ask(kurume, '教員用アカウントに不正ログインされた形跡があるって通知が来ました').decision).toBe('incident');
  });
  test('a plain negative that asks leave is still a question', () => {
    expect(ask(pack, '画面をロックしないのはだめ？').decision).not.toBe('incident');
  });
});

describe('advice on the next step (〜た方がいいですか) asks no leave', () => {
  test('a ransom screen, then whether to switch off: an infection report', () => {
    const d = ask(pack, '校務用パソコンに身代金を要求する画面が出ています。再起動した方がいいですか？');
    expect(d.decision).toBe('incident');
    expect(d.incident?.kinds.map((k) => k.id)).toContain('infection');
    expect(d.citations).toContain('5-4(3)④');
  });
  test('asksLeave: advice is not leave, いい？ still is', () => {
    const lexicon = sharedLexicon();
    const said = (q: string) => asksLeave(normalize(q), analyze(normalize(q)), lexicon, 'ja');
    expect(said('電源を切った方がいいですか')).toBe(false);
    expect(said('電源を切ってもいいですか')).toBe(true);
  });
});

describe('いいか asked inside 教えて is the way asked, not leave', () => {
  test('what to write in a report card, asked to be told: out of scope, 1-2', () => {
    const d = ask(pack, '指導要録の所見欄、どんなことを書いたらいいか教えてください');
    expect(d.decision).toBe('unknown');
    expect(d.citations).toContain('1-2');
  });
  test('asksLeave: 〜てもいいか教えて still asks leave', () => {
    const said = (q: string) => asksLeave(normalize(q), analyze(normalize(q)), sharedLexicon(), 'ja');
    expect(said('どんなことを書いたらいいか教えてください')).toBe(false);
    expect(said('名簿をメールで送ってもいいか教えてください')).toBe(true);
  });
});

describe('a phrase with a loanword is found whatever its ending (シュレッダーされていない ~ されてない)', () => {
  test('records found in the rubbish, not shredded, said short: an incident, 4-4(1)②イ', () => {
    const d = ask(pack, 'ゴミ置き場で、シュレッダーされてない成績一覧が見つかりました');
    expect(d.decision).toBe('incident');
    expect(d.citations).toContain('4-4(1)②イ');
  });
});
