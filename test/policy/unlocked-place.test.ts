import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/** Kept where no lock closes (鍵のかからない棚): as open to anyone as a desk (第3表 机上への置き去り). */
const pack = getPack('kumamoto');

describe('a place without a lock', () => {
  test('class I kept in an unlocked cabinet: prohibited', () => {
    const d = ask(pack, '鍵のかからない棚に健康診断票を保管してても問題ない？');
    expect(d.decision).toBe('prohibited');
    expect(d.action).toBe('leave_on_desk');
  });

  test('a class I record book put in a shelf without a lock: prohibited', () => {
    const d = ask(pack, '生徒指導記録簿、鍵のかからない棚に入れてるんですけど、大丈夫ですか？');
    expect(d.decision).toBe('prohibited');
  });
});
