import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('第3表 使用する端末制限: the teacher device of the learning network', () => {
  test('class Ⅰ・Ⅱ only on a 校務用端末: 禁止 on a 指導者用端末', () => {
    const a = ask(pack, '評定一覧を指導者用端末で開いていい？');
    expect(a.decision).toBe('prohibited');
    expect(a.class).toBe('I');
    expect(a.citations).toContain('第3表');
  });

  test('class Ⅲ・Ⅳ may be handled on it', () => {
    expect(ask(pack, '出席簿補助簿を指導者用端末で扱ってもよろしいでしょうか。').decision).toBe('allowed');
  });

  test('the device alone, or taken out, keeps its own rules', () => {
    expect(ask(pack, '指導者用端末を家に持ち帰っていい？').decision).toBe('permit_required');
    expect(ask(pack, '無料の画像編集ソフトを指導者用端末に入れて授業で使いたいです').decision).toBe('permit_required');
    expect(ask(pack, '家のWi-Fiで指導者用端末を使ってもいいんですか？').decision).not.toBe('unknown');
  });
});
