import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * One way of a measure denied for another of its ways later in the sentence
 * (「シュレッダーは使わないで、溶解処理に出す」) takes the measure; denied alone, with its
 * opposite (ゴミ箱), or the same way denied and taken, it is not taken.
 */
const pack = getPack('kumamoto');

describe('a measure taken another way', () => {
  test('no shredder, but pulping: the disposal is not forbidden as described', () => {
    const d = ask(pack, 'シュレッダーは使わないで、溶解処理の業者に出すだけでいい？古い答案用紙');
    expect(['permit_required', 'conditional']).toContain(d.decision);
    expect(d.unmet ?? []).not.toContain('shred_paper');
  });

  test('no shredder and into the bin: prohibited', () => {
    const d = ask(pack, '記入済みの答案、シュレッダーにかけずにゴミ箱に捨ててもいい？');
    expect(d.decision).toBe('prohibited');
  });

  test('no shredder, nothing else said: prohibited', () => {
    const d = ask(pack, '古い答案用紙をシュレッダーにかけずに捨てていい？');
    expect(d.decision).toBe('prohibited');
  });

  test('a request said in one sentence does not take a denied one in the next', () => {
    const d = ask(
      pack,
      '教育委員会より調査書の提出を求められております。先方から送付方法のご指定は特にございませんが、FAXにてお送りしてもよろしいでしょうか。',
    );
    expect(d.decision).toBe('prohibited');
  });
});
