import { beforeAll, describe, expect, test } from 'vitest';
import { ask, getPack, warmUp } from '../../policy/index.js';

const pack = getPack('kumamoto');
const strict = ['prohibited', 'consult'];

// The analyzer's dictionary loads once, before the first question (slow on a busy machine).
beforeAll(() => {
  warmUp(pack);
}, 120_000);

describe('need-to-know of 外部への情報提供: a class Ⅰ item beside the document a contractor works on', () => {
  test('a diploma register sent to the photographer with the album draft is not 条件付きで可', () => {
    const d = ask(pack, '卒業アルバムの原稿と、卒業証書授与台帳のデータを写真屋さんに送ります');
    expect(d.class).toBe('I');
    expect(strict).toContain(d.decision);
  });

  test('the list of pupils under treatment given with a uniform order is not 条件付きで可', () => {
    const d = ask(pack, '部活のユニフォーム注文表（名前とサイズ）と、けがの治療中の子の一覧を業者に渡します');
    expect(d.class).toBe('I');
    expect(strict).toContain(d.decision);
  });

  test('an address list the work may need stays conditional', () => {
    expect(ask(pack, '卒業アルバムの写真と住所録を業者にデータで渡す').decision).toBe('conditional');
    expect(ask(pack, '学校要覧と職員住所録をまとめて業者に渡す').decision).toBe('conditional');
  });
});
