import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Rules that are not about a document (passwords 4-5, networks 5-1(17), devices 5-1(16), leaving
 * the post 4-1(1)⑩, media for repair 2-2(12)③): answered with no class and the rule's decision.
 */
const pack = getPack('kumamoto');

describe('rules without a document', () => {
  test('one password said to be the same for two systems: prohibited, no class', () => {
    const d = ask(pack, '校務用と学習用のパスワード、同じでいいですか？');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBeNull();
    expect(d.situation?.id).toBe('password_reuse');
  });

  test("the school's device on a hotel Wi-Fi needs permission", () => {
    const d = ask(pack, '出張先のホテルのWi-Fiに校務用パソコンをつないでもいい？');
    expect(d.decision).toBe('permit_required');
    expect(d.class).toBeNull();
  });

  test("the school's device on the home Wi-Fi is not a private device on the school network", () => {
    const d = ask(pack, '自宅のWi-Fiで指導者用端末を使うのは大丈夫ですか？');
    expect(d.situation?.id).toBe('work_device_network');
    expect(d.decision).not.toBe('prohibited');
  });

  test('a private phone on the school Wi-Fi stays prohibited', () => {
    const d = ask(pack, '私物のスマホを学校のWi-Fiにつないでいい？');
    expect(d.decision).toBe('prohibited');
  });

  test('what was used is returned when one transfers', () => {
    const d = ask(pack, '転勤のとき、使っていたUSBメモリやデータはどうしたらいいですか');
    expect(d.decision).toBe('conditional');
    expect(d.class).toBeNull();
    expect(d.situation?.id).toBe('leaving_return');
  });

  test('a repairer taking the hard disk of a printer: on condition, no class', () => {
    const d = ask(pack, '印刷機の修理に来た業者さんが、ハードディスクを交換して持って帰るそうです');
    expect(d.decision).toBe('conditional');
    expect(d.class).toBeNull();
  });

  test('a receiver attached to the teacher device needs permission', () => {
    const d = ask(pack, '校務用パソコンにワイヤレスキーボードのレシーバーを挿してもいい？');
    expect(d.decision).toBe('permit_required');
    expect(d.class).toBeNull();
  });
});

describe('work done with one’s own ID by someone else', () => {
  test('a colleague entering data with my ID is the ID shared: prohibited', () => {
    const d = ask(pack, '休みの日、学年主任に私のIDで成績入力をやってもらってもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.situation?.id).toBe('password_share');
  });
});

describe('Kurume rules in its own text', () => {
  const kurume = getPack('kurume');

  test("logging in with a colleague's ID: prohibited by 第4条2 (不正アクセス禁止法), not a default to confirm", () => {
    const d = ask(kurume, '同僚のIDとパスワードを借りて校務システムにログインしてもいいですか');
    expect(d.decision).toBe('prohibited');
  });

  test("pupils' photos shown to the teacher's own family: use outside work (第16条)", () => {
    const d = ask(kurume, 'クラスの子どもたちの写真を自分のスマホで撮って、家で家族に見せてもいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.situation?.id).toBe('non_work_use');
  });
});
