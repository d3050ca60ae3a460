import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * A template named as one of two documents (「各種届の雛形と就学時健康診断票」) is a document of
 * its own: the blank word does not turn the other into a template, and the stricter class of the
 * two answers (2-2(5)③).
 */
const pack = getPack('kumamoto');

describe('a template listed beside another document', () => {
  test('templates and the preschool health record taken home: class I, prohibited', () => {
    const d = ask(pack, '届出の雛形と就学時健康診断票を家に持ち帰ってもいいですか');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });

  test('a template said of the document before it still qualifies that document', () => {
    const d = ask(pack, '通知表の雛形をメールで送ってもいい？');
    expect(d.class).toBe('IV');
  });
});
