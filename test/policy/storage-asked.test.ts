import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Asked how or where a document is kept (どのように保管すれば, どこに保存すれば, どう扱えばいい): 第3表
 * 保管 — access rights and lock for Ⅰ–Ⅲ, never a cloud for Ⅰ・Ⅱ (2-2(7)⑤), nothing for Ⅳ.
 */
const pack = getPack('kumamoto');

describe('how a document is kept', () => {
  test('a filled survey of class Ⅰ: 条件付きで可, locked, no cloud', () => {
    const d = ask(pack, '心のアンケートの記入済み用紙はどのように保管すればよろしいでしょうか。');
    expect(d.decision).toBe('conditional');
    expect(d.class).toBe('I');
    expect(d.citations).toContain('第3表');
    expect(d.conditions.join('')).toContain('クラウド');
  });

  test('where to save an interview record', () => {
    expect(ask(pack, '面談記録のファイルを作りたいんだけど、どこに保存すれば？').decision).toBe('conditional');
  });

  test('a cloud named keeps its own rule', () => {
    const d = ask(pack, '通知表をTeamsにどう保存すればいい？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('cloud_store');
  });

  test('asked which class it is: not a keeping question', () => {
    const d = ask(pack, 'この映像がどの分類か分からず困っています。この映像はどう扱えばいいですか。');
    expect(d.decision).not.toBe('conditional');
  });
});
