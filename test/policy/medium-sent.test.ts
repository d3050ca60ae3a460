import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a medium sent (DVDに焼いて送る) goes by post: 郵送・宅配(外部記録媒体)', () => {
  test('two documents burnt onto one DVD and sent to a contractor are media posted, as the higher class', () => {
    const d = ask(pack, '卒業アルバムの写真データと卒業証書授与台帳のデータを、同じDVDに入れて業者に送りたい');
    expect(d.action).toBe('post_media');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('conditional');
  });

  test('sent on a DVD, said by で', () => {
    expect(ask(pack, '卒アルの写真、業者さんにDVDで送っとくね').action).toBe('post_media');
  });

  test('handed over on a medium is not posted; sent to the teacher by others is not the teacher’s act', () => {
    expect(ask(pack, '卒業証書授与台帳のデータをDVDで業者に渡したい').action).toBe('usb');
    expect(ask(pack, '成績一覧をUSBに入れて業者から送ってもらった').action).not.toBe('post_media');
  });

  test('送る in another sentence than the medium does not make it posted', () => {
    const d = ask(pack, '成績一覧をUSBに保存しています。業者には別の資料を送ります。USBは大丈夫ですか');
    expect(d.action).not.toBe('post_media');
  });
});
