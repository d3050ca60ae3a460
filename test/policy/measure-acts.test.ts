import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { actsRequiring } from '../../policy/understand/measure-acts.js';

/**
 * A question that names a measure said skipped and no act (「座席表はシュレッダーにかけなくてもいい？」)
 * is about the act the pack's rulings require that measure for, answered for the document's class:
 * asked whether the measure may be left out, it is what must be done (measure-duty.ts askedIfNeeded);
 * the negation of a measure said between an act and its verb (メールでパスワードかけなくて) leaves the act.
 */
const pack = getPack('kumamoto');

describe('the act a measure is required for', () => {
  test('the reverse index follows the pack: a password is for e-mail first, shredding for disposal', () => {
    const index = actsRequiring(pack);
    expect(index.get('encrypt_or_password')?.[0]).toBe('email_external');
    expect(index.get('shred_paper')).toEqual(['dispose']);
  });

  test("each pack's measure_of names the act the reverse index puts first", () => {
    for (const id of ['kumamoto', 'kurume']) {
      const p = getPack(id);
      for (const [measure, acts] of p.measureOf) expect(actsRequiring(p).get(measure)?.[0]).toBe(acts[0]);
    }
  });

  test('no password on a class I document: e-mail, the password what must be done', () => {
    const d = ask(pack, '保健調査票ってパスワードかけなくてもいいよね？');
    expect(d.action).toBe('email_external');
    expect(d.decision).toBe('conditional');
    expect(d.conditions.join(' ')).toContain('パスワード');
  });

  test('no password on a class IV document: not required, allowed', () => {
    const d = ask(pack, '学級だよりはパスワードかけなくても大丈夫？');
    expect(d.action).toBe('email_external');
    expect(d.class).toBe('IV');
    expect(d.decision).toBe('allowed');
  });

  test('not shredded: disposal, with the principal and the shredding for class III', () => {
    const d = ask(pack, '座席表はシュレッダーにかけなくてもいい？');
    expect(d.action).toBe('dispose');
    expect(d.decision).toBe('permit_required');
    expect(d.conditions.join(' ')).toContain('細断');
  });

  test('the act said before the skipped measure stays the act', () => {
    const d = ask(pack, '成績一覧表はメールでパスワードかけなくていい？');
    expect(d.action).toBe('email_external');
    expect(d.decision).toBe('conditional');
  });

  test('the act told done without the measure: prohibited as described', () => {
    const d = ask(pack, '成績一覧表をパスワードをかけずにメールで送ってしまいました');
    expect(d.decision === 'prohibited' || d.decision === 'incident').toBe(true);
  });

  test('sent to someone named, with a password said: e-mail, as whom it goes to says nothing of how', () => {
    const d = ask(pack, '修学旅行の名簿、旅行会社に送るときパスワードなしでいいよね？名前だけだし');
    expect(d.action).toBe('email_external');
    expect(d.class).toBe('III');
  });

  test('a word of giving itself (提出) keeps the act given', () => {
    const d = ask(pack, '座席表を研究会に提出するときパスワードはいる？');
    expect(d.action).toBe('provide_external');
  });

  test('sent as a PDF: by e-mail; sent on paper: by post', () => {
    expect(ask(pack, '学校要覧をPDFにして他の学校に送っていい？').action).toBe('email_external');
    expect(ask(pack, '児童の住所録を紙で本校に送るときのルールは？').action).toBe('post_paper');
  });

  test('the medium said adds the way it goes: giving it outside still rules when stricter', () => {
    const d = ask(pack, '卒業アルバムの原稿と、卒業証書授与台帳のデータを写真屋さんに送ります');
    expect(d.decision).toBe('prohibited');
  });

  test('BCCにしないで…一斉メール: the BCC said not used, ruled out as described, in a sentence that reads', () => {
    for (const id of ['kumamoto', 'kurume']) {
      const d = ask(getPack(id), 'BCCにしないで保護者全員にメールを送っていい？');
      expect(d.decision).toBe('prohibited');
    }
    const d = ask(pack, 'BCCにしないで保護者全員にメールを送っていい？');
    expect(d.answer).toContain('しないのであれば、複数の人へ一斉にメールを送ることはできません');
    expect(ask(pack, '保護者全員にBCCでメールしていい？').decision).toBe('conditional');
  });

  test('a device described as its declaration says it is not (家族と共用のPC): a private device, 禁止 as described', () => {
    const d = ask(pack, '家族と共用のPCで、家から学習系クラウドの作品を見たい');
    expect(d.action).toBe('private_device');
    expect(d.decision).toBe('prohibited');
    expect(d.unmet).toContain('device_declaration');
  });

  test('a measure only mentioned, not skipped, brings no act', () => {
    const d = ask(pack, '指導要録の記録の書き方を教えて');
    expect(d.action).toBeNull();
  });
});

describe('the permission skipped in a clause called not allowed is asked as a duty', () => {
  test('許可を取らないで…コピーするのはだめ？: the permission is needed, the answer keeps its polarity', () => {
    const d = ask(pack, '許可を取らないで指導要録をコピーするのはだめですよね？');
    expect(d.action).toBe('copy');
    expect(d.decision).toBe('permit_required');
  });

  test('許可をもらわずに…持ち出すのはまずい？: permit_required, not prohibited as described', () => {
    const d = ask(pack, '校長の許可をもらわずに、健康診断票を学校の外に持ち出すのはまずいですか');
    expect(d.decision).toBe('permit_required');
  });

  test('a measure a ruling lists, skipped and called not allowed, stays unmet: prohibited', () => {
    const d = ask(pack, 'パスワードをかけずに、健康診断票をメールで送るのはだめですか？');
    expect(d.decision).toBe('prohibited');
  });

  test('the permission said not taken, as a report, is still not had', () => {
    const d = ask(pack, '許可をとらずに通知表を持ち出した');
    expect(d.decision).toBe('prohibited');
  });
});
