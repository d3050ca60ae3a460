import { describe, expect, test } from 'vitest';
import { ask, getPack, previousOf } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { normalize } from '../../policy/understand/normalize.js';
import { outsiderDid } from '../../policy/understand/outsider-did.js';
import { wentOtherwise } from '../../policy/understand/went-otherwise.js';

/** Readers of what happened, on the analyzer's morphemes. */
describe('went otherwise than meant (はず)', () => {
  test('はず set against what followed: any verb done after it', () => {
    expect(wentOtherwise(analyze('BCCにするはずが、TOに全員のアドレスを入れて送ってしまいました'))).toBe(true);
    expect(wentOtherwise(analyze('A高校に送るはずなのに、B高校の封筒に入れて投函しちゃった'))).toBe(true);
    expect(wentOtherwise(analyze('届くはずだったのに、まだ届いていません'))).toBe(false);
  });
  test('つもり set against what followed is meant too; a plan alone is not', () => {
    expect(wentOtherwise(analyze('BCCにするつもりがTOで全員に送ってしまいました'))).toBe(true);
    expect(wentOtherwise(analyze('送るつもりのメールを送ってしまいました'))).toBe(false);
  });
  test('はず not set against anything: the same verb done again', () => {
    expect(wentOtherwise(analyze('3組に送るはずのメールを、4組に送ってしまいました'))).toBe(true);
    expect(wentOtherwise(analyze('送るはずのメールを書いて保存しました'))).toBe(false);
    expect(wentOtherwise(analyze('BCCにするはずが、まだ送っていません'))).toBe(false);
  });
});

describe('someone outside the school did it', () => {
  const who = ['業者', '保護者', '地域の方'];
  const did = ['見る', '撮る', '回収する', '持ち帰る'];
  const said = (text: string) => outsiderDid(normalize(text), analyze(normalize(text)), who, did);
  test('the outsider the subject of a verb of seeing or taking, done', () => {
    expect(said('座席表を、来校した業者さんがじっと見てました')).toBe(true);
    expect(said('清掃の業者さんが回収して行きました')).toBe(true);
    expect(said('保護者の方が名簿を写真に撮っていました')).toBe(true);
  });
  test('not done, not the subject, or another verb', () => {
    expect(said('業者さんが見る前に片付けます')).toBe(false);
    expect(said('業者さんに見てもらう予定です')).toBe(false);
    expect(said('保護者が来校しました')).toBe(false);
  });
});

describe('a loss away from the school tells the act: taken out', () => {
  const kumamoto = getPack('kumamoto');
  test('left on a train, lost on a school trip, stolen from a car: 外部持ち出し', () => {
    for (const q of [
      '通知表を入れたカバンを電車に置き忘れました',
      '修学旅行先で健康調査票のファイルを紛失しました',
      '車上荒らしで通知表の入ったバッグを盗まれた',
    ]) {
      const d = ask(kumamoto, q);
      expect(d.decision, q).toBe('incident');
      expect(d.action, q).toBe('take_out');
    }
  });

  test('an act named stays the act; a thing missing at school names none', () => {
    expect(ask(kumamoto, '成績のデータが入ったUSBメモリを電車で落としました').action).toBe('usb');
    expect(ask(kumamoto, '職員室で健康調査票のファイルが見当たりません').action).toBeNull();
  });
});

describe('a document found where it should not be is a loss reported', () => {
  const pack = getPack('kumamoto');
  test('落ちていた, 出てきた: 紛失・盗難', () => {
    for (const q of ['通知表が廊下に落ちていました', '古紙回収の袋から、通知表の控えが出てきたと地域の人から連絡']) {
      const d = ask(pack, q);
      expect(d.decision, q).toBe('incident');
      expect(
        d.incident?.kinds.map((k) => k.id),
        q,
      ).toContain('lost');
    }
  });
  test('a question about something to be done is no report', () => {
    expect(ask(pack, '通知表を家に持ち帰ってもいい？').decision).toBe('prohibited');
  });
});

describe('a thing sent said not yet arrived', () => {
  const pack = getPack('kumamoto');
  test('まだ届いてない, told by the one waiting for it: a report', () => {
    expect(ask(pack, 'さっき本校から、まだ届いてないって連絡が来ました').decision).toBe('incident');
  });
  test('after an answer, the report is about the document answered', () => {
    const first = ask(pack, '児童の住所録を郵送で本校に送りたい');
    const d = ask(pack, 'さっき本校から、まだ届いてないって連絡が来ました', { previous: previousOf(first) });
    expect(d.decision).toBe('incident');
    expect(d.class).toBe(first.class);
    expect(d.asset?.id).toBe(first.asset?.id);
  });
  test('まだ before another verb is no report (まだ許可もらってない, まだかえてない)', () => {
    expect(ask(pack, 'まだ許可もらってないけど通知表を持ち出していい？').decision).not.toBe('incident');
    expect(ask(pack, 'パスワードまだかえてないけど大丈夫？').decision).not.toBe('incident');
  });
});
